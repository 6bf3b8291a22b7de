package io.sextant.engine;

/**
 * Decides which readings a UWB fix rests on, whether it is 2D or 3D, and how far to trust it; the numbers are
 * {@link UwbLeastSquares}'.
 * <p>
 * <b>Outliers.</b> After the Huber-weighted fit, the global test compares Σ(residual / sigma)² with the
 * chi-square quantile for its degrees of freedom. When it fails, each active anchor in turn is left out, the fit
 * redone without it and scored by the non-line-of-sight criterion
 * {@code Σ_kept (r / σ)² + Σ_left_out (min(r, 0) / σ)²}. NLOS only ever lengthens a range, so a left-out anchor
 * is free when it reads long and counts against the subset when it reads short (up to
 * {@value #SHORTFALL_CAP_SIGMAS} sigmas: beyond, the reading is a fault to exclude). That breaks the tie the
 * residuals alone cannot: with two biased anchors on one wall, the subset without them and the subset without
 * the two opposite anchors (the position shifted away from the wall) fit equally well, but only the first
 * leaves its excluded anchors reading long. The best-scoring single exclusion is made if its fit would be GOOD
 * (below); if not, the best-scoring pair among the {@value #PAIR_CANDIDATES} best-scoring singles, if its fit
 * would be GOOD; if not, nothing is excluded and the fix is LOW. An exclusion that leaves the test failing only trades
 * one unexplained error for fewer anchors, and one that wrecks the geometry (the two anchors nearest a tag in a
 * corner) lets a far-off position fit. A single exclusion needs 1 degree of freedom left after it, a pair 2
 * (with 1, too many pairs fit by chance), and
 * {@link FitSettings#maxExclusions()} caps them. Fixes that pass the test at once, the vast majority, cost no
 * search; one that fails costs up to n + 28 refits.
 * <p>
 * <b>Height.</b> The 2D fit comes first, height pinned: it picks the outliers, and it starts the 3D fit on the
 * right side of the anchors' plane. A 3D fit follows when the anchors' vertical dilution of precision at the 2D
 * solution is at most {@link FitSettings#maxVerticalDop()} and at least one degree of freedom would remain; its
 * result replaces the 2D one unless it breaks down.
 * <p>
 * <b>Quality.</b> GOOD when the final fit passes the test, its horizontal dilution of precision is within
 * {@link FitSettings#maxHorizontalDop()} and its anchors are not on a line; LOW otherwise.
 * <p>
 * Allocation-free; not thread-safe.
 */
final class UwbRobustFit {

    private static final int PAIR_CANDIDATES = 8;
    /**
     * A reading short by more than this many sigmas is a fault (a reflection cannot shorten a range), not a sign
     * that the subset is wrong: its penalty stops growing, so that it can still be excluded.
     */
    private static final double SHORTFALL_CAP_SIGMAS = 10;

    private final FitSettings settings;
    private final UwbLeastSquares fit;
    private final UwbGeometry geometry = new UwbGeometry();
    private final int[] candidates = new int[PAIR_CANDIDATES];
    private final double[] candidateScores = new double[PAIR_CANDIDATES];
    private int candidateCount;
    private int pairFirst;
    private int pairSecond;

    UwbRobustFit(FitSettings settings, UwbLeastSquares fit) {
        this.settings = settings;
        this.fit = fit;
    }

    /**
     * Fits from the fit's start and writes the solution with its quality.
     *
     * @return false if not even the 2D fit could be solved; {@code out} is then untouched
     */
    boolean solveInto(UwbSolution out, int droppedCount) {
        if (!fitExcludingOutliers()) {
            return false;
        }
        write(out, droppedCount);
        if (heightIsObservable()) {
            fit.solveHeight();
            if (fit.fit()) {
                write(out, droppedCount);
            }
        }
        return true;
    }

    /** {@link UwbGeometry#isCollinear} of the fit's active anchors. */
    boolean anchorsCollinear() {
        return geometry.isCollinear(fit);
    }

    /**
     * Writes a {@link UwbQuality#NONE} solution at the prior if it is finite, else at the centroid of the
     * readings' anchors (the origin if there are none).
     */
    void writeNone(UwbSolution out, double priorXMetres, double priorYMetres, double zMetres, int droppedCount) {
        if (Double.isFinite(priorXMetres) && Double.isFinite(priorYMetres)) {
            out.none(priorXMetres, priorYMetres, zMetres, droppedCount);
            return;
        }
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < fit.count; i++) {
            sumX += fit.ax[i];
            sumY += fit.ay[i];
        }
        int n = Math.max(fit.count, 1);
        out.none(sumX / n, sumY / n, zMetres, droppedCount);
    }

    /**
     * Whether a 3D fit is worth it: a degree of freedom to spare, and a vertical DOP within the limit. Its
     * lower bound 1 / √Σ(∂range/∂z)², free from the last fit, rules out most fixes under ceiling anchors before
     * the 3D normal matrix is inverted.
     */
    private boolean heightIsObservable() {
        double limit = settings.maxVerticalDop();
        return limit > 0 && fit.activeCount() > fit.unknowns() + 1 && fit.heightInformation() * limit * limit >= 1
                && geometry.verticalDop(fit) <= limit;
    }

    private void write(UwbSolution out, int droppedCount) {
        out.quality(quality());
        boolean threeD = fit.isHeightSolved();
        out.position(fit.x, fit.y, fit.z, threeD);
        if (threeD) {
            out.covariance(fit.covariance(0, 0), fit.covariance(1, 0), fit.covariance(1, 1), fit.covariance(2, 0),
                    fit.covariance(2, 1), fit.covariance(2, 2));
        } else {
            out.covariance(fit.covariance(0, 0), fit.covariance(1, 0), fit.covariance(1, 1), 0, 0, 0);
        }
        out.clearAnchors();
        double sumSquares = 0;
        for (int i = 0; i < fit.count; i++) {
            if (fit.active[i]) {
                out.addUsed(fit.anchors[i], fit.residual(i), fit.redundancy(i));
                sumSquares += fit.residual(i) * fit.residual(i);
            } else {
                out.addExcluded(fit.anchors[i]);
            }
        }
        out.statistics(Math.sqrt(sumSquares / fit.activeCount()), fit.iterations(), droppedCount);
    }

    private boolean fitExcludingOutliers() {
        if (!fit.fit()) {
            return false;
        }
        if (passes() || !mayExclude(1, 1)) {
            return true;
        }
        fit.savePosition();
        int single = scoreSingles();
        if (single >= 0) {
            fit.setActive(single, false);
        } else if (mayExclude(2, 2) && scorePairs()) {
            fit.setActive(pairFirst, false);
            fit.setActive(pairSecond, false);
        }
        fit.restorePosition();
        if (fit.fit()) {
            return true;
        }
        for (int i = 0; i < fit.count; i++) {
            fit.setActive(i, true);
        }
        fit.restorePosition();
        return fit.fit();
    }

    private boolean passes() {
        int dof = fit.activeCount() - fit.unknowns();
        return dof > 0 && fit.chiSquare() <= settings.chiSquareLimit(dof);
    }

    /** Whether {@code exclusions} more may go, leaving {@code minDof} degrees of freedom. */
    private boolean mayExclude(int exclusions, int minDof) {
        return exclusions <= settings.maxExclusions() && fit.activeCount() - exclusions - fit.unknowns() >= minDof;
    }

    /**
     * Ranks the single exclusions by score into {@link #candidates}.
     *
     * @return the best-scoring single exclusion if its fit is {@link UwbQuality#GOOD}, else -1
     */
    private int scoreSingles() {
        candidateCount = 0;
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int i = 0; i < fit.count; i++) {
            if (!fit.active[i]) {
                continue;
            }
            fit.setActive(i, false);
            fit.restorePosition();
            if (fit.fit()) {
                double score = nlosScore();
                rank(i, score);
                if (score < bestScore) {
                    bestScore = score;
                    best = quality() == UwbQuality.GOOD ? i : -1;
                }
            }
            fit.setActive(i, true);
        }
        return best;
    }

    /** Inserts a candidate by score, dropping the worst when all places are taken. */
    private void rank(int reading, double score) {
        int at = candidateCount < PAIR_CANDIDATES ? candidateCount++ : PAIR_CANDIDATES;
        while (at > 0 && candidateScores[at - 1] > score) {
            if (at < PAIR_CANDIDATES) {
                candidates[at] = candidates[at - 1];
                candidateScores[at] = candidateScores[at - 1];
            }
            at--;
        }
        if (at < PAIR_CANDIDATES) {
            candidates[at] = reading;
            candidateScores[at] = score;
        }
    }

    /**
     * Finds the best-scoring pair among the candidates into {@link #pairFirst} and {@link #pairSecond}.
     *
     * @return whether its fit is {@link UwbQuality#GOOD}
     */
    private boolean scorePairs() {
        double bestScore = Double.POSITIVE_INFINITY;
        boolean bestIsGood = false;
        for (int a = 0; a < candidateCount; a++) {
            for (int b = a + 1; b < candidateCount; b++) {
                fit.setActive(candidates[a], false);
                fit.setActive(candidates[b], false);
                fit.restorePosition();
                if (fit.fit() && nlosScore() < bestScore) {
                    bestScore = nlosScore();
                    bestIsGood = quality() == UwbQuality.GOOD;
                    pairFirst = candidates[a];
                    pairSecond = candidates[b];
                }
                fit.setActive(candidates[a], true);
                fit.setActive(candidates[b], true);
            }
        }
        return bestIsGood;
    }

    /**
     * Σ_kept (r / σ)² + Σ_left_out min((min(r, 0) / σ)², cap²), at the fit's position: the kept readings' misfit,
     * plus how far short the left-out ones read.
     */
    private double nlosScore() {
        double score = fit.chiSquare();
        double cap = SHORTFALL_CAP_SIGMAS * SHORTFALL_CAP_SIGMAS;
        for (int i = 0; i < fit.count; i++) {
            if (!fit.active[i]) {
                double shortfall = Math.min(fit.measured[i] - fit.distance(i) - fit.offset, 0) / settings.sigmaMetres();
                score += Math.min(shortfall * shortfall, cap);
            }
        }
        return score;
    }

    /**
     * GOOD when the fit passes the test, its horizontal dilution of precision is within the limit and its anchors
     * are not on a line.
     */
    private UwbQuality quality() {
        return passes() && fit.horizontalDop() <= settings.maxHorizontalDop() && !anchorsCollinear() ? UwbQuality.GOOD
                : UwbQuality.LOW;
    }
}
