package io.sextant.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sextant.geometry.MountedDevice;
import io.sextant.geometry.Receiver;

/**
 * A device's fitted log-distance parameters, overriding the plan's: {@code rssi = rssiAt1mDbm - 10 n log10(d) -
 * walls}. Immutable, thread-safe.
 *
 * @param deviceId the receiver or beacon
 * @param rssiAt1mDbm fitted RSSI at one metre, walls removed
 * @param pathLossExponent fitted (or, when the samples cannot tell it, the plan's) exponent n
 * @param sampleCount samples used
 * @param rmsResidualDb root-mean-square misfit of the samples, dB: the device's shadowing spread; NaN with no samples
 */
public record BleCalibration(String deviceId, double rssiAt1mDbm, double pathLossExponent, int sampleCount,
        double rmsResidualDb) {

    /**
     * One calibration measurement: a reference tag at a surveyed distance.
     *
     * @param distanceMetres true 3D distance between tag and device
     * @param wallsDb attenuation of the walls between them ({@link BleAttenuationGrid} or a WallCrossing)
     */
    public record Sample(String deviceId, double rssiDbm, double distanceMetres, double wallsDb) {
    }

    /** Fitted exponents outside this range mean the samples do not span enough distance; n is then kept. */
    public static final double MIN_EXPONENT = 1.0, MAX_EXPONENT = 6.0;

    /**
     * Fits every device that has samples, each falling back to its plan's exponent (a receiver's own, a beacon's
     * {@link BlePathLoss#BEACON_PATH_LOSS_EXPONENT}); devices without samples are left out.
     */
    public static Map<String, BleCalibration> fitAll(Collection<Sample> samples,
            List<? extends MountedDevice> devices) {
        Map<String, BleCalibration> fitted = new HashMap<>();
        for (MountedDevice device : devices) {
            List<Sample> own = samples.stream().filter(s -> s.deviceId().equals(device.id())).toList();
            if (!own.isEmpty()) {
                double planExponent = device instanceof Receiver receiver ? receiver.pathLossExponent()
                        : BlePathLoss.BEACON_PATH_LOSS_EXPONENT;
                fitted.put(device.id(), fit(device.id(), own, planExponent));
            }
        }
        return Map.copyOf(fitted);
    }

    /**
     * Least squares of {@code rssi + walls = A - n * 10 log10(d)} over a device's samples. Samples with an
     * implausible RSSI, a non-positive distance or a non-finite value are skipped. With fewer than two distinct
     * distances, or a fitted n outside [{@value #MIN_EXPONENT}, {@value #MAX_EXPONENT}], only A is fitted and n
     * stays {@code planExponent}; with no usable sample, A is NaN (callers keep the plan's).
     */
    public static BleCalibration fit(String deviceId, Collection<Sample> samples, double planExponent) {
        int count = 0;
        double sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
        for (Sample s : samples) {
            if (usable(s)) {
                double x = -10 * Math.log10(s.distanceMetres()), y = s.rssiDbm() + s.wallsDb();
                count++;
                sumX += x;
                sumY += y;
                sumXX += x * x;
                sumXY += x * y;
            }
        }
        if (count == 0) {
            return new BleCalibration(deviceId, Double.NaN, planExponent, 0, Double.NaN);
        }
        double spreadXX = sumXX - sumX * sumX / count;
        double exponent = spreadXX > 1e-9 ? (sumXY - sumX * sumY / count) / spreadXX : Double.NaN;
        if (!(exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT)) {
            exponent = planExponent;
        }
        double rssiAt1mDbm = (sumY - exponent * sumX) / count;
        return new BleCalibration(deviceId, rssiAt1mDbm, exponent, count,
                rms(samples, rssiAt1mDbm, exponent));
    }

    private static boolean usable(Sample s) {
        return BlePathLoss.isPlausibleRssi(s.rssiDbm()) && s.distanceMetres() > 0
                && Double.isFinite(s.distanceMetres()) && Double.isFinite(s.wallsDb());
    }

    private static double rms(Collection<Sample> samples, double rssiAt1mDbm, double exponent) {
        double sum = 0;
        int count = 0;
        for (Sample s : samples) {
            if (usable(s)) {
                double expectedDbm = rssiAt1mDbm - 10 * exponent * Math.log10(s.distanceMetres());
                double misfit = s.rssiDbm() + s.wallsDb() - expectedDbm;
                sum += misfit * misfit;
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }
}
