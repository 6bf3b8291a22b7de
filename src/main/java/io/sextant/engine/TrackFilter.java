package io.sextant.engine;

/**
 * Constant-velocity Kalman filter for one tag at a time: a pure function from the previous
 * {@link TrackState} and a measured position (with its covariance) to the next state. The
 * process noise is white acceleration; a measurement whose innovation is statistically
 * implausible AND would need a speed the tag cannot reach is refused, and after too many refusals
 * in a row the track restarts at the measurement (the tag really moved while unheard).
 * A tag whose estimate stays within a small radius for several updates is stationary: it gets a
 * tenth of the process noise, so its fix settles instead of wandering with the measurement noise.
 * Immutable and thread-safe.
 */
public final class TrackFilter {

    /**
     * @param accelerationSigma white-noise acceleration, m/s² (people ~1, beds and pumps ~0.5)
     * @param maxSpeedMetresPerSecond the fastest the tag can plausibly move
     * @param gateChiSquare Mahalanobis gate on the innovation (13.8: 99.9 % for 2 degrees of freedom)
     * @param maxRejections refusals in a row after which the track restarts at the measurement
     * @param stillRadiusMetres how far the estimate may wander and still count as keeping still
     * @param stillUpdates updates within {@code stillRadiusMetres} after which the tag is stationary
     */
    public record Settings(double accelerationSigma, double maxSpeedMetresPerSecond, double gateChiSquare,
            int maxRejections, double stillRadiusMetres, int stillUpdates) {

        public static final Settings PEOPLE = new Settings(1.0, 3.0, 13.8, 5, 0.3, 10);
        public static final Settings EQUIPMENT = new Settings(0.5, 2.5, 13.8, 5, 0.3, 10);
    }

    /** The outcome: the new state, and whether the measurement was used. */
    public record Update(TrackState state, boolean accepted) {
    }

    private static final double STATIONARY_NOISE_FACTOR = 0.1;
    private static final double MAX_PREDICTION_SECONDS = 30;

    private final Settings settings;

    public TrackFilter(Settings settings) {
        this.settings = settings;
    }

    /** Starts a track at a measurement, at rest, with the velocity uncertain up to the top speed. */
    public TrackState start(long timeMicros, String floorId, double x, double y, double cxx, double cxy, double cyy) {
        double v = 0.5 * settings.maxSpeedMetresPerSecond();
        return new TrackState(timeMicros, floorId, x, y, 0, 0, cxx, cxy, 0, 0, cyy, 0, 0, v * v, 0, v * v, x, y, 0, 0);
    }

    /**
     * Folds a measured position into the track. A measurement older than the track, or on another
     * floor, restarts nothing: the caller decides floors; here it is simply not used.
     */
    public Update update(TrackState track, long timeMicros, double x, double y, double cxx, double cxy, double cyy) {
        double dt = (timeMicros - track.timeMicros()) / 1e6;
        if (dt < 0) {
            return new Update(track, false);
        }
        double[] s = { track.x(), track.y(), track.vx(), track.vy() };
        double[] p = matrix(track);
        boolean still = track.stillCount() >= settings.stillUpdates();
        predict(s, p, Math.min(dt, MAX_PREDICTION_SECONDS), still);

        double nx = x - s[0];
        double ny = y - s[1];
        double sxx = p[0] + cxx;
        double sxy = p[1] + cxy;
        double syy = p[5] + cyy;
        double det = sxx * syy - sxy * sxy;
        if (!(det > 0)) {
            return new Update(track, false);
        }
        double ixx = syy / det;
        double ixy = -sxy / det;
        double iyy = sxx / det;
        double mahalanobis = nx * (ixx * nx + ixy * ny) + ny * (ixy * nx + iyy * ny);
        if (mahalanobis > settings.gateChiSquare() && impossibleMove(track, x, y, dt, cxx + cyy)) {
            if (track.rejectedCount() + 1 >= settings.maxRejections()) {
                return new Update(start(timeMicros, track.floorId(), x, y, cxx, cxy, cyy), true);
            }
            return new Update(withRejection(track), false);
        }
        // Kalman gain K = P Hᵀ S⁻¹ (4x2), rows over x, y, vx, vy.
        double[] k = new double[8];
        for (int r = 0; r < 4; r++) {
            double prx = p[r * 4];
            double pry = p[r * 4 + 1];
            k[r * 2] = prx * ixx + pry * ixy;
            k[r * 2 + 1] = prx * ixy + pry * iyy;
        }
        for (int r = 0; r < 4; r++) {
            s[r] += k[r * 2] * nx + k[r * 2 + 1] * ny;
        }
        // P' = P - K S Kᵀ, kept symmetric by construction.
        double[] updated = new double[16];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                double ksk = k[r * 2] * (sxx * k[c * 2] + sxy * k[c * 2 + 1]) + k[r * 2 + 1] * (sxy * k[c * 2] + syy * k[c * 2 + 1]);
                updated[r * 4 + c] = p[r * 4 + c] - ksk;
            }
        }
        boolean stayed = Math.hypot(s[0] - track.stillX(), s[1] - track.stillY()) < settings.stillRadiusMetres();
        return stayed
                ? new Update(state(timeMicros, track.floorId(), s, updated, track.stillX(), track.stillY(), track.stillCount() + 1), true)
                : new Update(state(timeMicros, track.floorId(), s, updated, s[0], s[1], 0), true);
    }

    private boolean impossibleMove(TrackState track, double x, double y, double dt, double measurementVariance) {
        double jump = Math.hypot(x - track.x(), y - track.y());
        double slack = 3 * Math.sqrt(measurementVariance + track.pxx() + track.pyy());
        return jump - slack > settings.maxSpeedMetresPerSecond() * dt;
    }

    private void predict(double[] s, double[] p, double dt, boolean still) {
        double q = settings.accelerationSigma() * settings.accelerationSigma() * (still ? STATIONARY_NOISE_FACTOR : 1);
        s[0] += s[2] * dt;
        s[1] += s[3] * dt;
        // P = F P Fᵀ + Q for F = [[I, dt I], [0, I]].
        double[] f = { 1, 0, dt, 0, 0, 1, 0, dt, 0, 0, 1, 0, 0, 0, 0, 1 };
        double[] fp = new double[16];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                double sum = 0;
                for (int i = 0; i < 4; i++) {
                    sum += f[r * 4 + i] * p[i * 4 + c];
                }
                fp[r * 4 + c] = sum;
            }
        }
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                double sum = 0;
                for (int i = 0; i < 4; i++) {
                    sum += fp[r * 4 + i] * f[c * 4 + i];
                }
                p[r * 4 + c] = sum;
            }
        }
        double dt2 = dt * dt;
        double qpp = q * dt2 * dt / 3;
        double qpv = q * dt2 / 2;
        double qvv = q * dt;
        p[0] += qpp;
        p[5] += qpp;
        p[2] += qpv;
        p[8] += qpv;
        p[7] += qpv;
        p[13] += qpv;
        p[10] += qvv;
        p[15] += qvv;
    }

    private static double[] matrix(TrackState t) {
        return new double[] {
                t.pxx(), t.pxy(), t.pxvx(), t.pxvy(),
                t.pxy(), t.pyy(), t.pyvx(), t.pyvy(),
                t.pxvx(), t.pyvx(), t.pvxvx(), t.pvxvy(),
                t.pxvy(), t.pyvy(), t.pvxvy(), t.pvyvy() };
    }

    private static TrackState state(long timeMicros, String floorId, double[] s, double[] p, double stillX, double stillY,
            int stillCount) {
        return new TrackState(timeMicros, floorId, s[0], s[1], s[2], s[3],
                p[0], 0.5 * (p[1] + p[4]), 0.5 * (p[2] + p[8]), 0.5 * (p[3] + p[12]),
                p[5], 0.5 * (p[6] + p[9]), 0.5 * (p[7] + p[13]),
                p[10], 0.5 * (p[11] + p[14]), p[15], stillX, stillY, stillCount, 0);
    }

    private static TrackState withRejection(TrackState t) {
        return new TrackState(t.timeMicros(), t.floorId(), t.x(), t.y(), t.vx(), t.vy(), t.pxx(), t.pxy(), t.pxvx(), t.pxvy(),
                t.pyy(), t.pyvx(), t.pyvy(), t.pvxvx(), t.pvxvy(), t.pvyvy(), t.stillX(), t.stillY(), t.stillCount(),
                t.rejectedCount() + 1);
    }
}
