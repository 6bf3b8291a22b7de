package io.sextant.geometry;

import java.util.Objects;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * A door or doorway on a wall, joining two zones of the same floor. Its location is either the line of the gap
 * or, when a plan only marks doors, a point at the middle of a door {@link #POINT_WIDTH_METRES} wide.
 * Immutable, thread-safe (the location must not be changed once the opening is built).
 *
 * @param id stable id, unique within the site
 * @param location a {@link LineString} across the gap or a {@link Point} at its middle, building frame
 * @param firstZoneId a zone on one side
 * @param secondZoneId the zone on the other side
 * @param exitDoor whether this is an emergency or building exit
 */
public record Opening(String id, Geometry location, String firstZoneId, String secondZoneId, boolean exitDoor) {

    /** Width assumed for an opening given as a point: a standard single hospital door leaf. */
    public static final double POINT_WIDTH_METRES = 0.9;

    public Opening {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location of opening " + id);
        Objects.requireNonNull(firstZoneId, "firstZoneId of opening " + id);
        Objects.requireNonNull(secondZoneId, "secondZoneId of opening " + id);
        if (!(location instanceof LineString || location instanceof Point) || location.isEmpty()) {
            throw new IllegalArgumentException("opening '" + id + "' is located by a " + location.getGeometryType()
                    + (location.isEmpty() ? " (empty)" : "") + "; expected a non-empty LineString or Point");
        }
    }

    /** The middle of the gap: where a route passes through. */
    public Coordinate midpoint() {
        if (location instanceof LineString line) {
            return new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
        }
        return location.getCoordinate().copy();
    }

    /** Clear width of the gap, metres. */
    public double widthMetres() {
        return location instanceof LineString line ? line.getLength() : POINT_WIDTH_METRES;
    }

    /** Whether one of its two sides is the given zone. */
    public boolean joins(String zoneId) {
        return firstZoneId.equals(zoneId) || secondZoneId.equals(zoneId);
    }
}
