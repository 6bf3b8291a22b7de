package io.sextant.engine;

import java.util.Arrays;

import org.locationtech.jts.geom.Envelope;

import io.sextant.engine.BleSolution.Quality;

/**
 * Weighted least squares BLE positioning on one floor: finds the (x, y) whose expected RSSIs under a
 * {@link BlePathLoss} best match the measured ones.
 * <p>
 * Residuals are taken in dB, measured minus expected, each weighted by 1 / sigma² of its device's shadowing, so walls
 * enter simply as expected losses. The search starts at the centroid of the {@link Settings#startDevices()} devices
 * with the shortest free-space range, weighted by 1 / range², or at a prior (a tracker's prediction) if that fits
 * the readings better, and runs Levenberg-Marquardt: 2 x 2 normal equations, Marquardt's diagonal scaling,
 * Nielsen's damping update, the step length cut to a quarter after each failed step (a wall's ramp overshot), every
 * trial clamped to the floor by a {@link BleOutlineClamp}. It stops when a step or its promised gain becomes
 * negligible, or when a step shorter than one lattice cell fails.
 * <p>
 * Known limit: under a ceiling-mounted device the model is flat, and with few other devices, or devices nearly in
 * line, the fit can have a mirror minimum on the far side of the strongest device; the search does not restart
 * there (measured: it costs 40 % more time for no gain in accuracy under 6 dB shadowing), and the 95 % radius,
 * which describes the minimum found, does not cover the other.
 * <p>
 * Covariance: with J the Jacobian of the expected RSSIs in dB per metre and W the weights in 1/dB², the normal
 * matrix JᵀWJ is in 1/m², so its inverse is the position covariance in m² - a shadowing sigma turns into metres
 * through the local slope of the path-loss curve, 10 n / (d ln 10) dB per metre, so ranging errors grow linearly
 * with distance. It is inflated by the reduced chi-square when the fit is worse than the sigmas promise.
 * <p>
 * Not thread-safe: it reuses its workspace across calls. Create one per worker thread; the model is shared.
 */
public final class BleSolver {

    /**
     * @param maxIterations Levenberg-Marquardt iterations at most (default 20; 4-7 are typical)
     * @param startDevices devices in the starting centroid (default 6)
     * @param maxGoodFitRatio largest root-mean-square of residuals in sigmas for a GOOD solution (default 2)
     * @param maxGoodAccuracyMetres largest 95 % radius for a GOOD solution (default 10 m: a room and its doorway)
     */
    public record Settings(int maxIterations, int startDevices, double maxGoodFitRatio, double maxGoodAccuracyMetres) {

        public static final Settings DEFAULTS = new Settings(20, 6, 2, 10);

        public Settings {
            if (maxIterations < 1 || startDevices < 1 || !(maxGoodFitRatio > 0) || !(maxGoodAccuracyMetres > 0)) {
                throw new IllegalArgumentException("BLE solver settings " + maxIterations + " iterations, "
                        + startDevices + " start devices, fit ratio " + maxGoodFitRatio + ", accuracy "
                        + maxGoodAccuracyMetres + " m; expected all > 0");
            }
        }
    }

    /** sqrt of the chi-square 95 % quantile with 2 degrees of freedom: a circle through the error ellipse's tip. */
    private static final double CIRCLE_95 = 2.4477;
    /** Steps and relative gains below these are noise next to BLE's metre-scale errors. */
    private static final double MIN_STEP_METRES = 0.005, RELATIVE_GAIN = 1e-3;
    private static final double INITIAL_REACH_METRES = 1e3, LN_10 = Math.log(10);
    private static final double INITIAL_DAMPING = 1e-3, MAX_DAMPING = 1e8, DAMPING_FLOOR_PER_SQUARE_METRE = 1e-9;

    private final BlePathLoss model;
    private final BleOutlineClamp outline;
    private final Settings settings;
    private final double centreX, centreY, diagonalMetres;
    /** One lattice cell: the walls' attenuation is a blend at that scale, so searching finer gains nothing. */
    private final double resolutionMetres;

    private int[] device = new int[16];
    private double[] measuredDbm = new double[16], weight = new double[16], logRange = new double[16];
    private double[] expectedDbm = new double[16], gradient = new double[32];
    private int used;
    private double tagHeightMetres;
    private final double[] point = new double[2];
    /** Normal equations and sums at the last evaluated position. */
    private double n11, n12, n22, g1, g2, chiSquare, squaredDb;

    public BleSolver(BlePathLoss model) {
        this(model, Settings.DEFAULTS);
    }

    public BleSolver(BlePathLoss model, Settings settings) {
        this.model = model;
        this.outline = model.grid().outline();
        this.settings = settings;
        BleLattice lattice = model.grid().lattice();
        Envelope box = new Envelope(lattice.nodeX(0), lattice.nodeX(lattice.columns() - 1), lattice.nodeY(0),
                lattice.nodeY(lattice.rows() - 1));
        centreX = box.centre().x;
        centreY = box.centre().y;
        diagonalMetres = Math.hypot(box.getWidth(), box.getHeight());
        resolutionMetres = lattice.cellMetres();
    }

    /** Solves from the centroid of the nearest-sounding devices. Never throws on bad observations. */
    public BleSolution solve(BleObservations observations) {
        return solve(observations, Double.NaN, Double.NaN);
    }

    /**
     * Solves from a prior position (a tracker's prediction) unless the centroid start fits the readings better; a
     * non-finite prior means none. Never throws on bad observations.
     */
    public BleSolution solve(BleObservations observations, double priorX, double priorY) {
        used = collect(observations);
        boolean hasPrior = Double.isFinite(priorX) && Double.isFinite(priorY);
        if (used < 3) {
            return used > 0 ? none(centroidX(used), centroidY(used))
                    : hasPrior ? none(priorX, priorY) : none(centreX, centreY);
        }
        startAtCentroid();
        if (hasPrior) {
            // a stale or wrong prior can sit in another basin; start from whichever fits better
            double centroidX = point[0], centroidY = point[1], centroidChi = evaluate(centroidX, centroidY);
            outline.clamp(priorX, priorY, point);
            if (evaluate(point[0], point[1]) > centroidChi) {
                point[0] = centroidX;
                point[1] = centroidY;
            }
        }
        return minimise(point[0], point[1]);
    }

    private int collect(BleObservations observations) {
        tagHeightMetres = observations.tagHeightMetres();
        ensureCapacity(observations.count());
        int count = 0;
        for (int i = 0; i < observations.count(); i++) {
            int d = observations.deviceIndex(i);
            double rssiDbm = observations.rssiDbm(i);
            if (d >= 0 && d < model.deviceCount() && BlePathLoss.isPlausibleRssi(rssiDbm)) {
                double sigmaDb = model.shadowingSigmaDb(d);
                device[count] = d;
                measuredDbm[count] = rssiDbm;
                weight[count] = 1 / (sigmaDb * sigmaDb);
                logRange[count++] = model.log10RangeMetres(d, rssiDbm);
            }
        }
        return count;
    }

    private void startAtCentroid() {
        // weights 1/range² (ranges below 1 m as 1 m): the strongest-sounding devices dominate, as they should,
        // without one taking over; each pick marks its range infinite, as the ranges are not needed after the start
        double sumW = 0, sumX = 0, sumY = 0;
        for (int taken = 0; taken < Math.min(settings.startDevices(), used); taken++) {
            int nearest = 0;
            for (int k = 1; k < used; k++) {
                nearest = logRange[k] < logRange[nearest] ? k : nearest;
            }
            double w = Math.exp(-2 * LN_10 * Math.max(0, logRange[nearest]));
            logRange[nearest] = Double.POSITIVE_INFINITY;
            sumW += w;
            sumX += w * model.deviceX(device[nearest]);
            sumY += w * model.deviceY(device[nearest]);
        }
        outline.clamp(sumX / sumW, sumY / sumW, point);
    }

    private BleSolution minimise(double startX, double startY) {
        double x = startX, y = startY, damping = INITIAL_DAMPING, growth = 2, reachMetres = INITIAL_REACH_METRES;
        boolean converged = false;
        int iteration = 0;
        evaluate(x, y);
        while (!converged && iteration < settings.maxIterations()) {
            iteration++;
            dampedStep(x, y, damping, reachMetres);
            double dx = point[0] - x, dy = point[1] - y, stepMetres = Math.hypot(dx, dy);
            // the decrease the linear model promises for the step actually taken (it may have been clamped)
            double promised = 2 * (dx * g1 + dy * g2) - (dx * dx * n11 + 2 * dx * dy * n12 + dy * dy * n22);
            if (!(stepMetres >= MIN_STEP_METRES) || !(promised > minGain())) {
                converged = true;
                break;
            }
            double s11 = n11, s12 = n12, s22 = n22, sg1 = g1, sg2 = g2, sChi = chiSquare, sSq = squaredDb;
            double gainRatio = (sChi - evaluate(point[0], point[1])) / promised;
            if (gainRatio > 0) {
                x = point[0];
                y = point[1];
                // Nielsen's update: relax the damping the better the linear model predicted the gain
                double cube = 2 * gainRatio - 1;
                damping *= Math.max(1.0 / 3, 1 - cube * cube * cube);
                growth = 2;
                reachMetres = Math.max(reachMetres, 2 * stepMetres);
                converged = sChi - chiSquare < minGain();
            } else {
                n11 = s11; n12 = s12; n22 = s22; g1 = sg1; g2 = sg2; chiSquare = sChi; squaredDb = sSq;
                // a wall's ramp or the outline was overshot: retry a quarter as far, and damp more; a short step
                // failing means the minimum is within a cell, where walls are blends anyway
                reachMetres = stepMetres / 4;
                damping *= growth;
                growth *= 2;
                converged = damping > MAX_DAMPING || stepMetres < resolutionMetres;
            }
        }
        return solution(x, y, converged, iteration);
    }

    /** Writes into {@code point} the damped Gauss-Newton step from (x, y), cut to the reach, clamped to the floor. */
    private void dampedStep(double x, double y, double damping, double reachMetres) {
        double a = n11 + damping * (n11 + DAMPING_FLOOR_PER_SQUARE_METRE);
        double c = n22 + damping * (n22 + DAMPING_FLOOR_PER_SQUARE_METRE);
        double det = a * c - n12 * n12;
        double sx = (c * g1 - n12 * g2) / det, sy = (a * g2 - n12 * g1) / det;
        double length = Math.hypot(sx, sy), shrink = length > reachMetres ? reachMetres / length : 1;
        outline.clamp(x + sx * shrink, y + sy * shrink, point);
    }

    /** The chi-square gain not worth another iteration. */
    private double minGain() {
        return RELATIVE_GAIN * chiSquare;
    }

    /** Sets the normal equations, chi-square and squared residuals at (x, y); returns the chi-square. */
    private double evaluate(double x, double y) {
        model.expectedRssiDbm(device, used, x, y, tagHeightMetres, expectedDbm, gradient);
        double a = 0, b = 0, c = 0, u = 0, v = 0, chi = 0, sq = 0;
        for (int k = 0; k < used; k++) {
            double residualDb = measuredDbm[k] - expectedDbm[k];
            double w = weight[k], jx = gradient[2 * k], jy = gradient[2 * k + 1];
            a += w * jx * jx;
            b += w * jx * jy;
            c += w * jy * jy;
            u += w * jx * residualDb;
            v += w * jy * residualDb;
            chi += w * residualDb * residualDb;
            sq += residualDb * residualDb;
        }
        n11 = a; n12 = b; n22 = c; g1 = u; g2 = v; chiSquare = chi; squaredDb = sq;
        return chi;
    }

    private BleSolution solution(double x, double y, boolean converged, int iterations) {
        double det = n11 * n22 - n12 * n12, trace = n11 + n22;
        if (!(det > 1e-12 * trace * trace)) {
            return new BleSolution(Quality.NONE, x, y, 0, 0, 0, diagonalMetres, rms(), used, iterations);
        }
        double inflation = Math.max(1, chiSquare / (used - 2));
        double vxx = n22 / det * inflation, vxy = -n12 / det * inflation, vyy = n11 / det * inflation;
        double half = (vxx - vyy) / 2;
        double accuracyMetres = CIRCLE_95 * Math.sqrt((vxx + vyy) / 2 + Math.sqrt(half * half + vxy * vxy));
        if (!(accuracyMetres <= diagonalMetres)) {
            return new BleSolution(Quality.NONE, x, y, 0, 0, 0, diagonalMetres, rms(), used, iterations);
        }
        boolean good = converged && used >= 4 && accuracyMetres <= settings.maxGoodAccuracyMetres()
                && Math.sqrt(chiSquare / used) <= settings.maxGoodFitRatio();
        return new BleSolution(good ? Quality.GOOD : Quality.LOW, x, y, vxx, vxy, vyy, accuracyMetres, rms(), used,
                iterations);
    }

    private double rms() {
        return Math.sqrt(squaredDb / used);
    }

    private BleSolution none(double x, double y) {
        outline.clamp(x, y, point);
        return new BleSolution(Quality.NONE, point[0], point[1], 0, 0, 0, diagonalMetres, 0, used, 0);
    }

    private double centroidX(int count) {
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += model.deviceX(device[k]);
        }
        return sum / count;
    }

    private double centroidY(int count) {
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += model.deviceY(device[k]);
        }
        return sum / count;
    }

    private void ensureCapacity(int count) {
        if (count > device.length) {
            device = Arrays.copyOf(device, count);
            measuredDbm = Arrays.copyOf(measuredDbm, count);
            weight = Arrays.copyOf(weight, count);
            logRange = Arrays.copyOf(logRange, count);
            expectedDbm = Arrays.copyOf(expectedDbm, count);
            gradient = Arrays.copyOf(gradient, 2 * count);
        }
    }
}
