package io.sextant.sim;

/**
 * The covariance of a 2D position (x, y), square metres: symmetric, so three numbers. Immutable, thread-safe.
 *
 * @param xxSquareMetres variance of x
 * @param xySquareMetres covariance of x and y
 * @param yySquareMetres variance of y
 */
public record PositionCovariance(double xxSquareMetres, double xySquareMetres, double yySquareMetres) {

    /** The covariance of a position the measurements cannot fix (too few anchors, or all in a line with the tag). */
    public static final PositionCovariance UNBOUNDED = new PositionCovariance(Double.POSITIVE_INFINITY, 0,
            Double.POSITIVE_INFINITY);

    /** The inverse of a 2x2 Fisher information, or {@link #UNBOUNDED} if it is singular to working precision. */
    static PositionCovariance inverseOf(double xx, double xy, double yy) {
        double trace = xx + yy, determinant = xx * yy - xy * xy;
        if (!(trace > 0) || !(determinant > 1e-12 * trace * trace)) {
            return UNBOUNDED;
        }
        return new PositionCovariance(yy / determinant, -xy / determinant, xx / determinant);
    }

    /** The mean squared position error this covariance implies, square metres. */
    public double traceSquareMetres() {
        return xxSquareMetres + yySquareMetres;
    }

    /** The root-mean-square position error this covariance implies, metres. */
    public double rmseMetres() {
        return Math.sqrt(traceSquareMetres());
    }
}
