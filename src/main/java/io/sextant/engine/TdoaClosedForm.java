package io.sextant.engine;

import java.util.Arrays;

/**
 * Closed-form starts for a TDoA fix at a known tag height, offered to a {@link UwbStart}, which keeps the one
 * with the lowest robust loss.
 * <p>
 * With the reference anchor (the earliest arrival) at the origin, unknowns u, v (the tag's horizontal offset
 * from it) and r1 (its distance to it), each other anchor i gives the linear equation
 * {@code Xi u + Yi v + di r1 = hi = (Xi² + Yi² + ζi² − ζ1² − di²) / 2}, with di the range difference and ζ the
 * height differences, subject to r1² = u² + v² + ζ1².
 * <ul>
 * <li>Chan and Ho ("A simple and efficient estimator for hyperbolic location", IEEE Trans. Signal Processing
 * 42(8), 1994), from 4 anchors. Stage 1 solves the equations for (u, v, r1) by weighted least squares, twice:
 * weighted by the differences' covariance σ²(I + 11ᵀ), then also by the distances the first pass found. Stage 2
 * refines (u², v²) with the constraint. Both stages are offered: stage 1 alone is the linearised least
 * squares to fall back on when stage 2 cannot divide by a coordinate too close to the reference's.</li>
 * <li>Spherical intersection, from 3 anchors: least squares gives (u, v) linear in r1, and the constraint a
 * quadratic in r1. It stays well conditioned where Chan's stage 1 does not (4 anchors in a symmetric layout,
 * tag near the middle, where every di is near 0). From 4 anchors both valid roots are offered. From 3 the
 * equations are exact, so the loss cannot choose: only the root nearer the prior (or else the anchors'
 * centroid) is offered.</li>
 * </ul>
 * Reads the fit's readings; allocation-free; not thread-safe.
 */
final class TdoaClosedForm {

    private static final int S = UwbLinearAlgebra.STRIDE;
    /** Stage 2 divides by the stage 1 coordinates; below this they are too close to the reference for it. */
    private static final double MIN_STAGE_TWO_METRES = 0.01;

    private final double[] normal = new double[S * S];
    private final double[] stageOneNormal = new double[S * S];
    private final double[] rightHandSide = new double[S];
    private final double[] solution = new double[S];
    /** Stage 2's B' = diag(u, v, r1). */
    private final double[] scale = new double[3];

    private UwbLeastSquares fit;
    private UwbStart start;
    private int ref;
    private double zetaRef;

    /** Offers the fit its closed-form starts for tag height {@code zMetres}. */
    void offerStarts(UwbLeastSquares readings, UwbStart starts, double zMetres, double priorXMetres,
            double priorYMetres) {
        fit = readings;
        start = starts;
        ref = earliest();
        zetaRef = zMetres - fit.az[ref];
        if (fit.count >= 4 && stageOne(zMetres, 0, 0, false) && stageOne(zMetres, solution[0], solution[1], true)) {
            start.offer(fit.ax[ref] + solution[0], fit.ay[ref] + solution[1]);
            stageTwo(solution[0], solution[1], solution[2]);
        }
        sphericalIntersection(zMetres, priorXMetres, priorYMetres);
    }

    private int earliest() {
        int earliest = 0;
        for (int i = 1; i < fit.count; i++) {
            if (fit.measured[i] < fit.measured[earliest]) {
                earliest = i;
            }
        }
        return earliest;
    }

    /**
     * Weighted least squares for (u, v, r1). The weight matrix B⁻¹(I − 11ᵀ/n)B⁻¹ is applied through scaled rows
     * and their sums, as Σg̃g̃ᵀ − (Σg̃)(Σg̃)ᵀ / n, so that no n x n matrix is formed.
     */
    private boolean stageOne(double z, double u0, double v0, boolean scaleByDistance) {
        Arrays.fill(normal, 0);
        Arrays.fill(rightHandSide, 0);
        double sumX = 0;
        double sumY = 0;
        double sumD = 0;
        double sumH = 0;
        for (int i = 0; i < fit.count; i++) {
            if (i == ref) {
                continue;
            }
            double bigX = fit.ax[i] - fit.ax[ref];
            double bigY = fit.ay[i] - fit.ay[ref];
            double zeta = z - fit.az[i];
            double scaling = 1;
            if (scaleByDistance) {
                double du = u0 - bigX;
                double dv = v0 - bigY;
                scaling = 1 / Math.max(Math.sqrt(du * du + dv * dv + zeta * zeta), MIN_STAGE_TWO_METRES);
            }
            double d = difference(i);
            double h = constant(i, z);
            addOuter(bigX * scaling, bigY * scaling, d * scaling, h * scaling, 1);
            sumX += bigX * scaling;
            sumY += bigY * scaling;
            sumD += d * scaling;
            sumH += h * scaling;
        }
        addOuter(sumX, sumY, sumD, sumH, -1.0 / fit.count);
        System.arraycopy(normal, 0, stageOneNormal, 0, normal.length);
        return UwbLinearAlgebra.solve(normal, 3, rightHandSide, solution);
    }

    /**
     * Refines (u², v²) from h' = [u², v², r1² − ζ1²] = G' z' with G' = [[1, 0], [0, 1], [1, 1]], weighted by
     * (B' Φ B')⁻¹ = B'⁻¹ Φ⁻¹ B'⁻¹, Φ⁻¹ being stage 1's normal matrix, and keeps the signs of stage 1.
     */
    private void stageTwo(double u, double v, double r1) {
        if (Math.abs(u) < MIN_STAGE_TWO_METRES || Math.abs(v) < MIN_STAGE_TWO_METRES
                || Math.abs(r1) < MIN_STAGE_TWO_METRES) {
            return;
        }
        scale[0] = u;
        scale[1] = v;
        scale[2] = r1;
        double a00 = w(0, 0) + 2 * w(0, 2) + w(2, 2);
        double a01 = w(0, 1) + w(0, 2) + w(1, 2) + w(2, 2);
        double a11 = w(1, 1) + 2 * w(1, 2) + w(2, 2);
        double h0 = u * u;
        double h1 = v * v;
        double h2 = r1 * r1 - zetaRef * zetaRef;
        double c0 = (w(0, 0) + w(2, 0)) * h0 + (w(0, 1) + w(2, 1)) * h1 + (w(0, 2) + w(2, 2)) * h2;
        double c1 = (w(1, 0) + w(2, 0)) * h0 + (w(1, 1) + w(2, 1)) * h1 + (w(1, 2) + w(2, 2)) * h2;
        double det = a00 * a11 - a01 * a01;
        double uu = (a11 * c0 - a01 * c1) / det;
        double vv = (a00 * c1 - a01 * c0) / det;
        if (uu >= 0 && vv >= 0) {
            start.offer(fit.ax[ref] + Math.copySign(Math.sqrt(uu), u), fit.ay[ref] + Math.copySign(Math.sqrt(vv), v));
        }
    }

    /** Stage 2's weight (B'⁻¹ Φ⁻¹ B'⁻¹)[j][k], from the lower triangle of Φ⁻¹. */
    private double w(int j, int k) {
        double inverseCovariance = j >= k ? stageOneNormal[j * S + k] : stageOneNormal[k * S + j];
        return inverseCovariance / (scale[j] * scale[k]);
    }

    private void sphericalIntersection(double z, double priorX, double priorY) {
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        double hx = 0;
        double hy = 0;
        double dx = 0;
        double dy = 0;
        for (int i = 0; i < fit.count; i++) {
            if (i != ref) {
                double bigX = fit.ax[i] - fit.ax[ref];
                double bigY = fit.ay[i] - fit.ay[ref];
                double h = constant(i, z);
                double d = difference(i);
                sxx += bigX * bigX;
                sxy += bigX * bigY;
                syy += bigY * bigY;
                hx += bigX * h;
                hy += bigY * h;
                dx += bigX * d;
                dy += bigY * d;
            }
        }
        double det = sxx * syy - sxy * sxy;
        if (!(det > 1e-12 * (sxx + syy) * (sxx + syy))) {
            return;
        }
        // (u, v) = p + q r1 = M⁻¹ (Σ[X Y] h − Σ[X Y] d r1)
        double pu = (syy * hx - sxy * hy) / det;
        double pv = (sxx * hy - sxy * hx) / det;
        double qu = -(syy * dx - sxy * dy) / det;
        double qv = -(sxx * dy - sxy * dx) / det;
        // r1² = |p + q r1|² + ζ1², as a r1² + 2 bHalf r1 + c = 0
        double a = qu * qu + qv * qv - 1;
        double bHalf = pu * qu + pv * qv;
        double c = pu * pu + pv * pv + zetaRef * zetaRef;
        double discriminant = bHalf * bHalf - a * c;
        if (!(discriminant >= 0)) {
            return;
        }
        double root = Math.sqrt(discriminant);
        double first = Math.abs(a) < 1e-12 ? -c / (2 * bHalf) : (-bHalf - root) / a;
        double second = Math.abs(a) < 1e-12 ? first : (-bHalf + root) / a;
        boolean firstValid = first >= 0;
        boolean secondValid = second >= 0 && second != first;
        if (fit.count == 3 && firstValid && secondValid) {
            boolean hasPrior = Double.isFinite(priorX) && Double.isFinite(priorY);
            double targetX = hasPrior ? priorX : centroid(fit.ax);
            double targetY = hasPrior ? priorY : centroid(fit.ay);
            double firstDistance = squaredDistance(pu + qu * first, pv + qv * first, targetX, targetY);
            double secondDistance = squaredDistance(pu + qu * second, pv + qv * second, targetX, targetY);
            firstValid = firstDistance <= secondDistance;
            secondValid = !firstValid;
        }
        if (firstValid) {
            start.offer(fit.ax[ref] + pu + qu * first, fit.ay[ref] + pv + qv * first);
        }
        if (secondValid) {
            start.offer(fit.ax[ref] + pu + qu * second, fit.ay[ref] + pv + qv * second);
        }
    }

    /** di: the range difference of reading i against the reference, metres. */
    private double difference(int i) {
        return fit.measured[i] - fit.measured[ref];
    }

    /** hi, with the height differences at tag height z folded in. */
    private double constant(int i, double z) {
        double bigX = fit.ax[i] - fit.ax[ref];
        double bigY = fit.ay[i] - fit.ay[ref];
        double zeta = z - fit.az[i];
        double d = difference(i);
        return 0.5 * (bigX * bigX + bigY * bigY + zeta * zeta - zetaRef * zetaRef - d * d);
    }

    private double squaredDistance(double u, double v, double targetX, double targetY) {
        double dx = fit.ax[ref] + u - targetX;
        double dy = fit.ay[ref] + v - targetY;
        return dx * dx + dy * dy;
    }

    private double centroid(double[] values) {
        double sum = 0;
        for (int i = 0; i < fit.count; i++) {
            sum += values[i];
        }
        return sum / fit.count;
    }

    private void addOuter(double g0, double g1, double g2, double h, double weight) {
        normal[0] += weight * g0 * g0;
        normal[S] += weight * g1 * g0;
        normal[S + 1] += weight * g1 * g1;
        normal[2 * S] += weight * g2 * g0;
        normal[2 * S + 1] += weight * g2 * g1;
        normal[2 * S + 2] += weight * g2 * g2;
        rightHandSide[0] += weight * g0 * h;
        rightHandSide[1] += weight * g1 * h;
        rightHandSide[2] += weight * g2 * h;
    }
}
