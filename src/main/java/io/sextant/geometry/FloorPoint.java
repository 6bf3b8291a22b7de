package io.sextant.geometry;

import java.util.Objects;

/**
 * A point on a floor of a site: the floor's id and metres in the building frame. Immutable, thread-safe.
 *
 * @param floorId a floor of the site
 * @param x metres east
 * @param y metres north
 */
public record FloorPoint(String floorId, double x, double y) {

    public FloorPoint {
        Objects.requireNonNull(floorId, "floorId");
    }

    /** Straight-line distance to another point, metres; infinite when on different floors. */
    public double distanceMetres(FloorPoint other) {
        return floorId.equals(other.floorId) ? Math.hypot(x - other.x, y - other.y) : Double.POSITIVE_INFINITY;
    }
}
