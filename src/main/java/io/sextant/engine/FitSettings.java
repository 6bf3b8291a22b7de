package io.sextant.engine;

/**
 * What {@link UwbLeastSquares} needs from {@link TwrSettings} or {@link TdoaSettings}, with the measurement
 * sigma already in metres. Validated by those records.
 */
record FitSettings(double sigmaMetres, double huberK, int maxIterations, double convergenceMetres,
        double exclusionQuantile, int maxExclusions, double maxVerticalDop, double maxHorizontalDop) {

    /**
     * The global test's limit on Σ(residual / sigma)² with {@code dof} degrees of freedom: the chi-square
     * quantile at {@link #exclusionQuantile()}, by the Wilson-Hilferty approximation (within 3.5 % of the exact
     * quantile from one degree of freedom up, and better with more).
     */
    double chiSquareLimit(int dof) {
        double spread = 2.0 / (9.0 * dof);
        double cubeRoot = 1 - spread + exclusionQuantile * Math.sqrt(spread);
        return dof * cubeRoot * cubeRoot * cubeRoot;
    }

    static void check(boolean valid, String what, double value) {
        if (!valid) {
            throw new IllegalArgumentException(what + " is out of range: " + value);
        }
    }

    /** Checks the fields shared by both solvers' settings. */
    void validate() {
        check(sigmaMetres > 0 && sigmaMetres < Double.POSITIVE_INFINITY, "measurement sigma (m)", sigmaMetres);
        check(huberK > 0, "Huber k (POSITIVE_INFINITY for plain least squares)", huberK);
        check(maxIterations >= 1, "max iterations", maxIterations);
        check(convergenceMetres > 0, "convergence (m)", convergenceMetres);
        check(exclusionQuantile > 0 && Double.isFinite(exclusionQuantile), "exclusion quantile", exclusionQuantile);
        check(maxExclusions >= 0 && maxExclusions <= 2, "max exclusions (0, 1 or 2)", maxExclusions);
        check(maxVerticalDop >= 0, "max vertical DOP (0 keeps every fix 2D)", maxVerticalDop);
        check(maxHorizontalDop > 0, "max horizontal DOP", maxHorizontalDop);
    }
}
