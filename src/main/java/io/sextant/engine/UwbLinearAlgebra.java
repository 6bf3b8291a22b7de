package io.sextant.engine;

/**
 * Dense symmetric positive-definite systems of at most 4 unknowns, stored row-major with a fixed row stride of
 * {@value #STRIDE}, solved in place by Cholesky. Only the lower triangle of an input matrix is read. Allocation
 * free; stateless.
 */
final class UwbLinearAlgebra {

    static final int STRIDE = 4;

    /** A pivot this much smaller than its diagonal entry means the matrix is singular for our purposes. */
    private static final double RELATIVE_PIVOT = 1e-13;

    private UwbLinearAlgebra() {
    }

    /**
     * Replaces the lower triangle of {@code a} (m x m) by its Cholesky factor L.
     *
     * @return false if {@code a} is not numerically positive definite; {@code a} is then garbage
     */
    static boolean cholesky(double[] a, int m) {
        for (int j = 0; j < m; j++) {
            int rowJ = j * STRIDE;
            double pivot = a[rowJ + j];
            double threshold = RELATIVE_PIVOT * Math.abs(pivot);
            for (int k = 0; k < j; k++) {
                pivot -= a[rowJ + k] * a[rowJ + k];
            }
            if (!(pivot > threshold) || !(pivot > 0)) {
                return false;
            }
            double diagonal = Math.sqrt(pivot);
            a[rowJ + j] = diagonal;
            for (int i = j + 1; i < m; i++) {
                int rowI = i * STRIDE;
                double s = a[rowI + j];
                for (int k = 0; k < j; k++) {
                    s -= a[rowI + k] * a[rowJ + k];
                }
                a[rowI + j] = s / diagonal;
            }
        }
        return true;
    }

    /** Solves L Lᵀ x = b for x, given the factor from {@link #cholesky}. {@code b} and {@code x} may be the same. */
    static void solveFactored(double[] l, int m, double[] b, double[] x) {
        for (int i = 0; i < m; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i * STRIDE + k] * x[k];
            }
            x[i] = s / l[i * STRIDE + i];
        }
        for (int i = m - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k < m; k++) {
                s -= l[k * STRIDE + i] * x[k];
            }
            x[i] = s / l[i * STRIDE + i];
        }
    }

    /** Solves a x = b, destroying {@code a}'s lower triangle; false if {@code a} is not positive definite. */
    static boolean solve(double[] a, int m, double[] b, double[] x) {
        if (!cholesky(a, m)) {
            return false;
        }
        solveFactored(a, m, b, x);
        return true;
    }

    /**
     * Writes the full (both triangles) inverse of the m x m matrix {@code a} into {@code inverse}, destroying
     * {@code a}'s lower triangle.
     *
     * @param column scratch of at least m entries
     * @return false if {@code a} is not positive definite
     */
    static boolean invert(double[] a, int m, double[] inverse, double[] column) {
        if (!cholesky(a, m)) {
            return false;
        }
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < m; i++) {
                column[i] = i == j ? 1 : 0;
            }
            solveFactored(a, m, column, column);
            for (int i = 0; i < m; i++) {
                inverse[i * STRIDE + j] = column[i];
            }
        }
        return true;
    }

    /**
     * Adds w J Jᵀ (lower triangle) to {@code normal} and w J r to {@code rightHandSide}, J being the m values at
     * {@code jacobian[row..]}.
     */
    static void accumulate(double[] jacobian, int row, int m, double w, double r, double[] normal,
            double[] rightHandSide) {
        for (int a = 0; a < m; a++) {
            double wa = w * jacobian[row + a];
            rightHandSide[a] += wa * r;
            for (int b = 0; b <= a; b++) {
                normal[a * STRIDE + b] += wa * jacobian[row + b];
            }
        }
    }

    /** J A Jᵀ for the full m x m matrix A and the row J of m values at {@code jacobian[row..]}. */
    static double quadraticForm(double[] a, double[] jacobian, int row, int m) {
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double partial = 0;
            for (int k = 0; k < m; k++) {
                partial += a[i * STRIDE + k] * jacobian[row + k];
            }
            sum += jacobian[row + i] * partial;
        }
        return sum;
    }

    /** The larger eigenvalue of the symmetric 2 x 2 matrix [[a, b], [b, c]]. */
    static double largerEigenvalue(double a, double b, double c) {
        return 0.5 * (a + c) + eigenvalueSpread(a, b, c);
    }

    /** The smaller eigenvalue of the symmetric 2 x 2 matrix [[a, b], [b, c]]. */
    static double smallerEigenvalue(double a, double b, double c) {
        return 0.5 * (a + c) - eigenvalueSpread(a, b, c);
    }

    private static double eigenvalueSpread(double a, double b, double c) {
        double half = 0.5 * (a - c);
        // sqrt rather than Math.hypot: hypot guards against overflow we cannot reach, at several times the cost
        return Math.sqrt(half * half + b * b);
    }
}
