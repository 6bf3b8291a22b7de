package io.sextant.geometry;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.util.LinearComponentExtracter;

/**
 * Whether a straight walk between two points stays within a zone, grown by a tolerance so that doors on its edge
 * and drawing error do not block it, and clear of the floor's walls. Immutable, thread-safe.
 */
final class ZoneSight {

    private static final int QUADRANT_SEGMENTS = 8;

    private final IndexedPointInAreaLocator coverage;
    private final SegmentIndex coverageEdge;
    private final WallCrossing walls;

    ZoneSight(Zone zone, WallCrossing walls, double toleranceMetres) {
        Geometry grown = toleranceMetres == 0 ? zone.polygon()
                : zone.polygon().buffer(toleranceMetres, QUADRANT_SEGMENTS);
        coverage = new IndexedPointInAreaLocator(grown);
        // the locator builds its index lazily on first use; build it here, before this object is published
        coverage.locate(new Coordinate());
        List<SegmentIndex.Segment> edge = new ArrayList<>();
        for (Object ring : LinearComponentExtracter.getLines(grown)) {
            edge.addAll(SegmentIndex.segmentsOf((LineString) ring, 0));
        }
        coverageEdge = new SegmentIndex(edge);
        this.walls = walls;
    }

    /** Whether both points are in the zone and the segment between them neither leaves it nor crosses a wall. */
    boolean sees(double ax, double ay, double bx, double by) {
        return contains(ax, ay) && contains(bx, by)
                && !coverageEdge.anyCrossing(ax, ay, bx, by)
                && !walls.crossesWall(ax, ay, bx, by);
    }

    private boolean contains(double x, double y) {
        return coverage.locate(new Coordinate(x, y)) != Location.EXTERIOR;
    }
}
