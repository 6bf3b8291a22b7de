package io.sextant.engine;

/**
 * Positions a tag from the arrivals of one blink at UWB anchors on a synchronised clock (time difference of
 * arrival).
 * <ol>
 * <li>Readings: arrivals become pseudoranges, c times the time since the batch's first arrival, less the
 * anchor's bias. Unknown anchor indices are dropped, an anchor's duplicates merge into their median, and an
 * arrival more than {@link TdoaSettings#maxRangeMetres()} / c from the median is dropped.</li>
 * <li>Start: {@link TdoaClosedForm}: Chan's method and the spherical intersection, with the earliest arrival as
 * reference (the nearest anchor, most likely in line of sight), and the tracker's prior if given; the
 * candidate with the lowest robust loss wins.</li>
 * <li>Fit: Gauss-Newton on the pseudoranges with the emission time as one more unknown, rather than on
 * differences against the reference. The two give the same estimate when the differences are weighted by
 * their correlated covariance σ²(I + 11ᵀ), but here every anchor keeps its own residual, so the robust loss
 * and the exclusion can drop the reference itself when it is the outlier. Otherwise as {@link TwrSolver}: Huber
 * weights, non-line-of-sight exclusion when the global test fails ({@link UwbRobustFit}), 3D when the vertical
 * dilution of precision allows, covariance σ²(JᵀWJ)⁻¹ inflated by the a-posteriori variance factor above 1.</li>
 * </ol>
 * Degenerate input never throws and never yields NaN. Fewer than 3 usable arrivals or no finite tag height give
 * {@link UwbQuality#NONE}; 3 arrivals determine a 2D fix exactly, with nothing to test it, so they give at best
 * {@link UwbQuality#LOW}. Anchors on one line give NONE without a prior and at best LOW with one. A constant bias
 * common to all anchors is absorbed by the emission time and does no harm.
 * <p>
 * Not thread-safe: it holds a reusable workspace, so the hot path allocates nothing. Use one per worker thread.
 */
public final class TdoaSolver {

    private static final int MIN_ARRIVALS = 3;

    private final UwbAnchors anchors;
    private final TdoaSettings settings;
    private final UwbReadings readings = new UwbReadings();
    private final UwbLeastSquares fit;
    private final UwbRobustFit robustFit;
    private final UwbStart start;
    private final TdoaClosedForm closedForm = new TdoaClosedForm();
    private double[] pseudorangesMetres = new double[16];

    public TdoaSolver(UwbAnchors anchors, TdoaSettings settings) {
        this.anchors = anchors;
        this.settings = settings;
        this.fit = new UwbLeastSquares(settings.fit());
        this.robustFit = new UwbRobustFit(settings.fit(), fit);
        this.start = new UwbStart(fit);
    }

    /** {@link #solve(int[], long[], int, double, double, double, UwbSolution)} without a prior. */
    public UwbSolution solve(int[] anchorIndices, long[] arrivalPicos, int count, double tagHeightMetres,
            UwbSolution out) {
        return solve(anchorIndices, arrivalPicos, count, tagHeightMetres, Double.NaN, Double.NaN, out);
    }

    /**
     * Solves one blink.
     *
     * @param anchorIndices {@link UwbAnchors} indices, the first {@code count} read
     * @param arrivalPicos arrival times on the anchors' synchronised clock, picoseconds
     * @param tagHeightMetres the tag's height on the anchors' datum (floor elevation plus height above floor)
     * @param priorXMetres the tracker's predicted x, or NaN for none
     * @param priorYMetres the tracker's predicted y, or NaN for none
     * @param out receives the solution; returned
     * @throws IllegalArgumentException if {@code count} exceeds an array's length
     */
    public UwbSolution solve(int[] anchorIndices, long[] arrivalPicos, int count, double tagHeightMetres,
            double priorXMetres, double priorYMetres, UwbSolution out) {
        toPseudoranges(arrivalPicos, count);
        readings.collect(anchorIndices, pseudorangesMetres, count, anchors.size(), Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        readings.dropFarFromMedian(settings.maxRangeMetres());
        out.reset(count);
        int n = readings.count();
        fit.reset(n, true);
        for (int i = 0; i < n; i++) {
            int a = readings.anchor(i);
            fit.add(a, anchors.xMetres(a), anchors.yMetres(a), anchors.zMetres(a),
                    readings.value(i) - anchors.biasMetres(a));
        }
        boolean solvable = n >= MIN_ARRIVALS && Double.isFinite(tagHeightMetres);
        if (solvable) {
            start.begin(tagHeightMetres);
            if (!robustFit.anchorsCollinear()) {
                closedForm.offerStarts(fit, start, tagHeightMetres, priorXMetres, priorYMetres);
            }
            start.offer(priorXMetres, priorYMetres);
        }
        if (!solvable || !start.moveFit() || !robustFit.solveInto(out, readings.dropped())) {
            double z = Double.isFinite(tagHeightMetres) ? tagHeightMetres : anchors.floorElevationMetres();
            robustFit.writeNone(out, priorXMetres, priorYMetres, z, readings.dropped());
        }
        return out;
    }

    /**
     * Metres after the batch's first arrival: a difference of longs first, exact, so that a clock running for
     * years loses no precision.
     */
    private void toPseudoranges(long[] arrivalPicos, int count) {
        if (count > arrivalPicos.length) {
            throw new IllegalArgumentException("count " + count + " exceeds " + arrivalPicos.length + " arrivals");
        }
        if (pseudorangesMetres.length < count) {
            pseudorangesMetres = new double[count];
        }
        for (int i = 0; i < count; i++) {
            pseudorangesMetres[i] = (arrivalPicos[i] - arrivalPicos[0]) * TdoaSettings.METRES_PER_PICO;
        }
    }
}
