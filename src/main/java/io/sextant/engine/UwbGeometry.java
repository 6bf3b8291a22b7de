package io.sextant.engine;

import java.util.Arrays;

/**
 * What the active anchors of a fit allow, whatever the readings: whether they span the plane, and how well they
 * would determine height. Allocation-free scratch; not thread-safe.
 */
final class UwbGeometry {

    private static final int S = UwbLinearAlgebra.STRIDE;
    /** Anchors whose RMS distance from their best-fit line is under this share of their spread along it. */
    private static final double COLLINEAR_RATIO = 0.05;

    private final double[] row = new double[S];
    private final double[] normal = new double[S * S];
    private final double[] inverse = new double[S * S];
    private final double[] scratch = new double[S];

    /**
     * Whether the active anchors lie so nearly on one line (a corridor) that the side of it the tag is on cannot
     * be told: their RMS distance from the best-fit line is under {@value #COLLINEAR_RATIO} of their RMS spread
     * along it.
     */
    boolean isCollinear(UwbLeastSquares fit) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < fit.count; i++) {
            if (fit.active[i]) {
                meanX += fit.ax[i];
                meanY += fit.ay[i];
            }
        }
        meanX /= fit.activeCount();
        meanY /= fit.activeCount();
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < fit.count; i++) {
            if (fit.active[i]) {
                double dx = fit.ax[i] - meanX;
                double dy = fit.ay[i] - meanY;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }
        }
        double along = UwbLinearAlgebra.largerEigenvalue(sxx, sxy, syy);
        double across = UwbLinearAlgebra.smallerEigenvalue(sxx, sxy, syy);
        return !(across > COLLINEAR_RATIO * COLLINEAR_RATIO * along);
    }

    /**
     * The unit-sigma, unit-weight vertical dilution of precision, √[(JᵀJ)⁻¹]zz, of the active anchors at the
     * fit's position, were the height solved for (with the offset too, if the fit solves for one): the 3D normal
     * matrix's conditioning in the one direction a 2D fix leaves out. Infinite when that matrix is singular.
     * Anchors all near one height, the usual ceiling mounting, give a large value at any tag height.
     */
    double verticalDop(UwbLeastSquares fit) {
        int m = fit.solvesOffset() ? 4 : 3;
        Arrays.fill(normal, 0);
        row[3] = 1;
        for (int i = 0; i < fit.count; i++) {
            if (fit.active[i]) {
                double rho = fit.distance(i);
                row[0] = (fit.x - fit.ax[i]) / rho;
                row[1] = (fit.y - fit.ay[i]) / rho;
                row[2] = (fit.z - fit.az[i]) / rho;
                UwbLinearAlgebra.accumulate(row, 0, m, 1, 0, normal, scratch);
            }
        }
        return UwbLinearAlgebra.invert(normal, m, inverse, scratch) ? Math.sqrt(inverse[2 * S + 2])
                : Double.POSITIVE_INFINITY;
    }
}
