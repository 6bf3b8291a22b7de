package io.sextant.geometry;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turning points for routes inside a zone. The shortest walk between two points of a polygon bends only at its
 * reflex corners (inner corners of an L-shaped corridor, corners of a pillar), so those corners, moved a clearance
 * into the zone, are all the waypoints a zone needs for shortest paths (a visibility graph), exact but for that
 * clearance. Stateless, thread-safe.
 */
final class InnerCorners {

    private InnerCorners() {
    }

    /**
     * The polygon's reflex corners, each moved {@code clearanceMetres} inwards; corners with no room for that are
     * left out.
     */
    static List<Coordinate> waypoints(Polygon polygon, double clearanceMetres) {
        // normalized, a shell runs clockwise and holes counter-clockwise: the zone is always on the right
        Polygon normalized = (Polygon) polygon.norm();
        List<Coordinate> waypoints = new ArrayList<>();
        addWaypoints(normalized.getExteriorRing(), polygon, clearanceMetres, waypoints);
        for (int i = 0; i < normalized.getNumInteriorRing(); i++) {
            addWaypoints(normalized.getInteriorRingN(i), polygon, clearanceMetres, waypoints);
        }
        return waypoints;
    }

    private static void addWaypoints(LinearRing ring, Polygon polygon, double clearanceMetres, List<Coordinate> out) {
        Coordinate[] points = ring.getCoordinates();
        int n = points.length - 1;
        for (int i = 0; i < n; i++) {
            Coordinate previous = points[(i + n - 1) % n], corner = points[i], next = points[(i + 1) % n];
            // with the zone on the right, a left turn is a reflex corner
            if (Orientation.index(previous, corner, next) == Orientation.COUNTERCLOCKWISE) {
                Coordinate waypoint = inset(previous, corner, next, clearanceMetres);
                if (polygon.getFactory().createPoint(waypoint).within(polygon)) {
                    out.add(waypoint);
                }
            }
        }
    }

    /** The corner moved along the mean of its two edges' inward (right-hand) normals. */
    private static Coordinate inset(Coordinate previous, Coordinate corner, Coordinate next, double clearanceMetres) {
        double inX = corner.x - previous.x, inY = corner.y - previous.y, inLength = Math.hypot(inX, inY);
        double outX = next.x - corner.x, outY = next.y - corner.y, outLength = Math.hypot(outX, outY);
        double normalX = inY / inLength + outY / outLength;
        double normalY = -inX / inLength - outX / outLength;
        double length = Math.hypot(normalX, normalY);
        double scale = clearanceMetres / length;
        return new Coordinate(corner.x + normalX * scale, corner.y + normalY * scale);
    }
}
