package io.sextant.engine;

/**
 * Chooses where a fit starts: of the candidates offered (a closed form, the tracker's prior), the one with the
 * lowest robust loss at the tag height. A poor prior thus costs nothing, and a good one wins where the closed
 * form is poor. Allocation-free; not thread-safe.
 */
final class UwbStart {

    private final UwbLeastSquares fit;
    private double xMetres;
    private double yMetres;
    private double zMetres;
    private double loss;

    UwbStart(UwbLeastSquares fit) {
        this.fit = fit;
    }

    /** Forgets earlier candidates; the next ones are at height {@code zMetres}. */
    void begin(double height) {
        zMetres = height;
        loss = Double.POSITIVE_INFINITY;
    }

    /** Keeps (x, y) if both are finite and its loss is the lowest so far. */
    void offer(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            double candidateLoss = fit.lossAt(x, y, zMetres);
            if (candidateLoss < loss) {
                loss = candidateLoss;
                xMetres = x;
                yMetres = y;
            }
        }
    }

    /** Moves the fit to the best candidate; false if none was offered. */
    boolean moveFit() {
        if (!(loss < Double.POSITIVE_INFINITY)) {
            return false;
        }
        fit.moveTo(xMetres, yMetres, zMetres);
        return true;
    }
}
