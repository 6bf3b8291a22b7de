package io.sextant.sim;

import java.util.List;
import java.util.SplittableRandom;

import io.sextant.geometry.Anchor;

/**
 * The ideal estimator for the Cramér–Rao tests: weighted Gauss–Newton on ranges with Gaussian noise, started at
 * the truth so that it finds the maximum-likelihood solution. TDoA is posed as ranges plus an unknown common offset
 * (the emission time in metres), which is equivalent to the range differences.
 */
final class MaximumLikelihood {

    private static final int TRIALS = 4000, ITERATIONS = 8;

    private MaximumLikelihood() {
    }

    /** Mean squared horizontal error over many noisy trials at one tag position. */
    static double meanSquaredError(List<Anchor> anchors, double[] sigmas, double x, double y, double z,
            boolean unknownOffset, SplittableRandom random) {
        double sum = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            double offset = unknownOffset ? 100 * random.nextDouble() : 0;
            double[] measured = new double[anchors.size()];
            for (int i = 0; i < measured.length; i++) {
                measured[i] = range(anchors.get(i), x, y, z) + offset + sigmas[i] * random.nextGaussian();
            }
            double[] estimate = solve(anchors, sigmas, measured, z, new double[] { x, y, offset }, unknownOffset);
            sum += Math.pow(estimate[0] - x, 2) + Math.pow(estimate[1] - y, 2);
        }
        return sum / TRIALS;
    }

    private static double[] solve(List<Anchor> anchors, double[] sigmas, double[] measured, double z,
            double[] start, boolean unknownOffset) {
        int unknowns = unknownOffset ? 3 : 2;
        double[] p = start.clone();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] normal = new double[unknowns][unknowns + 1];
            for (int i = 0; i < anchors.size(); i++) {
                Anchor a = anchors.get(i);
                double r = range(a, p[0], p[1], z);
                double[] row = { (p[0] - a.x()) / r, (p[1] - a.y()) / r, 1 };
                double residual = measured[i] - r - (unknownOffset ? p[2] : 0), w = 1 / (sigmas[i] * sigmas[i]);
                for (int j = 0; j < unknowns; j++) {
                    for (int k = 0; k < unknowns; k++) {
                        normal[j][k] += w * row[j] * row[k];
                    }
                    normal[j][unknowns] += w * row[j] * residual;
                }
            }
            double[] step = gaussJordan(normal);
            for (int j = 0; j < unknowns; j++) {
                p[j] += step[j];
            }
        }
        return p;
    }

    /** Solves an augmented n x (n + 1) system in place; the systems here are small and well conditioned. */
    private static double[] gaussJordan(double[][] m) {
        int n = m.length;
        for (int col = 0; col < n; col++) {
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double f = m[row][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[row][k] -= f * m[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    private static double range(Anchor a, double x, double y, double z) {
        return Math.sqrt(Math.pow(x - a.x(), 2) + Math.pow(y - a.y(), 2) + Math.pow(z - a.z(), 2));
    }
}
