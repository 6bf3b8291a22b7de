package io.sextant.geometry;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Where on a floor a person can stand: the union of its zones. Snaps positions that a solver put in a wall, a shaft
 * or outside the building to the nearest place they could really be.
 * <p>
 * Immutable, thread-safe (nearest-point queries briefly take the lock of JTS's facet index).
 */
public final class WalkableArea {

    /** How far inside the area a snapped point is put, so that it is inside despite rounding. */
    public static final double INSET_METRES = 0.001;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Geometry area;
    private final IndexedPointInAreaLocator locator;
    private final IndexedFacetDistance boundaryDistance;

    public WalkableArea(FloorPlan floor) {
        Geometry union = UnaryUnionOp.union(floor.zones().stream().map(z -> (Geometry) z.polygon()).toList(), FACTORY);
        // the union of nothing is an empty collection, which has no boundary; an empty polygon has
        area = union.isEmpty() ? FACTORY.createPolygon() : union;
        locator = new IndexedPointInAreaLocator(area);
        boundaryDistance = new IndexedFacetDistance(area.getBoundary());
        // both build their indexes lazily; build them here, before this object is published
        locator.locate(new Coordinate());
        if (!area.isEmpty()) {
            boundaryDistance.distance(FACTORY.createPoint(new Coordinate()));
        }
    }

    /** One-off snap; build a {@code WalkableArea} to snap more than a few points. */
    public static Coordinate nearestWalkablePoint(FloorPlan floor, double x, double y) {
        return new WalkableArea(floor).nearestWalkablePoint(x, y);
    }

    /** Whether the point is inside or on the edge of some zone. */
    public boolean isWalkable(double x, double y) {
        return locator.locate(new Coordinate(x, y)) != Location.EXTERIOR;
    }

    /**
     * The point itself if walkable, else the nearest point of the walkable area's edge moved {@link #INSET_METRES}
     * inwards (or the edge point itself where the area is too thin for that).
     *
     * @throws IllegalStateException if the floor has no zones
     */
    public Coordinate nearestWalkablePoint(double x, double y) {
        if (area.isEmpty()) {
            throw new IllegalStateException("the floor has no zones, so nowhere is walkable");
        }
        if (isWalkable(x, y)) {
            return new Coordinate(x, y);
        }
        Coordinate edge = boundaryDistance.nearestPoints(FACTORY.createPoint(new Coordinate(x, y)))[0];
        double dx = edge.x - x, dy = edge.y - y, length = Math.hypot(dx, dy);
        // the nearest edge point is seen from outside along the inward normal, so carrying on goes inside
        Coordinate inset = new Coordinate(edge.x + dx / length * INSET_METRES, edge.y + dy / length * INSET_METRES);
        return isWalkable(inset.x, inset.y) ? inset : edge;
    }

    /** The walkable area: the union of the floor's zones; by JTS convention, not to be changed. */
    public Geometry area() {
        return area;
    }
}
