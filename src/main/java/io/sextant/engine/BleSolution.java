package io.sextant.engine;

/**
 * A BLE position from {@link BleSolver}. Every number is finite, whatever the input.
 *
 * @param quality whether to use it; a {@link Quality#NONE} solution's position is only a hint (the centroid of what
 *        was heard, the prior or the floor's centre) and its accuracy the floor's diagonal
 * @param x metres east in the building frame
 * @param y metres north in the building frame
 * @param varianceXSquareMetres variance of x, m²
 * @param covarianceXySquareMetres covariance of x and y, m²
 * @param varianceYSquareMetres variance of y, m²
 * @param accuracyMetres radius of a circle around (x, y) holding the true position with 95 % probability, as far as
 *        the linearised model can tell (it understates at long range, where log-normal errors skew outwards)
 * @param rmsResidualDb root-mean-square of measured minus expected RSSI, dB
 * @param devicesUsed observations that entered the fit (unknown devices and implausible RSSIs are dropped)
 * @param iterations Levenberg-Marquardt iterations taken
 */
public record BleSolution(Quality quality, double x, double y, double varianceXSquareMetres,
        double covarianceXySquareMetres, double varianceYSquareMetres, double accuracyMetres, double rmsResidualDb,
        int devicesUsed, int iterations) {

    /** How far to trust a solution. */
    public enum Quality {
        /** Converged, at least four devices, residuals consistent with shadowing, accuracy within bounds. */
        GOOD,
        /** A position, but a loose one: three devices, a poor fit, a large accuracy radius or no convergence. */
        LOW,
        /** No position: fewer than three usable devices, or a geometry that cannot fix one. */
        NONE
    }

    /** Whether this is a position at all. */
    public boolean hasFix() {
        return quality != Quality.NONE;
    }
}
