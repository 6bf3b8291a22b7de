package io.sextant.engine;

/**
 * How {@link TwrSolver} weighs, refines and judges two-way ranges. Immutable.
 *
 * @param rangeSigmaMetres standard deviation of a line-of-sight range once the anchor's bias is removed;
 *        default 0.10 m (a DW1000/DW3000 tag in the open). It scales the covariance and the Huber and
 *        exclusion thresholds, so an optimistic value turns noise into exclusions.
 * @param maxRangeMetres longer ranges are dropped as impossible for the radio; default 100 m
 * @param huberK residuals beyond k sigma weigh k sigma / |residual| (Huber loss, by iteratively reweighted
 *        least squares); default 1.5, which keeps 96 % of plain least squares' efficiency on clean Gaussian
 *        noise. {@code Double.POSITIVE_INFINITY} gives plain least squares.
 * @param maxIterations Gauss-Newton iterations per fit, step halvings included; every exclusion refits;
 *        default 10 (a fix from the linear start converges in 3 to 5)
 * @param convergenceMetres a fit stops once a step moves the position less than this; default 1 mm (Gauss-Newton
 *        converges quadratically, so the position is then within micrometres of the optimum)
 * @param exclusionQuantile the global residual test fails when Σ(residual / sigma)² exceeds the chi-square
 *        quantile whose standard-normal equivalent is this; default 3.09, a 0.1 % false alarm rate on clean
 *        fixes
 * @param maxExclusions anchors one fix may exclude as non-line-of-sight, 0, 1 or 2; a single exclusion needs
 *        n ≥ 4 in 2D, a pair n ≥ 6 (see {@code UwbRobustFit}); default 2; 0 turns exclusion off
 * @param maxVerticalDop the fix is solved in 3D, height included, when the anchors' vertical dilution of
 *        precision at the 2D solution is at most this; default 1.5 (height to 0.15 m at the default sigma,
 *        which takes anchors well above and well below the tag, or one nearly overhead); 0 keeps every fix 2D
 *        at the given height
 * @param maxHorizontalDop a fix whose horizontal dilution of precision exceeds this is {@link UwbQuality#LOW};
 *        default 5
 */
public record TwrSettings(double rangeSigmaMetres, double maxRangeMetres, double huberK, int maxIterations,
        double convergenceMetres, double exclusionQuantile, int maxExclusions, double maxVerticalDop,
        double maxHorizontalDop) {

    /** The defaults documented on each component. */
    public static final TwrSettings DEFAULTS = new TwrSettings(0.10, 100, 1.5, 10, 1e-3, 3.09, 2, 1.5, 5);

    public TwrSettings {
        new FitSettings(rangeSigmaMetres, huberK, maxIterations, convergenceMetres, exclusionQuantile, maxExclusions,
                maxVerticalDop, maxHorizontalDop).validate();
        FitSettings.check(maxRangeMetres > 0, "max range (m)", maxRangeMetres);
    }

    /** These settings with plain least squares: no robust loss, no exclusion (the common open-source way). */
    public TwrSettings plainLeastSquares() {
        return new TwrSettings(rangeSigmaMetres, maxRangeMetres, Double.POSITIVE_INFINITY, maxIterations,
                convergenceMetres, exclusionQuantile, 0, maxVerticalDop, maxHorizontalDop);
    }

    FitSettings fit() {
        return new FitSettings(rangeSigmaMetres, huberK, maxIterations, convergenceMetres, exclusionQuantile,
                maxExclusions, maxVerticalDop, maxHorizontalDop);
    }
}
