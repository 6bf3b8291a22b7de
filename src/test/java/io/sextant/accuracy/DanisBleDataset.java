package io.sextant.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Receiver;
import io.sextant.model.BleRssi;

/**
 * The Danis position-annotated BLE RSSI dataset as Sextant inputs with ground truth: twelve fixed receivers in an
 * office of 20.7 x 17.6 m hear one carried beacon; a camera system with AR markers gives its position at every
 * packet (median error about 4 cm).
 * <p>
 * Source: "ble-danis", philotuxo/Position-Annotated-BLE-RSSI-Dataset (GitHub, commit 77474b6); F. S. Daniş,
 * A. T. Naskali, A. T. Cemgil, C. Ersoy, "An Indoor Localization Dataset and Data Collection Framework with High
 * Precision Position Annotation", Pervasive and Mobile Computing 81, 2022; F. S. Daniş, A. T. Cemgil, C. Ersoy,
 * "Adaptive sequential Monte Carlo filter for indoor positioning and tracking with Bluetooth Low Energy beacons",
 * IEEE Access 9:37022, 2021. CC0 1.0. Read in place from {@code ../shared/datasets/ble-danis}.
 * <p>
 * Frame: metres exactly as the files give them. {@code cnf/tetam.par} only maps these metres onto the pixels of
 * {@code map/tetam.png} (origin, direction, metres per pixel); its limits start at (0, 0), so no offset applies.
 * A few truth samples lie up to 0.15 m outside those limits and are kept as given. Receivers are identified by MAC
 * (as the tracks name them; {@link Sensor#alias()} gives the authors' {@code sensorNN}). Readings with RSSI
 * &ge; 0 dBm (two, of +29 and +42 dBm) are impossible values and skipped; their truth samples are kept.
 * Stateless, thread-safe.
 */
public final class DanisBleDataset {

    public static final String NAME = "ble-danis";
    /** The carried beacon, the tracks' only tag. */
    public static final String BEACON_ID = "e78f135624ce";

    /** A receiver as {@code cnf/tetam.dev} lists it: MAC, position in metres, the authors' alias. */
    public record Sensor(String mac, String alias, double xMetres, double yMetres, double zMetres) {

        public Receiver receiver(double rssiAt1mDbm, double pathLossExponent) {
            return new Receiver(mac, xMetres, yMetres, zMetres, rssiAt1mDbm, pathLossExponent);
        }
    }

    private static final Pattern DONGLE = Pattern.compile(
            "\"([0-9a-f]{12})\":\\s*\\[\\[([-\\d.]+),\\s*([-\\d.]+),\\s*([-\\d.]+)\\],\\s*\\d+,\\s*\"(\\w+)\"\\]");
    private static final Pattern LIMITS = Pattern.compile(
            "\"limits\":\\s*\\[([-\\d.]+),\\s*([-\\d.]+),\\s*([-\\d.]+),\\s*([-\\d.]+)\\]");
    private static final String TRACK_SUFFIX = "_all_sensors.mbd";
    private static final int TRACK_FIELDS = 16;

    private DanisBleDataset() {
    }

    public static boolean isPresent() {
        return SharedDatasets.isPresent(NAME);
    }

    /** The twelve receivers of {@code cnf/tetam.dev}, in file order. */
    public static List<Sensor> sensors() {
        String dongles = lines(root().resolve("cnf/tetam.dev")).stream()
                .filter(line -> line.startsWith("Dongles:"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("cnf/tetam.dev has no Dongles line"));
        List<Sensor> sensors = new ArrayList<>();
        Matcher m = DONGLE.matcher(dongles);
        while (m.find()) {
            sensors.add(new Sensor(m.group(1), m.group(5), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
        }
        return sensors;
    }

    /** Receivers with the uncalibrated model every receiver shares: −59 dBm at 1 m, n = 2. */
    public static List<Receiver> uncalibratedReceivers() {
        return sensors().stream().map(s -> s.receiver(TextbookLeastSquares.DEFAULT_RSSI_AT_1M_DBM,
                TextbookLeastSquares.DEFAULT_PATH_LOSS_EXPONENT)).toList();
    }

    /** Receivers with their fitted models; a receiver without a usable fit keeps the uncalibrated one. */
    public static List<Receiver> calibratedReceivers(Map<String, PathLoss> fits) {
        return sensors().stream().map(s -> {
            PathLoss fit = fits.get(s.mac());
            return fit != null && fit.isUsable() ? s.receiver(fit.rssiAt1mDbm(), fit.pathLossExponent())
                    : s.receiver(TextbookLeastSquares.DEFAULT_RSSI_AT_1M_DBM,
                            TextbookLeastSquares.DEFAULT_PATH_LOSS_EXPONENT);
        }).toList();
    }

    /** A bare floor: the rectangle of {@code cnf/tetam.par}'s limits with these receivers. */
    public static FloorPlan floorPlan(List<Receiver> receivers) {
        double[] limits = limitsMetres();
        Envelope box = new Envelope(limits[0], limits[2], limits[1], limits[3]);
        Polygon outline = (Polygon) new GeometryFactory().toGeometry(box);
        return new FloorPlan("danis-tetam", 0, 0, outline, List.of(), List.of(), List.of(), List.of(), receivers,
                List.of());
    }

    /** {minX, minY, maxX, maxY} of the area, metres, from {@code cnf/tetam.par}. */
    public static double[] limitsMetres() {
        String par = String.join("", lines(root().resolve("cnf/tetam.par")));
        Matcher m = LIMITS.matcher(par);
        if (!m.find()) {
            throw new IllegalArgumentException("cnf/tetam.par has no \"limits\": [minX, minY, maxX, maxY]");
        }
        return new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)) };
    }

    /** The tracks with a merged file, e.g. {@code straight_01}, sorted. */
    public static List<String> trackNames() {
        Path dir = root().resolve("trk");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(TRACK_SUFFIX))
                    .map(name -> name.substring(0, name.length() - TRACK_SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * A track's readings and truth, from {@code trk/<name>_all_sensors.mbd}. The merged files are time-ordered but
     * for a few rows whose printed time lost digits (inversions under 0.2 ms); rows are sorted by time, stably.
     */
    public static BleTrack track(String name) {
        Path file = root().resolve("trk").resolve(name + TRACK_SUFFIX);
        List<String[]> rows = lines(file).stream()
                .filter(line -> !line.isBlank())
                .map(line -> fields(line, file))
                .sorted(Comparator.comparingDouble(f -> Double.parseDouble(f[0])))
                .toList();
        List<BleRssi> readings = new ArrayList<>(rows.size());
        double[] times = new double[rows.size()];
        double[][] xyz = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            // Rounded as the readings' instants are, so that a reading's own time reads its own truth sample.
            times[i] = GroundTruth.seconds(GroundTruth.instant(Double.parseDouble(f[0])));
            for (int axis = 0; axis < 3; axis++) {
                xyz[axis][i] = Double.parseDouble(f[4 + axis]);
            }
            double rssiDbm = Double.parseDouble(f[3]);
            if (rssiDbm < 0) {
                readings.add(new BleRssi(f[2], f[1], rssiDbm, Double.NaN, GroundTruth.instant(times[i])));
            }
        }
        return new BleTrack(name, readings, GroundTruth.of(times, xyz[0], xyz[1], xyz[2]));
    }

    private static String[] fields(String line, Path file) {
        String[] f = line.split(",");
        if (f.length != TRACK_FIELDS) {
            throw new IllegalArgumentException(file + ": " + f.length + " fields in '" + line + "'; expected "
                    + TRACK_FIELDS + " (time, receiver, beacon, rssi, x, y, z, 3x3 orientation)");
        }
        return f;
    }

    static Path root() {
        return SharedDatasets.require(NAME);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
