package io.sextant.engine;

import java.util.Arrays;

/**
 * The result of one {@link TwrSolver} or {@link TdoaSolver} fix, written into a reusable instance so that the hot
 * path allocates nothing (the arrays grow only when a batch with more anchors than ever before arrives).
 * Mutable, not thread-safe: one per worker thread, like the solver that fills it.
 * <p>
 * Positions are metres in the anchors' frame, heights on the same datum as the anchors' absolute heights.
 * Nothing here is ever NaN. When {@link #quality()} is {@link UwbQuality#NONE} the position is the prior if one
 * was given, else the centroid of the usable anchors, and the variances are {@value #NO_INFORMATION_VARIANCE_M2}
 * m²: finite, so that a consumer that ignores the quality at least weighs the fix as worthless.
 */
public final class UwbSolution {

    /** The variance reported for a position nothing was learnt about, m². */
    public static final double NO_INFORMATION_VARIANCE_M2 = 1e12;

    /** 95 % quantile of the chi-square distribution with 2 degrees of freedom, square-rooted. */
    private static final double SIGMA_95_2D = Math.sqrt(5.991464547107979);

    private UwbQuality quality = UwbQuality.NONE;
    private double xMetres;
    private double yMetres;
    private double zMetres;
    private boolean threeDimensional;
    private double covXX = NO_INFORMATION_VARIANCE_M2;
    private double covXY;
    private double covYY = NO_INFORMATION_VARIANCE_M2;
    private double covXZ;
    private double covYZ;
    private double covZZ;
    private double rmsResidualMetres;
    private int iterations;
    private int droppedCount;
    private int usedCount;
    private int excludedCount;
    private int[] usedAnchors = new int[16];
    private double[] residualsMetres = new double[16];
    private double[] redundancies = new double[16];
    private int[] excludedAnchors = new int[16];

    public UwbQuality quality() {
        return quality;
    }

    public double xMetres() {
        return xMetres;
    }

    public double yMetres() {
        return yMetres;
    }

    /** The solved height if {@link #isThreeDimensional()}, else the tag height the solver was given. */
    public double zMetres() {
        return zMetres;
    }

    /** Whether the height was solved for rather than taken as given. */
    public boolean isThreeDimensional() {
        return threeDimensional;
    }

    /** Variance of x, m². */
    public double covXX() {
        return covXX;
    }

    public double covXY() {
        return covXY;
    }

    public double covYY() {
        return covYY;
    }

    /** Covariance of x and z, m²; 0 for a 2D fix. */
    public double covXZ() {
        return covXZ;
    }

    public double covYZ() {
        return covYZ;
    }

    /** Variance of z, m²; 0 for a 2D fix, whose height was given. */
    public double covZZ() {
        return covZZ;
    }

    /**
     * A radius around (x, y) that holds the true position with at least 95 % probability: the 95 % error
     * ellipse's major semi-axis. Equals the exact 95 % radius for a circular error, and overstates it for an
     * elongated one.
     */
    public double radius95Metres() {
        return SIGMA_95_2D * Math.sqrt(UwbLinearAlgebra.largerEigenvalue(covXX, covXY, covYY));
    }

    /** Root-mean-square of the used anchors' residuals (measured minus modelled), metres; 0 for NONE. */
    public double rmsResidualMetres() {
        return rmsResidualMetres;
    }

    /** Gauss-Newton iterations over all fits of this fix (each exclusion refits). */
    public int iterations() {
        return iterations;
    }

    /**
     * Readings of the batch that took no part: unknown anchor, value not finite or out of range, or merged into
     * the median of the same anchor's duplicates.
     */
    public int droppedCount() {
        return droppedCount;
    }

    /** How many anchors the solution rests on. */
    public int usedCount() {
        return usedCount;
    }

    /** The index of the i-th used anchor (ascending), 0 <= i < {@link #usedCount()}. */
    public int usedAnchor(int i) {
        return usedAnchors[i];
    }

    /** The i-th used anchor's residual, measured minus modelled, metres (positive: the range read long). */
    public double residualMetres(int i) {
        return residualsMetres[i];
    }

    /**
     * The i-th used anchor's redundancy number, 1 minus its leverage, in [0, 1]: the share of an error in that
     * reading that shows in its residual (the rest moved the position). {@link UwbBiasCalibration} divides by it.
     */
    public double redundancy(int i) {
        return redundancies[i];
    }

    /** How many anchors were excluded as outliers by the residual test. */
    public int excludedCount() {
        return excludedCount;
    }

    /** The index of the i-th anchor excluded as an outlier (ascending), 0 <= i < {@link #excludedCount()}. */
    public int excludedAnchor(int i) {
        return excludedAnchors[i];
    }

    @Override
    public String toString() {
        return String.format("%s (%.3f, %.3f, %.3f)%s ±%.3f m, rms %.3f m, used %s, excluded %s, dropped %d", quality,
                xMetres, yMetres, zMetres, threeDimensional ? " 3D" : "", radius95Metres(), rmsResidualMetres,
                Arrays.toString(Arrays.copyOf(usedAnchors, usedCount)),
                Arrays.toString(Arrays.copyOf(excludedAnchors, excludedCount)), droppedCount);
    }

    /** Empties this solution for a batch of up to {@code capacity} readings. */
    void reset(int capacity) {
        if (usedAnchors.length < capacity) {
            usedAnchors = new int[capacity];
            residualsMetres = new double[capacity];
            redundancies = new double[capacity];
            excludedAnchors = new int[capacity];
        }
        usedCount = 0;
        excludedCount = 0;
        iterations = 0;
        droppedCount = 0;
    }

    /** Marks this solution as no fix, at a placeholder position. */
    void none(double xMetres, double yMetres, double zMetres, int droppedCount) {
        quality = UwbQuality.NONE;
        position(xMetres, yMetres, zMetres, false);
        covariance(NO_INFORMATION_VARIANCE_M2, 0, NO_INFORMATION_VARIANCE_M2, 0, 0, 0);
        rmsResidualMetres = 0;
        usedCount = 0;
        excludedCount = 0;
        this.droppedCount = droppedCount;
    }

    void quality(UwbQuality quality) {
        this.quality = quality;
    }

    void position(double xMetres, double yMetres, double zMetres, boolean threeDimensional) {
        this.xMetres = xMetres;
        this.yMetres = yMetres;
        this.zMetres = zMetres;
        this.threeDimensional = threeDimensional;
    }

    void covariance(double xx, double xy, double yy, double xz, double yz, double zz) {
        covXX = xx;
        covXY = xy;
        covYY = yy;
        covXZ = xz;
        covYZ = yz;
        covZZ = zz;
    }

    void statistics(double rmsResidualMetres, int iterations, int droppedCount) {
        this.rmsResidualMetres = rmsResidualMetres;
        this.iterations = iterations;
        this.droppedCount = droppedCount;
    }

    void clearAnchors() {
        usedCount = 0;
        excludedCount = 0;
    }

    void addUsed(int anchor, double residualMetres, double redundancy) {
        usedAnchors[usedCount] = anchor;
        residualsMetres[usedCount] = residualMetres;
        redundancies[usedCount] = redundancy;
        usedCount++;
    }

    void addExcluded(int anchor) {
        excludedAnchors[excludedCount++] = anchor;
    }
}
