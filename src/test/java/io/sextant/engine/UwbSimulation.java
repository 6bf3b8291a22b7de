package io.sextant.engine;

import java.util.SplittableRandom;

import java.util.Random;

/**
 * Synthetic readings of a tag at a true position: ranges with seeded Gaussian noise, plus a non-line-of-sight
 * bias on chosen anchors, and the matching TDoA arrivals. Not thread-safe.
 */
final class UwbSimulation {

    /** An arbitrary emission time far from 0, so that arrival arithmetic meets realistic clock values. */
    static final long EMISSION_PICOS = 7_000_000_000_000_000L;

    private final UwbAnchors anchors;
    private final Random random;
    final int[] indices;
    final double[] rangesMetres;
    final long[] arrivalPicos;

    UwbSimulation(UwbAnchors anchors, long seed) {
        this.anchors = anchors;
        this.random = new Random(seed);
        this.indices = new int[anchors.size()];
        this.rangesMetres = new double[anchors.size()];
        this.arrivalPicos = new long[anchors.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
    }

    /**
     * Draws the readings of every anchor for a tag at (x, y, z): true distance, plus the anchor's bias, plus
     * noise, plus {@code nlosMetres[i]} (may be null).
     */
    void draw(double x, double y, double z, double sigmaMetres, double[] nlosMetres) {
        for (int i = 0; i < indices.length; i++) {
            double range = trueDistance(anchors, i, x, y, z) + anchors.biasMetres(i)
                    + sigmaMetres * random.nextGaussian();
            if (nlosMetres != null) {
                range += nlosMetres[i];
            }
            rangesMetres[i] = range;
            arrivalPicos[i] = EMISSION_PICOS + Math.round(range / TdoaSettings.METRES_PER_PICO);
        }
    }

    static double trueDistance(UwbAnchors anchors, int i, double x, double y, double z) {
        double dx = x - anchors.xMetres(i);
        double dy = y - anchors.yMetres(i);
        double dz = z - anchors.zMetres(i);
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** Squared Mahalanobis distance of the horizontal error under the solution's covariance. */
    static double mahalanobisSquared(UwbSolution s, double x, double y) {
        double ex = s.xMetres() - x;
        double ey = s.yMetres() - y;
        double det = s.covXX() * s.covYY() - s.covXY() * s.covXY();
        return (s.covYY() * ex * ex - 2 * s.covXY() * ex * ey + s.covXX() * ey * ey) / det;
    }

    /** Solves the simulation's current draw into {@code s}. */
    interface Solve {
        void into(UwbSimulation sim, int n, UwbSolution s);
    }

    /**
     * RMSE of a robust and a plain solver over 2,000 seeded draws in a 20 x 15 m room, with
     * {@code affected} (1 or 2) random anchors reading long by {@code nlosMetres}, or by a uniform
     * 0.5 to 1.5 m each if NaN.
     */
    static double[] nlosRmse(UwbAnchors anchors, int affected, double nlosMetres, double sigmaMetres, Solve robust,
            Solve plain) {
        UwbSimulation sim = new UwbSimulation(anchors, 3);
        SplittableRandom random = new SplittableRandom(4);
        UwbSolution s = new UwbSolution();
        int n = anchors.size();
        int trials = 2000;
        double robustSquares = 0;
        double plainSquares = 0;
        for (int t = 0; t < trials; t++) {
            double x = 1 + 18 * random.nextDouble();
            double y = 1 + 13 * random.nextDouble();
            double[] nlos = new double[n];
            int first = random.nextInt(n);
            nlos[first] = Double.isNaN(nlosMetres) ? 0.5 + random.nextDouble() : nlosMetres;
            if (affected == 2) {
                nlos[(first + 1 + random.nextInt(n - 1)) % n] = 0.5 + random.nextDouble();
            }
            sim.draw(x, y, 1.2, sigmaMetres, nlos);
            robust.into(sim, n, s);
            robustSquares += Math.pow(horizontalError(s, x, y), 2);
            plain.into(sim, n, s);
            plainSquares += Math.pow(horizontalError(s, x, y), 2);
        }
        return new double[] { Math.sqrt(robustSquares / trials), Math.sqrt(plainSquares / trials) };
    }

    static double horizontalError(UwbSolution s, double x, double y) {
        return Math.hypot(s.xMetres() - x, s.yMetres() - y);
    }
}
