package io.sextant.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sextant.geometry.Beacon;
import io.sextant.geometry.MountedDevice;
import io.sextant.geometry.Receiver;

/**
 * The log-distance path-loss model of one floor's BLE devices:
 * {@code rssiDbm = rssiAt1mDbm - 10 n log10(d) - walls(x, y)}, with d the 3D distance between the device (at its
 * mounting height) and the tag (at its carrying height), and the walls from a {@link BleAttenuationGrid}.
 * <p>
 * Parameters come from the plan (a receiver's {@code rssiAt1mDbm} and {@code pathLossExponent}; a beacon's
 * {@code txPowerAt1mDbm} and {@link #BEACON_PATH_LOSS_EXPONENT}) unless a {@link BleCalibration} with samples
 * overrides them. A calibration of at least {@value #MIN_SAMPLES_FOR_SIGMA} samples also sets the device's
 * shadowing sigma (never below {@value #MIN_SIGMA_DB} dB); otherwise the floor-wide default applies.
 * <p>
 * Cheap to rebuild on recalibration: the grid, the expensive part, is shared. Immutable, thread-safe.
 */
public final class BlePathLoss {

    /** Default standard deviation of log-normal shadowing indoors, dB. */
    public static final double DEFAULT_SHADOWING_SIGMA_DB = 6;
    /** Carrying height of a tag when none is known: a badge on a chest or a tag on a bed rail, metres. */
    public static final double DEFAULT_TAG_HEIGHT_METRES = 1.2;
    /** Exponent for beacons, whose plan records carry none: a typical indoor value. */
    public static final double BEACON_PATH_LOSS_EXPONENT = 2.5;
    /** RSSI outside [MIN, MAX] is a radio's error code or garbage, not a measurement. */
    public static final double MIN_RSSI_DBM = -120, MAX_RSSI_DBM = 0;
    static final int MIN_SAMPLES_FOR_SIGMA = 10;
    static final double MIN_SIGMA_DB = 2;
    /** Below this the far-field model means nothing; it also keeps log(0) away. */
    private static final double MIN_DISTANCE_METRES = 0.1;

    private final BleAttenuationGrid grid;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final double[] x, y, z, rssiAt1mDbm, exponent, lnSlopeDb, sigmaDb;

    /** The plan's parameters and the default shadowing sigma. */
    public BlePathLoss(BleAttenuationGrid grid) {
        this(grid, Map.of(), DEFAULT_SHADOWING_SIGMA_DB);
    }

    /**
     * @param calibrations by device id; entries for unknown devices or without samples are ignored
     * @param shadowingSigmaDb sigma of devices without a sigma of their own, dB, > 0
     */
    public BlePathLoss(BleAttenuationGrid grid, Map<String, BleCalibration> calibrations, double shadowingSigmaDb) {
        if (!(shadowingSigmaDb > 0) || !Double.isFinite(shadowingSigmaDb)) {
            throw new IllegalArgumentException("shadowing sigma " + shadowingSigmaDb
                    + " dB; expected a finite value > 0");
        }
        this.grid = grid;
        List<MountedDevice> devices = grid.devices();
        int n = devices.size();
        x = new double[n];
        y = new double[n];
        z = new double[n];
        rssiAt1mDbm = new double[n];
        exponent = new double[n];
        lnSlopeDb = new double[n];
        sigmaDb = new double[n];
        for (int d = 0; d < n; d++) {
            MountedDevice device = devices.get(d);
            indexById.put(device.id(), d);
            x[d] = device.x();
            y[d] = device.y();
            z[d] = device.z();
            setRadio(d, device, calibrations.get(device.id()), shadowingSigmaDb);
        }
    }

    /** Whether an RSSI can be a measurement at all. */
    public static boolean isPlausibleRssi(double rssiDbm) {
        return rssiDbm >= MIN_RSSI_DBM && rssiDbm <= MAX_RSSI_DBM;
    }

    public int deviceCount() {
        return x.length;
    }

    /** The device's index (receivers in plan order, then beacons), or -1 if the floor has no such device. */
    public int deviceIndex(String deviceId) {
        Integer index = deviceId == null ? null : indexById.get(deviceId);
        return index == null ? -1 : index;
    }

    public MountedDevice device(int index) {
        return grid.devices().get(index);
    }

    public double deviceX(int index) {
        return x[index];
    }

    public double deviceY(int index) {
        return y[index];
    }

    /** Mounting height above the floor, metres. */
    public double deviceZ(int index) {
        return z[index];
    }

    public double rssiAt1mDbm(int index) {
        return rssiAt1mDbm[index];
    }

    public double pathLossExponent(int index) {
        return exponent[index];
    }

    public double shadowingSigmaDb(int index) {
        return sigmaDb[index];
    }

    public BleAttenuationGrid grid() {
        return grid;
    }

    /** The RSSI the model expects at the device from a tag at (x, y) and the given height, dBm. */
    public double expectedRssiDbm(int device, double tagX, double tagY, double tagHeightMetres) {
        return expected(device, tagX, tagY, tagHeightMetres, new double[2], 0);
    }

    /**
     * The expected RSSI, dBm, and its gradient with respect to the tag's (x, y).
     *
     * @param gradientDbPerMetre receives d/dx and d/dy
     */
    public double expectedRssiDbm(int device, double tagX, double tagY, double tagHeightMetres,
            double[] gradientDbPerMetre) {
        return expected(device, tagX, tagY, tagHeightMetres, gradientDbPerMetre, 0);
    }

    /**
     * Expected RSSIs and gradients of several devices at one position: the solver's inner loop, one call per
     * position.
     *
     * @param devices device indexes, the first {@code count} used
     * @param expectedDbm receives the expected RSSI of devices[k] at [k]
     * @param gradientDbPerMetre receives its d/dx at [2k] and d/dy at [2k + 1]
     */
    public void expectedRssiDbm(int[] devices, int count, double tagX, double tagY, double tagHeightMetres,
            double[] expectedDbm, double[] gradientDbPerMetre) {
        for (int k = 0; k < count; k++) {
            expectedDbm[k] = expected(devices[k], tagX, tagY, tagHeightMetres, gradientDbPerMetre, 2 * k);
        }
    }

    private double expected(int d, double tagX, double tagY, double tagHeightMetres, double[] gradient, int at) {
        double dx = tagX - x[d], dy = tagY - y[d], dz = tagHeightMetres - z[d];
        double squared = dx * dx + dy * dy + dz * dz;
        // below the minimum distance the model is flat: no radial gradient
        double radial = -2 * lnSlopeDb[d] / squared;
        if (squared < MIN_DISTANCE_METRES * MIN_DISTANCE_METRES) {
            squared = MIN_DISTANCE_METRES * MIN_DISTANCE_METRES;
            radial = 0;
        }
        double walls = grid.attenuationDb(d, tagX, tagY, gradient, at);
        gradient[at] = radial * dx - gradient[at];
        gradient[at + 1] = radial * dy - gradient[at + 1];
        // 10 n log10(d) = (5 n / ln 10) ln(d²): one log, no square root
        return rssiAt1mDbm[d] - lnSlopeDb[d] * Math.log(squared) - walls;
    }

    /** log10 of the free-space distance at which the device would read this RSSI: walls ignored, an upper bound. */
    public double log10RangeMetres(int device, double rssiDbm) {
        return (rssiAt1mDbm[device] - rssiDbm) / (10 * exponent[device]);
    }

    private void setRadio(int d, MountedDevice device, BleCalibration calibration, double defaultSigmaDb) {
        boolean calibrated = calibration != null && calibration.sampleCount() > 0
                && Double.isFinite(calibration.rssiAt1mDbm()) && calibration.pathLossExponent() > 0;
        if (calibrated) {
            rssiAt1mDbm[d] = calibration.rssiAt1mDbm();
            exponent[d] = calibration.pathLossExponent();
        } else if (device instanceof Receiver receiver) {
            rssiAt1mDbm[d] = receiver.rssiAt1mDbm();
            exponent[d] = receiver.pathLossExponent();
        } else {
            rssiAt1mDbm[d] = ((Beacon) device).txPowerAt1mDbm();
            exponent[d] = BEACON_PATH_LOSS_EXPONENT;
        }
        boolean finite = Double.isFinite(x[d] + y[d] + z[d] + rssiAt1mDbm[d] + exponent[d]);
        if (!finite || !(exponent[d] > 0)) {
            throw new IllegalArgumentException("BLE device '" + device.id() + "' at (" + x[d] + ", " + y[d] + ", "
                    + z[d] + ") has RSSI at 1 m " + rssiAt1mDbm[d] + " dBm and path-loss exponent " + exponent[d]
                    + "; expected finite values, exponent > 0");
        }
        lnSlopeDb[d] = 5 * exponent[d] / Math.log(10);
        sigmaDb[d] = calibrated && calibration.sampleCount() >= MIN_SAMPLES_FOR_SIGMA
                ? Math.max(MIN_SIGMA_DB, calibration.rmsResidualDb())
                : defaultSigmaDb;
    }
}
