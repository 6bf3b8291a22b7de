package io.sextant.engine;

/**
 * What not hearing a device says about where a tag is: at a point where a device should read well above its
 * sensitivity, silence is unlikely. For each lattice point of a {@link RoomModel} and each device, the
 * log-probability of that device's silence, {@code log(outage + (1 - outage) * Phi((sensitivity - expected) /
 * sigma))}: shadowing may push the signal below the sensitivity, and a device may be down or its packets lost (the
 * outage probability), which bounds the penalty so that one dead receiver cannot veto its room.
 * <p>
 * Why precomputed, with a per-point total: an update hears 6-8 devices of dozens, so the silence of the rest is the
 * point's total minus the terms of the devices heard, one table lookup per device heard. Memory: one float per
 * point per device. Immutable, thread-safe.
 */
final class RoomSilence {

    private final int devices;
    /** log P(silence), point-major. */
    private final float[] logProbability;
    /** Per point, the sum over all devices: the log-probability that none is heard. */
    private final double[] allSilent;

    /**
     * @param expectedDbm expected RSSI per point and device, point-major
     * @param sigmaDb shadowing sigma per device
     */
    RoomSilence(float[] expectedDbm, double[] sigmaDb, double sensitivityDbm, double outageProbability) {
        devices = sigmaDb.length;
        int points = devices == 0 ? 0 : expectedDbm.length / devices;
        logProbability = new float[expectedDbm.length];
        allSilent = new double[points];
        for (int p = 0; p < points; p++) {
            for (int d = 0; d < devices; d++) {
                double z = (sensitivityDbm - expectedDbm[p * devices + d]) / sigmaDb[d];
                float log = (float) Math.log(outageProbability + (1 - outageProbability) * normalCdf(z));
                logProbability[p * devices + d] = log;
                allSilent[p] += log;
            }
        }
    }

    /** log P(no device is heard) at the point. */
    double allSilent(int point) {
        return allSilent[point];
    }

    /** log P(the device is not heard) at the point. */
    double logProbability(int point, int device) {
        return logProbability[point * devices + device];
    }

    /** Standard normal CDF through erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
    static double normalCdf(double z) {
        double x = -z / Math.sqrt(2), t = 1 / (1 + 0.5 * Math.abs(x));
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                        + t * (-0.82215223 + t * 0.17087277)))))))));
        return 0.5 * (x >= 0 ? erfc : 2 - erfc);
    }
}
