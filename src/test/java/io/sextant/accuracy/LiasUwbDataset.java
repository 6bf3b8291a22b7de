package io.sextant.accuracy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.sextant.accuracy.LiasCsv.MotionCapture;
import io.sextant.accuracy.LiasCsv.UwbRows;
import io.sextant.model.UwbRange;

/**
 * The LIAS-CUHKSZ planar UWB dataset as Sextant inputs with ground truth: eight anchors, three tags on a trolley,
 * two-way ranging at about 100 Hz; dynamic runs scored against motion capture at 120 Hz, static runs against the
 * poses in the README.
 * <p>
 * Source: "uwb-lias-cuhksz", LIAS-CUHKSZ/Efficient-Pose-Estimation-via-UWB-measurements (GitHub, commit cabd392),
 * {@code Planar_Dataset/}; H. Jiang, W. Wang, Y. Shen, X. Li, X. Ren, B. Mu, J. Wu, "Efficient Planar Pose
 * Estimation via UWB Measurements", ICRA 2023, arXiv:2209.06779. MIT license, copyright (c) 2023 Haodong Jiang.
 * Read in place from {@code ../shared/datasets/uwb-lias-cuhksz}.
 * <p>
 * Conversions: empty or zero ranges are missing and skipped; every other range of the 24 documented columns is
 * kept, outliers included, since rejecting them is the engine's job (columns beyond those are logger debris).
 * Dynamic truth is centroid + R(q) · tag offset with the quaternion convention and clock offset that
 * {@link ClockAlignment} finds best ({@link MocapConvention}). Static truth is centroid + Rz(yaw) · offset from the
 * README pose nearest the file's nominal angle (the README lists six angles per position, the files hold 22 of the
 * 42 runs); its height was not recorded (NaN).
 * Stateless, thread-safe.
 */
public final class LiasUwbDataset {

    public static final String NAME = "uwb-lias-cuhksz";

    private static final Pattern STATIC_FILE = Pattern.compile("UWB_static_exp_(8_(14|20)_pos(\\d)_deg_(\\d+))\\.csv");
    private static final String POSES = "/accuracy/lias-static-poses.csv";

    private LiasUwbDataset() {
    }

    public static boolean isPresent() {
        return SharedDatasets.isPresent(NAME);
    }

    /** The speeds with both a UWB and a motion-capture file ({@code slow} has only the latter). */
    public static List<String> dynamicRuns() {
        return Stream.of("fast", "mid", "slow")
                .filter(speed -> Files.exists(uwbFile(speed)) && Files.exists(mocapFile(speed)))
                .toList();
    }

    /** A dynamic run, {@code fast} or {@code mid}, aligned to its motion capture. */
    public static UwbRecording dynamic(String speed) {
        UwbRows rows = LiasCsv.readUwb(uwbFile(speed));
        MotionCapture mocap = LiasCsv.readMotionCapture(mocapFile(speed));
        LiasLayout layout = LiasLayout.AUG_14;
        // Each convention's search is independent and takes about a second: run them side by side.
        List<ClockFit> fits = Stream.of(MocapConvention.values()).parallel()
                .map(convention -> ClockAlignment.fit(rows, mocap, layout, convention))
                .sorted(Comparator.comparingDouble(ClockFit::residualRmsMetres))
                .toList();
        ClockFit chosen = fits.get(0);
        Map<String, GroundTruth> truth = new HashMap<>();
        for (int tag = 0; tag < LiasLayout.TAGS; tag++) {
            GroundTruth mocapClock = mocap.tagTruth(layout.tagOffsetMetres(tag), chosen.convention());
            truth.put(LiasLayout.tagId(tag), mocapClock.shifted(-chosen.offsetSeconds()));
        }
        return new UwbRecording("dynamic_" + speed, layout, readings(rows), truth, fits);
    }

    /** The static runs' names, e.g. {@code 8_14_pos1_deg_0}, in file-name order. */
    public static List<String> staticRuns() {
        Path dir = root().resolve("Planar_Dataset/Static");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(f -> STATIC_FILE.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** A static run by name, e.g. {@code 8_20_pos2_deg_120}. */
    public static UwbRecording staticRun(String run) {
        Matcher m = STATIC_FILE.matcher("UWB_static_exp_" + run + ".csv");
        if (!m.matches()) {
            throw new IllegalArgumentException("static run '" + run + "' is not like 8_14_pos1_deg_0");
        }
        LiasLayout layout = m.group(2).equals("14") ? LiasLayout.AUG_14 : LiasLayout.AUG_20;
        Path file = root().resolve("Planar_Dataset/Static/8." + m.group(2)).resolve(m.group());
        double[] pose = pose(layout, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        Map<String, GroundTruth> truth = new HashMap<>();
        for (int tag = 0; tag < LiasLayout.TAGS; tag++) {
            truth.put(LiasLayout.tagId(tag), staticTagTruth(pose, layout.tagOffsetMetres(tag)));
        }
        return new UwbRecording("static_" + run, layout, readings(LiasCsv.readUwb(file)), truth, List.of());
    }

    /** One reading per present range, row by row, in the file's column order within a row. */
    static List<UwbRange> readings(UwbRows rows) {
        List<UwbRange> readings = new ArrayList<>(rows.size() * LiasLayout.ANCHORS * LiasLayout.TAGS);
        for (int row = 0; row < rows.size(); row++) {
            Instant time = GroundTruth.instant(rows.timesSeconds()[row]);
            for (int anchor = 0; anchor < LiasLayout.ANCHORS; anchor++) {
                for (int tag = 0; tag < LiasLayout.TAGS; tag++) {
                    double range = rows.rangesMetres()[row][UwbRows.pair(anchor, tag)];
                    if (Double.isFinite(range)) {
                        readings.add(new UwbRange(LiasLayout.tagId(tag), LiasLayout.anchorId(anchor), range, time));
                    }
                }
            }
        }
        return readings;
    }

    private static GroundTruth staticTagTruth(double[] pose, double[] offsetMetres) {
        double yaw = Math.toRadians(pose[0]);
        double x = pose[1] + Math.cos(yaw) * offsetMetres[0] - Math.sin(yaw) * offsetMetres[1];
        double y = pose[2] + Math.sin(yaw) * offsetMetres[0] + Math.cos(yaw) * offsetMetres[1];
        return GroundTruth.stationary(x, y, Double.NaN);
    }

    /** {yaw degrees, x, y} of the README pose at this position whose yaw is nearest the file's nominal angle. */
    private static double[] pose(LiasLayout layout, int position, int nominalDegrees) {
        double[] best = null;
        for (String line : poseLines()) {
            String[] f = line.split(",");
            if (f[0].equals(layout.name()) && Integer.parseInt(f[1]) == position) {
                double[] pose = { Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]) };
                if (best == null || angleApart(pose[0], nominalDegrees) < angleApart(best[0], nominalDegrees)) {
                    best = pose;
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no pose for " + layout + " position " + position + " in " + POSES);
        }
        return best;
    }

    private static double angleApart(double aDegrees, double bDegrees) {
        double apart = Math.abs(aDegrees - bDegrees) % 360;
        return Math.min(apart, 360 - apart);
    }

    private static List<String> poseLines() {
        try (InputStream in = LiasUwbDataset.class.getResourceAsStream(POSES)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + POSES + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POSES, e);
        }
    }

    private static Path uwbFile(String speed) {
        return root().resolve("Planar_Dataset/Dynamic/UWB_dynamic_exp_" + speed + ".csv");
    }

    private static Path mocapFile(String speed) {
        return root().resolve("Planar_Dataset/Dynamic/motion_capture_dynamic_exp_" + speed + ".csv");
    }

    private static Path root() {
        return SharedDatasets.require(NAME);
    }
}
