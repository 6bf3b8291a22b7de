package io.sextant.engine;

/**
 * What the tracker remembers of one tag: position and velocity in the floor's frame, their
 * covariance (upper triangle of the 4x4 matrix over x, y, vx, vy), and counters for stationary
 * detection and gating. Immutable; small enough to persist and to restore after a restart.
 *
 * @param timeMicros time of the last update, microseconds since the epoch
 * @param floorId the floor the track is on
 * @param stillX where the tag has been keeping still since {@code stillCount} updates ago
 * @param stillCount consecutive updates that stayed near ({@code stillX}, {@code stillY})
 * @param rejectedCount consecutive measurements refused by the gate
 */
public record TrackState(long timeMicros, String floorId, double x, double y, double vx, double vy,
        double pxx, double pxy, double pxvx, double pxvy, double pyy, double pyvx, double pyvy,
        double pvxvx, double pvxvy, double pvyvy, double stillX, double stillY, int stillCount, int rejectedCount) {

    /** Speed in metres per second. */
    public double speed() {
        return Math.hypot(vx, vy);
    }

    /** The 95 % accuracy radius of the position. */
    public double accuracyMetres() {
        return Accuracy95.radiusMetres(pxx, pxy, pyy);
    }
}
