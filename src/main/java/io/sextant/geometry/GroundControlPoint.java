package io.sextant.geometry;

/**
 * A surveyed point known both in the building frame and on the earth (OMLOX {@code ground_control_points}).
 * Immutable, thread-safe.
 *
 * @param x metres east in the building frame
 * @param y metres north in the building frame
 * @param latitudeDegrees WGS84 latitude
 * @param longitudeDegrees WGS84 longitude
 */
public record GroundControlPoint(double x, double y, double latitudeDegrees, double longitudeDegrees) {

    public GroundControlPoint {
        if (!(Math.abs(latitudeDegrees) < 90)) {
            throw new IllegalArgumentException("ground control point at (" + x + ", " + y + ") has latitude "
                    + latitudeDegrees + "; expected strictly between -90 and 90");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(longitudeDegrees)) {
            throw new IllegalArgumentException("ground control point (" + x + ", " + y + ") -> (" + latitudeDegrees
                    + ", " + longitudeDegrees + ") has a non-finite coordinate");
        }
    }
}
