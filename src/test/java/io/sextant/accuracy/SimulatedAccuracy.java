package io.sextant.accuracy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.sextant.engine.LocationEngine;
import io.sextant.engine.TwrSettings;
import io.sextant.engine.TwrSolver;
import io.sextant.engine.UwbAnchors;
import io.sextant.engine.UwbQuality;
import io.sextant.engine.UwbSolution;
import io.sextant.engine.UwbStage;
import io.sextant.geometry.Anchor;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;
import io.sextant.geometry.Zone;
import io.sextant.geometry.ZoneIndex;
import io.sextant.geometry.ZoneKind;
import io.sextant.model.Fix;
import io.sextant.model.Reading;
import io.sextant.model.UwbRange;
import io.sextant.sim.BleRadioModel;
import io.sextant.sim.BleRadioSettings;
import io.sextant.sim.CramerRaoBound;
import io.sextant.sim.PositionCovariance;
import io.sextant.sim.TagWalker;
import io.sextant.sim.UwbRadioSettings;
import io.sextant.sim.WalkSample;
import io.sextant.sim.WalkerSettings;
import io.sextant.testing.SimulatedRun;

/** The simulated half of {@link AccuracyBenchmark}: the radio models' known truth on the demo hospital. */
final class SimulatedAccuracy {

    private static final double SIGMA = 0.10;
    private final Site site;

    SimulatedAccuracy(Site site) {
        this.site = site;
    }

    /** Single-epoch solver error against the Cramér-Rao bound of the anchors heard; then the tracked engine. */
    void uwbLineOfSight() {
        SimulatedRun run = AccuracyBenchmark.walk(site, AccuracyBenchmark.lineOfSight(), 101);
        double squaredError = 0;
        double squaredBound = 0;
        int epochs = 0;
        Map<String, Anchor> anchors = anchors();
        for (List<UwbRange> epoch : epochs(run.readings())) {
            WalkSample truth = run.truthAt(epoch.get(0).time());
            UwbSolution solution = solve(truth.floorId(), epoch, TwrSettings.DEFAULTS);
            if (solution.quality() == UwbQuality.NONE) {
                continue;
            }
            List<Anchor> heard = epoch.stream().map(r -> anchors.get(r.anchorId())).toList();
            PositionCovariance bound = CramerRaoBound.twr(heard, SIGMA, truth.x(), truth.y(), SimulatedRun.TAG_HEIGHT_METRES);
            squaredError += sq(solution.xMetres() - truth.x()) + sq(solution.yMetres() - truth.y());
            squaredBound += bound.traceSquareMetres();
            epochs++;
        }
        double rmse = Math.sqrt(squaredError / epochs);
        double crb = Math.sqrt(squaredBound / epochs);
        System.out.printf("Line of sight, single epoch (TwrSolver, no tracking), %d epochs: RMSE %.4f m, Cramér-Rao bound %.4f m, "
                + "ratio %.3f%n%n", epochs, rmse, crb, rmse / crb);
        System.out.println(ErrorStats.header(List.of("condition"), List.of("inside 95 % radius")));
        engineRow("line of sight, tracked", run, NO_WALLS);
    }

    /** A share of readings with +0.3..1.5 m of NLOS excess: robust solver against plain least squares; tracked engine. */
    void uwbForcedNlos(double share) {
        SimulatedRun run = AccuracyBenchmark.walk(site, AccuracyBenchmark.lineOfSight().withForcedNlosProbability(share), 102);
        engineRow(Math.round(share * 100) + " % of readings NLOS, tracked", run, NO_WALLS);
        List<Double> robust = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (List<UwbRange> epoch : epochs(run.readings())) {
            WalkSample truth = run.truthAt(epoch.get(0).time());
            addError(robust, solve(truth.floorId(), epoch, TwrSettings.DEFAULTS), truth);
            addError(plain, solve(truth.floorId(), epoch, TwrSettings.DEFAULTS.plainLeastSquares()), truth);
        }
        System.out.println("| " + Math.round(share * 100) + " % NLOS, single epoch, robust solver "
                + ErrorStats.of(robust.stream().mapToDouble(Double::doubleValue).toArray()) + " |");
        System.out.println("| " + Math.round(share * 100) + " % NLOS, single epoch, plain least squares "
                + ErrorStats.of(plain.stream().mapToDouble(Double::doubleValue).toArray()) + " |");
    }

    /** Room mode on one floor: the share of fixes naming the room the tag is really in. */
    void bleRooms(String floorId) {
        FloorPlan floor = site.floor(floorId).orElseThrow();
        WalkerSettings person = new WalkerSettings(1.2, 20, 120, 0.5);
        SplittableRandom random = new SplittableRandom(103);
        List<WalkSample> truth = new TagWalker(site, floorId, new NavigationGraph(site), person)
                .walk(SimulatedRun.START, Duration.ofHours(1), random);
        BleRadioModel radio = new BleRadioModel(floor, BleRadioSettings.DEFAULTS, 104);
        List<Reading> readings = new ArrayList<>();
        for (WalkSample sample : truth) {
            readings.addAll(radio.advertisement("b-1", sample.x(), sample.y(), SimulatedRun.TAG_HEIGHT_METRES, sample.time(), random));
        }
        LocationEngine engine = new LocationEngine(site, LocationEngine.Settings.DEFAULTS.withBleMode(LocationEngine.BleMode.ROOM));
        List<Fix> fixes = new ArrayList<>();
        readings.forEach(r -> engine.accept(r, fixes::add));
        ZoneIndex zones = new ZoneIndex(floor, 0);
        List<Instant> entries = new ArrayList<>();
        String previous = null;
        for (WalkSample sample : truth) {
            String now = room(zones, sample.x(), sample.y());
            if (!now.equals(previous)) {
                entries.add(sample.time());
                previous = now;
            }
        }
        int inRoom = 0;
        int inRoomCorrect = 0;
        int settled = 0;
        int settledCorrect = 0;
        int correct = 0;
        for (Fix fix : fixes) {
            WalkSample at = latest(truth, fix.time());
            String trueRoom = room(zones, at.x(), at.y());
            boolean right = trueRoom.equals(room(zones, fix.x(), fix.y()));
            correct += right ? 1 : 0;
            if (!trueRoom.isEmpty()) {
                inRoom++;
                inRoomCorrect += right ? 1 : 0;
                if (Duration.between(latestEntry(entries, fix.time()), fix.time()).toSeconds() >= 10) {
                    settled++;
                    settledCorrect += right ? 1 : 0;
                }
            }
        }
        System.out.printf("%d room fixes over 1 h: correct room for %.1f %% of the fixes with the tag in a room (%d); "
                + "%.1f %% of those 10 s or more after it entered (%d); %.1f %% of all fixes, corridor counted as a place%n",
                fixes.size(), 100.0 * inRoomCorrect / inRoom, inRoom, 100.0 * settledCorrect / settled, settled,
                100.0 * correct / fixes.size());
    }

    /** The innermost room-like zone (a zone with a receiver in a one-receiver-per-room plan), or "" in a corridor. */
    private static String room(ZoneIndex zones, double x, double y) {
        for (Zone zone : zones.zonesContaining(x, y)) {
            if (zone.kind() != ZoneKind.CORRIDOR && zone.kind() != ZoneKind.WARD && !zone.kind().isVerticalConnector()) {
                return zone.id();
            }
        }
        return "";
    }

    /** Opaque walls: links through them are NLOS and shorter-ranged; the engine with and without its wall correction. */
    void uwbThroughWalls() {
        SimulatedRun run = AccuracyBenchmark.walk(site, UwbRadioSettings.DEFAULTS, 105);
        engineRow("walls opaque, engine ignores walls", run, NO_WALLS);
        engineRow("walls opaque, engine corrects ranges through walls (typical 0.6 m)", run, LocationEngine.Settings.DEFAULTS);
    }

    /** The engine as configured for the textbook conditions: the simulated walls do nothing to ranges. */
    private static final LocationEngine.Settings NO_WALLS = LocationEngine.Settings.DEFAULTS.withWalls(UwbStage.WallCorrection.OFF);

    private void engineRow(String condition, SimulatedRun run, LocationEngine.Settings settings) {
        LocationEngine engine = new LocationEngine(site, settings);
        List<Fix> fixes = new ArrayList<>();
        run.readings().forEach(r -> engine.accept(r, fixes::add));
        engine.flush(fixes::add);
        double[] errors = new double[fixes.size()];
        int inside = 0;
        for (int i = 0; i < errors.length; i++) {
            WalkSample truth = run.truthAt(fixes.get(i).time());
            errors[i] = Math.hypot(fixes.get(i).x() - truth.x(), fixes.get(i).y() - truth.y());
            inside += errors[i] <= fixes.get(i).accuracyMetres() ? 1 : 0;
        }
        System.out.printf("| %s %s %.1f %% |%n", condition, ErrorStats.of(errors), 100.0 * inside / fixes.size());
    }

    private UwbSolution solve(String floorId, List<UwbRange> epoch, TwrSettings settings) {
        FloorPlan floor = site.floor(floorId).orElseThrow();
        UwbAnchors anchors = UwbAnchors.of(floor.anchors(), floor.elevationMetres());
        int[] indices = new int[epoch.size()];
        double[] ranges = new double[epoch.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = anchors.indexOf(epoch.get(i).anchorId());
            ranges[i] = epoch.get(i).rangeMetres();
        }
        return new TwrSolver(anchors, settings).solve(indices, ranges, indices.length,
                floor.elevationMetres() + SimulatedRun.TAG_HEIGHT_METRES, new UwbSolution());
    }

    private static void addError(List<Double> errors, UwbSolution solution, WalkSample truth) {
        if (solution.quality() != UwbQuality.NONE) {
            errors.add(Math.hypot(solution.xMetres() - truth.x(), solution.yMetres() - truth.y()));
        }
    }

    /** Readings grouped by time: the radio model emits one ranging round per sample. */
    private static List<List<UwbRange>> epochs(List<Reading> readings) {
        List<List<UwbRange>> epochs = new ArrayList<>();
        List<UwbRange> current = new ArrayList<>();
        for (Reading reading : readings) {
            UwbRange range = (UwbRange) reading;
            if (!current.isEmpty() && !current.get(0).time().equals(range.time())) {
                epochs.add(current);
                current = new ArrayList<>();
            }
            current.add(range);
        }
        if (!current.isEmpty()) {
            epochs.add(current);
        }
        return epochs;
    }

    private Map<String, Anchor> anchors() {
        Map<String, Anchor> anchors = new HashMap<>();
        site.floors().forEach(f -> f.anchors().forEach(a -> anchors.put(a.id(), a)));
        return anchors;
    }

    private static WalkSample latest(List<WalkSample> truth, Instant time) {
        return truth.get(latestIndex(truth.stream().map(WalkSample::time).toList(), time));
    }

    private static Instant latestEntry(List<Instant> times, Instant time) {
        return times.get(latestIndex(times, time));
    }

    private static int latestIndex(List<Instant> times, Instant time) {
        int low = 0;
        int high = times.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (times.get(mid).isAfter(time)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return low;
    }

    private static double sq(double v) {
        return v * v;
    }
}
