package io.sextant.accuracy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sextant.model.BleRssi;

/**
 * Calibrates the log-distance model per receiver from readings with known true distances. With
 * {@code u = -10 log10(d)} the model {@code rssi = A + n u} is linear in (A, n), so ordinary least squares on the
 * (u, rssi) pairs gives both in closed form. The fit is in dB, where the shadowing noise is roughly Gaussian, rather
 * than in metres. Stateless, thread-safe.
 */
public final class PathLossFit {

    private PathLossFit() {
    }

    /**
     * The least-squares (A, n) for these readings; NaN parameters when fewer than two distinct distances leave the
     * slope undetermined.
     *
     * @param distancesMetres true 3D distance from receiver to transmitter, metres, each > 0
     * @param rssiDbm the RSSI measured at that distance
     */
    public static PathLoss fit(double[] distancesMetres, double[] rssiDbm) {
        int n = distancesMetres.length;
        double[] u = new double[n];
        double meanU = 0;
        double meanRssi = 0;
        for (int i = 0; i < n; i++) {
            u[i] = -10 * Math.log10(distancesMetres[i]);
            meanU += u[i] / n;
            meanRssi += rssiDbm[i] / n;
        }
        double suu = 0;
        double sur = 0;
        for (int i = 0; i < n; i++) {
            suu += (u[i] - meanU) * (u[i] - meanU);
            sur += (u[i] - meanU) * (rssiDbm[i] - meanRssi);
        }
        if (n < 2 || !(suu > 0)) {
            return new PathLoss(Double.NaN, Double.NaN, n, Double.NaN);
        }
        double exponent = sur / suu;
        double atOneMetre = meanRssi - exponent * meanU;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double residual = rssiDbm[i] - (atOneMetre + exponent * u[i]);
            squares += residual * residual;
        }
        return new PathLoss(atOneMetre, exponent, n, Math.sqrt(squares / n));
    }

    /**
     * One fit per receiver over the readings of these tracks, each paired with its true 3D distance at the reading's
     * time. To score a track with parameters it did not train, leave that track out of {@code tracks}.
     */
    public static Map<String, PathLoss> perReceiver(List<BleTrack> tracks, List<DanisBleDataset.Sensor> sensors) {
        Map<String, PathLoss> fits = new HashMap<>();
        for (DanisBleDataset.Sensor sensor : sensors) {
            List<double[]> pairs = new ArrayList<>();
            for (BleTrack track : tracks) {
                for (BleRssi reading : track.readings()) {
                    if (reading.receiverId().equals(sensor.mac())) {
                        double d = trueDistanceMetres(track.truth(), reading, sensor);
                        if (d > 0) {
                            pairs.add(new double[] { d, reading.rssiDbm() });
                        }
                    }
                }
            }
            fits.put(sensor.mac(), fit(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                    pairs.stream().mapToDouble(p -> p[1]).toArray()));
        }
        return fits;
    }

    private static double trueDistanceMetres(GroundTruth truth, BleRssi reading, DanisBleDataset.Sensor sensor) {
        double t = GroundTruth.seconds(reading.time());
        double dx = truth.xAt(t) - sensor.xMetres();
        double dy = truth.yAt(t) - sensor.yMetres();
        double dz = truth.zAt(t) - sensor.zMetres();
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
