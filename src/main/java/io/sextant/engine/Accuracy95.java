package io.sextant.engine;

/**
 * The radius of the circle, centred on the estimate, that holds 95 % of a 2D Gaussian error with
 * covariance {@code [[cxx, cxy], [cxy, cyy]]}: what a fix reports as its accuracy. Exact for
 * elliptical errors (a table over the axis ratio, computed once by numerical integration), not
 * the 2.45-sigma rule, which overstates elongated errors by up to 25 %. Thread-safe.
 */
public final class Accuracy95 {

    private static final int TABLE_SIZE = 201;
    private static final double PROBABILITY = 0.95;
    /** {@code FACTOR[i]} = r95 / sigmaMajor for minor/major axis ratio i / (TABLE_SIZE - 1). */
    private static final double[] FACTOR = table();

    private Accuracy95() {
    }

    /** The 95 % radius in metres; 0 for a zero covariance, +infinity for an unusable one. */
    public static double radiusMetres(double cxx, double cxy, double cyy) {
        double mean = 0.5 * (cxx + cyy);
        double spread = Math.sqrt(0.25 * (cxx - cyy) * (cxx - cyy) + cxy * cxy);
        double major = mean + spread;
        double minor = Math.max(0, mean - spread);
        if (!(major >= 0) || Double.isInfinite(major)) {
            return Double.POSITIVE_INFINITY;
        }
        if (major == 0) {
            return 0;
        }
        double ratio = Math.sqrt(minor / major) * (TABLE_SIZE - 1);
        int i = Math.min((int) ratio, TABLE_SIZE - 2);
        double f = ratio - i;
        return Math.sqrt(major) * (FACTOR[i] * (1 - f) + FACTOR[i + 1] * f);
    }

    private static double[] table() {
        double[] factors = new double[TABLE_SIZE];
        for (int i = 0; i < TABLE_SIZE; i++) {
            double minor = (double) i / (TABLE_SIZE - 1);
            double low = 0;
            double high = 3;
            for (int step = 0; step < 50; step++) {
                double r = 0.5 * (low + high);
                if (probabilityWithin(r, minor) < PROBABILITY) {
                    low = r;
                } else {
                    high = r;
                }
            }
            factors[i] = 0.5 * (low + high);
        }
        return factors;
    }

    /**
     * P(|e| <= r) for e = (u, b·v), u and v standard normal: integrate over u the probability
     * that |b·v| fits in the rest of the circle (Simpson's rule; stable as b goes to 0).
     */
    static double probabilityWithin(double r, double b) {
        int steps = 400;
        double h = 2 * r / steps;
        double sum = 0;
        for (int k = 0; k <= steps; k++) {
            double u = -r + k * h;
            double half = Math.sqrt(Math.max(0, r * r - u * u));
            double inner = b == 0 ? (half > 0 ? 1 : 0) : erf(half / (b * Math.sqrt(2)));
            double weight = k == 0 || k == steps ? 1 : (k % 2 == 1 ? 4 : 2);
            sum += weight * Math.exp(-0.5 * u * u) * inner;
        }
        return sum * h / 3 / Math.sqrt(2 * Math.PI);
    }

    /** Abramowitz and Stegun 7.1.26, absolute error below 1.5e-7: ample for a table of radii. */
    private static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return 1 - poly * Math.exp(-x * x);
    }
}
