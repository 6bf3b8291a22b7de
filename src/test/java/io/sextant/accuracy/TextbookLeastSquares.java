package io.sextant.accuracy;

/**
 * The baseline the engine is measured against: plain, unweighted linear least-squares multilateration in 2D, as in
 * the textbooks. Subtracting the first anchor's squared-range equation from the others leaves linear equations
 * {@code 2(xi - x0) x + 2(yi - y0) y = r0^2 - ri^2 + |pi|^2 - |p0|^2}, solved through the normal equations. No
 * weights, no bias correction, no robust loss, no tracking: whatever the engine does better shows against it.
 * <p>
 * Never throws: degenerate input (fewer than three anchors, mismatched or null arrays, non-finite values, collinear
 * anchors) answers {@code {NaN, NaN}} so that the caller counts a failure. Stateless, thread-safe.
 */
public final class TextbookLeastSquares {

    /** The uncalibrated log-distance model's RSSI at one metre, dBm (a common iBeacon default). */
    public static final double DEFAULT_RSSI_AT_1M_DBM = -59;
    /** The uncalibrated log-distance model's path-loss exponent (free space). */
    public static final double DEFAULT_PATH_LOSS_EXPONENT = 2.0;

    /** Below this, relative to the normal matrix's scale, the anchors are taken as collinear. */
    private static final double SINGULAR = 1e-9;

    private TextbookLeastSquares() {
    }

    /**
     * The position {x, y} (metres) whose distances best match the ranges, or {NaN, NaN}.
     *
     * @param anchorXMetres anchors' x
     * @param anchorYMetres anchors' y
     * @param rangesMetres the measured distance to each anchor
     */
    public static double[] solve(double[] anchorXMetres, double[] anchorYMetres, double[] rangesMetres) {
        if (!usable(anchorXMetres, anchorYMetres, rangesMetres)) {
            return failure();
        }
        // Coordinates relative to the first anchor keep the squared terms small and the normal equations well scaled.
        double x0 = anchorXMetres[0];
        double y0 = anchorYMetres[0];
        double r0Squared = rangesMetres[0] * rangesMetres[0];
        double sxx = 0, sxy = 0, syy = 0, sxb = 0, syb = 0;
        for (int i = 1; i < rangesMetres.length; i++) {
            double ax = 2 * (anchorXMetres[i] - x0);
            double ay = 2 * (anchorYMetres[i] - y0);
            double b = r0Squared - rangesMetres[i] * rangesMetres[i] + (ax * ax + ay * ay) / 4;
            sxx += ax * ax;
            sxy += ax * ay;
            syy += ay * ay;
            sxb += ax * b;
            syb += ay * b;
        }
        double determinant = sxx * syy - sxy * sxy;
        double scale = (sxx + syy) * (sxx + syy);
        if (!(determinant > SINGULAR * scale)) {
            return failure();
        }
        return new double[] { x0 + (syy * sxb - sxy * syb) / determinant, y0 + (sxx * syb - sxy * sxb) / determinant };
    }

    /** {@link #solve} on distances from the uncalibrated log-distance model (−59 dBm at 1 m, n = 2). */
    public static double[] solveRssi(double[] receiverXMetres, double[] receiverYMetres, double[] rssiDbm) {
        if (rssiDbm == null) {
            return failure();
        }
        double[] distances = new double[rssiDbm.length];
        for (int i = 0; i < rssiDbm.length; i++) {
            distances[i] = distanceMetres(rssiDbm[i], DEFAULT_RSSI_AT_1M_DBM, DEFAULT_PATH_LOSS_EXPONENT);
        }
        return solve(receiverXMetres, receiverYMetres, distances);
    }

    /** The log-distance model inverted: {@code d = 10^((rssiAt1m - rssi) / (10 n))}, metres. */
    public static double distanceMetres(double rssiDbm, double rssiAt1mDbm, double pathLossExponent) {
        return Math.pow(10, (rssiAt1mDbm - rssiDbm) / (10 * pathLossExponent));
    }

    private static boolean usable(double[] xs, double[] ys, double[] ranges) {
        if (xs == null || ys == null || ranges == null || ranges.length < 3 || xs.length != ranges.length
                || ys.length != ranges.length) {
            return false;
        }
        for (int i = 0; i < ranges.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i]) || !Double.isFinite(ranges[i])) {
                return false;
            }
        }
        return true;
    }

    private static double[] failure() {
        return new double[] { Double.NaN, Double.NaN };
    }
}
