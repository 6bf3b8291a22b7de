package io.sextant.engine;

import java.util.Arrays;

/**
 * The weighted Gauss-Newton fit behind both UWB solvers, over the readings of one batch. The model of reading i
 * from anchor a_i is {@code |p − a_i| + offset}: a range for TWR (offset 0, not estimated), a pseudorange for
 * TDoA (the offset is c times the unknown emission time). Unknowns are x, y, then z once the height is solved
 * for, then the offset.
 * <p>
 * A fit minimises the Huber loss of residual / sigma over the active readings by iteratively reweighted least
 * squares, halving any step that raises the loss, and ends with the inverse normal matrix (JᵀWJ)⁻¹, the
 * redundancy numbers, Σ(residual / sigma)² for the global test, and the a-posteriori variance factor. Which
 * readings are active, and when the height is solved for, is {@link UwbRobustFit}'s call. A reusable
 * workspace; not thread-safe.
 */
final class UwbLeastSquares {

    private static final int S = UwbLinearAlgebra.STRIDE;
    /** Keeps the model's derivative finite with the tag on an anchor. */
    private static final double MIN_DISTANCE_METRES = 1e-6;
    private static final int MAX_HALVINGS = 8;
    private static final double LOSS_TOLERANCE = 1e-12;

    private final FitSettings settings;
    private final double sigma;

    int count;
    int[] anchors = new int[16];
    double[] ax = new double[16];
    double[] ay = new double[16];
    double[] az = new double[16];
    double[] measured = new double[16];
    boolean[] active = new boolean[16];
    private double[] residual = new double[16];
    private double[] weight = new double[16];
    private double[] redundancy = new double[16];
    private double[] jacobian = new double[16 * S];

    double x;
    double y;
    double z;
    double offset;
    private boolean solveZ;
    private boolean solveOffset;
    private int unknowns;
    private int activeCount;
    private int iterations;
    private double chiSquare;
    private double varianceFactor;
    private double heightInformation;
    /** The position {@link #savePosition()} kept, and the best one of the fit running: x, y, z, offset. */
    private final double[] saved = new double[S];
    private final double[] best = new double[S];

    private final double[] normal = new double[S * S];
    private final double[] gradient = new double[S];
    private final double[] step = new double[S];
    private final double[] inverse = new double[S * S];

    UwbLeastSquares(FitSettings settings) {
        this.settings = settings;
        this.sigma = settings.sigmaMetres();
    }

    /** Empties the workspace for a batch of up to {@code capacity} readings, with the offset solved or not. */
    void reset(int capacity, boolean withOffset) {
        if (anchors.length < capacity) {
            anchors = new int[capacity];
            ax = new double[capacity];
            ay = new double[capacity];
            az = new double[capacity];
            measured = new double[capacity];
            active = new boolean[capacity];
            residual = new double[capacity];
            weight = new double[capacity];
            redundancy = new double[capacity];
            jacobian = new double[capacity * S];
        }
        count = 0;
        activeCount = 0;
        iterations = 0;
        solveZ = false;
        solveOffset = withOffset;
        unknowns = withOffset ? 3 : 2;
        offset = 0;
    }

    void add(int anchor, double anchorX, double anchorY, double anchorZ, double measuredMetres) {
        anchors[count] = anchor;
        ax[count] = anchorX;
        ay[count] = anchorY;
        az[count] = anchorZ;
        measured[count] = measuredMetres;
        active[count] = true;
        count++;
        activeCount++;
    }

    /** Moves to (x, y) at height z, the offset (if solved for) set to the readings' mean; returns the loss there. */
    double lossAt(double xMetres, double yMetres, double zMetres) {
        moveTo(xMetres, yMetres, zMetres);
        return assemble();
    }

    void setActive(int i, boolean isActive) {
        if (active[i] != isActive) {
            active[i] = isActive;
            activeCount += isActive ? 1 : -1;
        }
    }

    int activeCount() {
        return activeCount;
    }

    int unknowns() {
        return unknowns;
    }

    /** Σ(residual / sigma)² over the active readings after the last fit. */
    double chiSquare() {
        return chiSquare;
    }

    void savePosition() {
        keep(saved);
    }

    void restorePosition() {
        moveBack(saved);
    }

    /** Makes the height an unknown for the next fits, starting from the current height. */
    void solveHeight() {
        solveZ = true;
        unknowns++;
    }

    /** Unit-sigma horizontal dilution of precision of the last fit, robust weights included. */
    double horizontalDop() {
        return Math.sqrt(inverse[0] + inverse[S + 1]);
    }

    /** Σ(∂range/∂z)² over the active readings at the last fit's position: the height's unit-sigma information. */
    double heightInformation() {
        return heightInformation;
    }

    boolean isHeightSolved() {
        return solveZ;
    }

    boolean solvesOffset() {
        return solveOffset;
    }

    /** Gauss-Newton iterations since {@link #reset}. */
    int iterations() {
        return iterations;
    }

    /** The last fit's residual of reading i (measured minus modelled), metres. */
    double residual(int i) {
        return residual[i];
    }

    /** The last fit's redundancy number of reading i. */
    double redundancy(int i) {
        return redundancy[i];
    }

    /**
     * The last fit's covariance of unknowns a and b (0 x, 1 y, 2 z when solved for), m²: σ² (JᵀWJ)⁻¹ times the
     * a-posteriori variance factor when that exceeds 1 (never shrunk: with a few degrees of freedom, a small one
     * is mostly luck).
     */
    double covariance(int a, int b) {
        return sigma * sigma * varianceFactor * inverse[a * S + b];
    }

    /**
     * One fit from the current position over the active readings.
     *
     * @return false if the normal matrix is singular or the loss not finite
     */
    boolean fit() {
        double bestLoss = Double.POSITIVE_INFINITY;
        keep(best);
        int halvings = 0;
        for (int it = 0; it < settings.maxIterations(); it++) {
            iterations++;
            double loss = assemble();
            if (!(loss <= bestLoss * (1 + LOSS_TOLERANCE))) {
                if (halvings++ == MAX_HALVINGS) {
                    break;
                }
                halfwayBack();
                continue;
            }
            halvings = 0;
            bestLoss = loss;
            keep(best);
            boolean solved = UwbLinearAlgebra.solve(normal, unknowns, gradient, step);
            if (!solved || takeStep() < settings.convergenceMetres()) {
                break;
            }
        }
        if (!(assemble() <= bestLoss * (1 + LOSS_TOLERANCE))) {
            moveBack(best);
            assemble();
        }
        return Double.isFinite(bestLoss) && finishCovariance();
    }

    double distance(int i) {
        double dx = x - ax[i];
        double dy = y - ay[i];
        double dz = z - az[i];
        return Math.max(Math.sqrt(dx * dx + dy * dy + dz * dz), MIN_DISTANCE_METRES);
    }

    void moveTo(double xMetres, double yMetres, double zMetres) {
        x = xMetres;
        y = yMetres;
        z = zMetres;
        if (solveOffset) {
            double sum = 0;
            for (int i = 0; i < count; i++) {
                if (active[i]) {
                    sum += measured[i] - distance(i);
                }
            }
            offset = sum / activeCount;
        }
    }

    private void keep(double[] position) {
        position[0] = x;
        position[1] = y;
        position[2] = z;
        position[3] = offset;
    }

    private void moveBack(double[] position) {
        x = position[0];
        y = position[1];
        z = position[2];
        offset = position[3];
    }

    private void halfwayBack() {
        x = 0.5 * (x + best[0]);
        y = 0.5 * (y + best[1]);
        z = 0.5 * (z + best[2]);
        offset = 0.5 * (offset + best[3]);
    }

    /** Applies {@link #step}; returns its length, metres. */
    private double takeStep() {
        x += step[0];
        y += step[1];
        int k = 2;
        double squared = step[0] * step[0] + step[1] * step[1];
        if (solveZ) {
            z += step[k];
            squared += step[k] * step[k];
            k++;
        }
        if (solveOffset) {
            offset += step[k];
            squared += step[k] * step[k];
        }
        return Math.sqrt(squared);
    }

    /**
     * Residuals, Huber weights, Jacobian rows and the weighted normal equations at the current position.
     *
     * @return the Huber loss Σρ(residual / sigma)
     */
    private double assemble() {
        Arrays.fill(normal, 0);
        Arrays.fill(gradient, 0);
        double k = settings.huberK();
        double loss = 0;
        heightInformation = 0;
        for (int i = 0; i < count; i++) {
            if (!active[i]) {
                continue;
            }
            double rho = distance(i);
            double heightPartial = (z - az[i]) / rho;
            heightInformation += heightPartial * heightPartial;
            double r = measured[i] - rho - offset;
            double u = Math.abs(r) / sigma;
            double w = u <= k ? 1 : k / u;
            loss += u <= k ? 0.5 * u * u : k * u - 0.5 * k * k;
            residual[i] = r;
            weight[i] = w;
            int row = i * S;
            jacobian[row] = (x - ax[i]) / rho;
            jacobian[row + 1] = (y - ay[i]) / rho;
            int c = 2;
            if (solveZ) {
                jacobian[row + c++] = heightPartial;
            }
            if (solveOffset) {
                jacobian[row + c] = 1;
            }
            UwbLinearAlgebra.accumulate(jacobian, row, unknowns, w, r, normal, gradient);
        }
        return loss;
    }

    /** Inverse normal matrix, redundancy numbers, the test statistic and the a-posteriori variance factor. */
    private boolean finishCovariance() {
        if (!UwbLinearAlgebra.invert(normal, unknowns, inverse, step)) {
            return false;
        }
        chiSquare = 0;
        double weightedChiSquare = 0;
        for (int i = 0; i < count; i++) {
            if (active[i]) {
                redundancy[i] = Math.max(0, 1 - weight[i] * UwbLinearAlgebra.quadraticForm(inverse, jacobian, i * S,
                        unknowns));
                double u = residual[i] / sigma;
                chiSquare += u * u;
                weightedChiSquare += weight[i] * u * u;
            }
        }
        int dof = activeCount - unknowns;
        varianceFactor = dof > 0 ? Math.max(1, weightedChiSquare / dof) : 1;
        return Double.isFinite(chiSquare);
    }
}
