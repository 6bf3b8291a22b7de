package io.sextant.sim;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.locationtech.jts.geom.Coordinate;

import io.sextant.geometry.Anchor;

/**
 * Cramér–Rao bounds on 2D UWB positioning with a known tag height: no unbiased estimator from Gaussian, unbiased
 * measurements does better, so a solver's error on noise-only simulated data is judged against them.
 * <p>
 * Two-way ranging: {@code r_i = sqrt((x-x_i)^2 + (y-y_i)^2 + (z-z_i)^2)} with z known, so the gradient of a range
 * with respect to (x, y) is {@code g_i = (x-x_i, y-y_i) / r_i}: the horizontal unit vector shortened by the cosine
 * of the elevation angle, which is why anchors high above a tag inform less. The Fisher information is
 * {@code J = sum g_i g_i^T / sigma_i^2} and the bound is {@code J^-1}.
 * <p>
 * TDoA: range differences {@code d_i = r_i - r_ref} (i ≠ ref) with arrival noise e_i of deviation sigma_i (in
 * metres of path), so {@code d_i} carries {@code e_i - e_ref}: the differences are correlated through the
 * reference, with covariance {@code C = diag(sigma_i^2) + sigma_ref^2 1 1^T}. With {@code h_i = g_i - g_ref},
 * {@code J = H^T C^-1 H}, computed in O(N) by Sherman–Morrison; the result does not depend on which anchor is the
 * reference, as the reference only re-labels the same information.
 * <p>
 * Anchors' z and the tag height share one frame (metres above the floor). Pure functions; thread-safe.
 */
public final class CramerRaoBound {

    private CramerRaoBound() {
    }

    /** The TWR bound with one range deviation for every anchor. */
    public static PositionCovariance twr(List<Anchor> anchors, double sigmaMetres, double x, double y,
            double heightMetres) {
        return twr(anchors, same(anchors, sigmaMetres), x, y, heightMetres);
    }

    /** The TWR bound; {@code sigmasMetres[i]} is the range deviation of {@code anchors.get(i)}. */
    public static PositionCovariance twr(List<Anchor> anchors, double[] sigmasMetres, double x, double y,
            double heightMetres) {
        requireSigmas(anchors, sigmasMetres);
        double xx = 0, xy = 0, yy = 0;
        for (int i = 0; i < anchors.size(); i++) {
            double[] g = gradient(anchors.get(i), x, y, heightMetres);
            double weight = 1 / (sigmasMetres[i] * sigmasMetres[i]);
            xx += weight * g[0] * g[0];
            xy += weight * g[0] * g[1];
            yy += weight * g[1] * g[1];
        }
        return PositionCovariance.inverseOf(xx, xy, yy);
    }

    /** The TDoA bound with one arrival deviation (metres of path) for every anchor; the reference is the first. */
    public static PositionCovariance tdoa(List<Anchor> anchors, double sigmaMetres, double x, double y,
            double heightMetres) {
        return tdoa(anchors, same(anchors, sigmaMetres), 0, x, y, heightMetres);
    }

    /**
     * The TDoA bound.
     *
     * @param sigmasMetres deviation of each anchor's arrival time, in metres of path (seconds times c)
     * @param referenceIndex the anchor all differences are taken against
     */
    public static PositionCovariance tdoa(List<Anchor> anchors, double[] sigmasMetres, int referenceIndex, double x,
            double y, double heightMetres) {
        requireSigmas(anchors, sigmasMetres);
        if (referenceIndex < 0 || referenceIndex >= anchors.size()) {
            throw new IllegalArgumentException("reference anchor index " + referenceIndex + " is not one of the "
                    + anchors.size() + " anchors");
        }
        double[] gRef = gradient(anchors.get(referenceIndex), x, y, heightMetres);
        double xx = 0, xy = 0, yy = 0, sx = 0, sy = 0, precisionSum = 0;
        for (int i = 0; i < anchors.size(); i++) {
            if (i != referenceIndex) {
                double[] g = gradient(anchors.get(i), x, y, heightMetres);
                double hx = g[0] - gRef[0], hy = g[1] - gRef[1], weight = 1 / (sigmasMetres[i] * sigmasMetres[i]);
                xx += weight * hx * hx;
                xy += weight * hx * hy;
                yy += weight * hy * hy;
                sx += weight * hx;
                sy += weight * hy;
                precisionSum += weight;
            }
        }
        // Sherman–Morrison: (D + s^2 11^T)^-1 = D^-1 - s^2 D^-1 11^T D^-1 / (1 + s^2 1^T D^-1 1)
        double refVariance = sigmasMetres[referenceIndex] * sigmasMetres[referenceIndex];
        double shrink = refVariance / (1 + refVariance * precisionSum);
        return PositionCovariance.inverseOf(xx - shrink * sx * sx, xy - shrink * sx * sy, yy - shrink * sy * sy);
    }

    /**
     * The TWR bound on the RMSE over a set of tag positions: the root of the mean of the per-point mean squared
     * error bounds (the RMSE of a benchmark over those points, not the mean of per-point RMSEs).
     */
    public static double twrRmseOverPointsMetres(List<Anchor> anchors, double sigmaMetres, double heightMetres,
            List<Coordinate> points) {
        return rmseOver(points, p -> twr(anchors, sigmaMetres, p.x, p.y, heightMetres).traceSquareMetres());
    }

    /** The TDoA bound on the RMSE over a set of tag positions, as {@link #twrRmseOverPointsMetres}. */
    public static double tdoaRmseOverPointsMetres(List<Anchor> anchors, double sigmaMetres, double heightMetres,
            List<Coordinate> points) {
        return rmseOver(points, p -> tdoa(anchors, sigmaMetres, p.x, p.y, heightMetres).traceSquareMetres());
    }

    private static double rmseOver(List<Coordinate> points, ToDoubleFunction<Coordinate> meanSquaredError) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no points to average the bound over");
        }
        return Math.sqrt(points.stream().mapToDouble(meanSquaredError).sum() / points.size());
    }

    /** d r / d(x, y) for a range with known height; zero for a tag at the anchor, where it is undefined. */
    private static double[] gradient(Anchor anchor, double x, double y, double heightMetres) {
        double dx = x - anchor.x(), dy = y - anchor.y(), dz = heightMetres - anchor.z();
        double rangeMetres = Math.sqrt(dx * dx + dy * dy + dz * dz);
        return rangeMetres == 0 ? new double[2] : new double[] { dx / rangeMetres, dy / rangeMetres };
    }

    private static double[] same(List<Anchor> anchors, double sigmaMetres) {
        double[] sigmas = new double[anchors.size()];
        Arrays.fill(sigmas, sigmaMetres);
        return sigmas;
    }

    private static void requireSigmas(List<Anchor> anchors, double[] sigmasMetres) {
        if (sigmasMetres.length != anchors.size()) {
            throw new IllegalArgumentException(sigmasMetres.length + " range deviations for " + anchors.size()
                    + " anchors; expected one per anchor");
        }
        for (double sigma : sigmasMetres) {
            if (!(sigma > 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("range deviation " + sigma + " m; expected a finite value > 0");
            }
        }
    }
}
