package io.sextant.engine;

/**
 * Positions a tag from two-way ranges to UWB anchors.
 * <ol>
 * <li>Readings: those with an unknown anchor index, a range that is not finite, negative or beyond
 * {@link TwrSettings#maxRangeMetres()} are dropped; an anchor's duplicates merge into their median. Each
 * range loses its anchor's bias.</li>
 * <li>Start: a linear least-squares solution of the circle equations, differenced against their mean, with each
 * slant range projected to the horizontal at the known tag height ({@code √(r² − Δz²)}, 0 when a range is
 * shorter than the height difference). A prior from the tracker replaces it when its robust loss is lower.</li>
 * <li>Fit: Gauss-Newton on the slant ranges with the height pinned (no projection, so a tag under an anchor is
 * not distorted), Huber-weighted; when the global residual test fails, the one or two anchors whose exclusion
 * best explains it as non-line-of-sight are excluded; then in 3D too, when the anchors' vertical dilution of
 * precision allows ({@link UwbRobustFit}).</li>
 * <li>Covariance: σ² (JᵀWJ)⁻¹, W the robust weights, times the a-posteriori variance factor
 * Σwᵢ(rᵢ/σ)² / (n − unknowns) when that exceeds 1.</li>
 * </ol>
 * Degenerate input never throws and never yields NaN. Fewer than 3 usable ranges, or no finite tag height, give
 * {@link UwbQuality#NONE}: with 2 ranges the position is ambiguous, and a prior is no reason to trust one side.
 * Anchors on one line (a corridor) give NONE without a prior, as the side of the line is unknowable, and at best
 * {@link UwbQuality#LOW} with one, the prior picking the side.
 * <p>
 * Not thread-safe: it holds a reusable workspace, so the hot path allocates nothing. Use one per worker thread;
 * they may share the {@link UwbAnchors}.
 */
public final class TwrSolver {

    private static final int MIN_RANGES = 3;

    private final UwbAnchors anchors;
    private final TwrSettings settings;
    private final UwbReadings readings = new UwbReadings();
    private final UwbLeastSquares fit;
    private final UwbRobustFit robustFit;
    private final UwbStart start;

    public TwrSolver(UwbAnchors anchors, TwrSettings settings) {
        this.anchors = anchors;
        this.settings = settings;
        this.fit = new UwbLeastSquares(settings.fit());
        this.robustFit = new UwbRobustFit(settings.fit(), fit);
        this.start = new UwbStart(fit);
    }

    /** {@link #solve(int[], double[], int, double, double, double, UwbSolution)} without a prior. */
    public UwbSolution solve(int[] anchorIndices, double[] rangesMetres, int count, double tagHeightMetres,
            UwbSolution out) {
        return solve(anchorIndices, rangesMetres, count, tagHeightMetres, Double.NaN, Double.NaN, out);
    }

    /**
     * Solves one batch of ranges, measured at (nearly) the same moment.
     *
     * @param anchorIndices {@link UwbAnchors} indices, the first {@code count} read
     * @param rangesMetres measured ranges, as the radio reports them (bias included)
     * @param tagHeightMetres the tag's height on the anchors' datum (floor elevation plus height above floor)
     * @param priorXMetres the tracker's predicted x, or NaN for none
     * @param priorYMetres the tracker's predicted y, or NaN for none
     * @param out receives the solution; returned
     * @throws IllegalArgumentException if {@code count} exceeds an array's length
     */
    public UwbSolution solve(int[] anchorIndices, double[] rangesMetres, int count, double tagHeightMetres,
            double priorXMetres, double priorYMetres, UwbSolution out) {
        readings.collect(anchorIndices, rangesMetres, count, anchors.size(), 0, settings.maxRangeMetres());
        out.reset(count);
        int n = readings.count();
        fit.reset(n, false);
        for (int i = 0; i < n; i++) {
            int a = readings.anchor(i);
            fit.add(a, anchors.xMetres(a), anchors.yMetres(a), anchors.zMetres(a),
                    readings.value(i) - anchors.biasMetres(a));
        }
        boolean solvable = n >= MIN_RANGES && Double.isFinite(tagHeightMetres);
        if (solvable) {
            start.begin(tagHeightMetres);
            if (!robustFit.anchorsCollinear()) {
                offerLinearStart(tagHeightMetres);
            }
            start.offer(priorXMetres, priorYMetres);
        }
        if (!solvable || !start.moveFit() || !robustFit.solveInto(out, readings.dropped())) {
            double z = Double.isFinite(tagHeightMetres) ? tagHeightMetres : anchors.floorElevationMetres();
            robustFit.writeNone(out, priorXMetres, priorYMetres, z, readings.dropped());
        }
        return out;
    }

    private void offerLinearStart(double tagHeightMetres) {
        int n = fit.count;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += fit.ax[i];
            meanY += fit.ay[i];
        }
        meanX /= n;
        meanY /= n;
        // (x - xi)² + (y - yi)² = di², differenced against the mean equation, in coordinates about the mean:
        // Xi u + Yi v = (Xi² + Yi² - di²) / 2 + const, where the constant drops out because ΣXi = ΣYi = 0
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        double bx = 0;
        double by = 0;
        for (int i = 0; i < n; i++) {
            double u = fit.ax[i] - meanX;
            double v = fit.ay[i] - meanY;
            double dz = tagHeightMetres - fit.az[i];
            double range = fit.measured[i];
            double horizontalSquared = Math.max(range * range - dz * dz, 0);
            double rhs = 0.5 * (u * u + v * v - horizontalSquared);
            sxx += u * u;
            sxy += u * v;
            syy += v * v;
            bx += u * rhs;
            by += v * rhs;
        }
        double det = sxx * syy - sxy * sxy;
        start.offer(meanX + (syy * bx - sxy * by) / det, meanY + (sxx * by - sxy * bx) / det);
    }
}
