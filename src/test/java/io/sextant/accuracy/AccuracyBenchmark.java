package io.sextant.accuracy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sextant.engine.LocationEngine;
import io.sextant.geometry.Anchor;
import io.sextant.geometry.Building;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Receiver;
import io.sextant.geometry.Site;
import io.sextant.model.Fix;
import io.sextant.model.Reading;
import io.sextant.model.UwbRange;
import io.sextant.sim.UwbRadioSettings;
import io.sextant.testing.DemoHospital;
import io.sextant.testing.SimulatedRun;

/**
 * The accuracy figures of docs/accuracy.md, run outside the tests:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=io.sextant.accuracy.AccuracyBenchmark -Dexec.classpathScope=test}.
 * Prints markdown tables. Deterministic: seeded simulations, recorded data.
 */
public final class AccuracyBenchmark {

    private AccuracyBenchmark() {
    }

    public static void main(String[] args) {
        Site hospital = DemoHospital.load();
        SimulatedAccuracy simulated = new SimulatedAccuracy(hospital);
        System.out.println("## Simulated UWB on the demo hospital (10 Hz, 10 min walk, sigma 0.10 m)\n");
        simulated.uwbLineOfSight();
        simulated.uwbForcedNlos(0.2);
        simulated.uwbThroughWalls();
        System.out.println("\n## Simulated BLE rooms on the ward (main-1), 6 dB shadowing, walls, Rician fading\n");
        simulated.bleRooms("main-1");
        if (LiasUwbDataset.isPresent()) {
            System.out.println("\n## Real UWB: LIAS-CUHKSZ planar dataset (2D error, metres)\n");
            realUwb();
        }
        if (DanisBleDataset.isPresent()) {
            System.out.println("\n## Real BLE: DANIS dataset (2D error, metres)\n");
            realBle();
        }
    }

    static void realUwb() {
        Map<String, Double> biases = surveyBiases();
        System.out.println("Anchor biases from the 8/14 static runs (survey calibration): " + format(biases) + "\n");
        System.out.println(ErrorStats.header(List.of("run", "tag", "method"), List.of()));
        for (String speed : LiasUwbDataset.dynamicRuns()) {
            UwbRecording recording = LiasUwbDataset.dynamic(speed);
            FloorPlan plain = recording.floorPlan();
            FloorPlan calibrated = withBiases(plain, biases);
            double tagHeight = plain.anchors().stream().mapToDouble(Anchor::z).average().orElse(1);
            for (String tag : List.of("t0", "t1", "t2")) {
                GroundTruth truth = recording.truthByTag().get(tag);
                List<UwbRange> readings = recording.readings().stream().filter(r -> r.tagId().equals(tag)).toList();
                row(speed, tag, "textbook least squares", ErrorStats.of(TextbookBaseline.uwbErrors(recording, tag)));
                row(speed, tag, "Sextant engine", ErrorStats.of(errors(engine(plain, tagHeight), readings, truth)));
                row(speed, tag, "Sextant engine, calibrated", ErrorStats.of(errors(engine(calibrated, tagHeight), readings, truth)));
            }
        }
    }

    static void realBle() {
        List<DanisBleDataset.Sensor> sensors = DanisBleDataset.sensors();
        List<String> names = DanisBleDataset.trackNames();
        List<BleTrack> tracks = names.stream().map(DanisBleDataset::track).toList();
        System.out.println(ErrorStats.header(List.of("track", "method"), List.of()));
        for (int i = 0; i < tracks.size(); i++) {
            BleTrack track = tracks.get(i);
            List<BleTrack> others = new ArrayList<>(tracks);
            others.remove(i);
            List<Receiver> uncalibrated = DanisBleDataset.uncalibratedReceivers();
            List<Receiver> calibrated = DanisBleDataset.calibratedReceivers(PathLossFit.perReceiver(others, sensors));
            List<Reading> readings = List.copyOf(track.readings());
            System.out.println("| " + track.name() + " | textbook least squares "
                    + ErrorStats.of(TextbookBaseline.bleErrors(track, uncalibrated)));
            System.out.println("| " + track.name() + " | Sextant engine "
                    + ErrorStats.of(errors(engine(DanisBleDataset.floorPlan(uncalibrated), 1.8), readings, track.truth())));
            System.out.println("| " + track.name() + " | Sextant engine, calibrated on the other tracks "
                    + ErrorStats.of(errors(engine(DanisBleDataset.floorPlan(calibrated), 1.8), readings, track.truth())));
        }
    }

    private static void row(String run, String tag, String method, ErrorStats stats) {
        System.out.println("| " + run + " | " + tag + " | " + method + " " + stats);
    }

    static LocationEngine engine(FloorPlan floor, double tagHeightMetres) {
        Site site = new Site("lab", List.of(new Building("lab", List.of(floor))), Optional.empty());
        return new LocationEngine(site, LocationEngine.Settings.DEFAULTS.withTagHeightMetres(tagHeightMetres)
                .withWalls(io.sextant.engine.UwbStage.WallCorrection.OFF));
    }

    /** Error of every fix against the truth at the fix's time; fixes outside the truth's span are not scored. */
    static double[] errors(LocationEngine engine, List<? extends Reading> readings, GroundTruth truth) {
        List<Fix> fixes = new ArrayList<>();
        readings.forEach(r -> engine.accept(r, fixes::add));
        engine.flush(fixes::add);
        return fixes.stream().filter(f -> truth.covers(GroundTruth.seconds(f.time())))
                .mapToDouble(f -> truth.errorMetres(GroundTruth.seconds(f.time()), f.x(), f.y())).toArray();
    }

    private static Map<String, Double> surveyBiases() {
        List<io.sextant.engine.UwbBiasCalibration.SurveySample> samples = new ArrayList<>();
        for (String run : LiasUwbDataset.staticRuns()) {
            if (!run.startsWith("8_14")) {
                continue;
            }
            UwbRecording recording = LiasUwbDataset.staticRun(run);
            Map<String, Anchor> anchors = new HashMap<>();
            recording.layout().anchors().forEach(a -> anchors.put(a.id(), a));
            for (UwbRange range : recording.readings()) {
                GroundTruth truth = recording.truthByTag().get(range.tagId());
                Anchor anchor = anchors.get(range.anchorId());
                double t = GroundTruth.seconds(range.time());
                double distance = Math.hypot(anchor.x() - truth.xAt(t), anchor.y() - truth.yAt(t));
                samples.add(new io.sextant.engine.UwbBiasCalibration.SurveySample(range.anchorId(), range.rangeMetres(), distance));
            }
        }
        Map<String, Double> biases = new java.util.TreeMap<>();
        io.sextant.engine.UwbBiasCalibration.fromSurvey(samples).forEach((id, estimate) -> biases.put(id, estimate.biasMetres()));
        return biases;
    }

    private static FloorPlan withBiases(FloorPlan floor, Map<String, Double> biases) {
        List<Anchor> anchors = floor.anchors().stream()
                .map(a -> new Anchor(a.id(), a.x(), a.y(), a.z(), biases.getOrDefault(a.id(), a.rangeBiasMetres()))).toList();
        return new FloorPlan(floor.id(), floor.level(), floor.elevationMetres(), floor.outline(), floor.zones(), floor.walls(),
                floor.openings(), anchors, floor.receivers(), floor.beacons());
    }

    private static String format(Map<String, Double> biases) {
        StringBuilder text = new StringBuilder();
        biases.forEach((id, bias) -> text.append(id).append(String.format(java.util.Locale.ROOT, " %+.3f m, ", bias)));
        return text.length() == 0 ? "(none)" : text.substring(0, text.length() - 2);
    }

    static UwbRadioSettings lineOfSight() {
        return UwbRadioSettings.DEFAULTS.withoutWalls();
    }

    static SimulatedRun walk(Site site, UwbRadioSettings radio, long seed) {
        return SimulatedRun.uwb(site, "t-1", Duration.ofMinutes(10), 10, radio, seed);
    }
}
