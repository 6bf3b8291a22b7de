package io.sextant.geometry;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;

/**
 * Line work (wall pieces, zone boundaries) indexed by segment, answering which lines a query segment crosses.
 * <p>
 * A crossing means the query segment's two ends lie strictly on opposite sides of a line segment it meets. So a
 * query end lying on a line (a receiver on a wall, a door node in a boundary) does not cross it, nor does a query
 * running along it, nor one that grazes the free end of a line (the tip of a wall at a doorway or a T-junction).
 * A query passing exactly through an inner vertex counts once, at the segment ending there. Orientation tests are
 * exact (double-double), so results do not depend on rounding. Immutable, thread-safe.
 */
final class SegmentIndex {

    /** One segment of an indexed line; {@code weight} is summed over crossings (a wall's attenuation). */
    record Segment(double x0, double y0, double x1, double y1, boolean endsLine, double weight) {

        Envelope envelope() {
            return new Envelope(x0, x1, y0, y1);
        }

        boolean isCrossedBy(double ax, double ay, double bx, double by) {
            int sideOfA = CGAlgorithmsDD.orientationIndex(x0, y0, x1, y1, ax, ay);
            int sideOfB = CGAlgorithmsDD.orientationIndex(x0, y0, x1, y1, bx, by);
            if (sideOfA == 0 || sideOfB == 0 || sideOfA == sideOfB) {
                return false;
            }
            int sideOfStart = CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, x0, y0);
            int sideOfEnd = CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, x1, y1);
            // through a vertex: count it at the segment ending there, unless it is a free end (grazing a tip)
            if (sideOfEnd == 0) {
                return !endsLine;
            }
            return sideOfStart != 0 && sideOfStart != sideOfEnd;
        }
    }

    private final LockFreeTree<Segment> tree;

    SegmentIndex(List<Segment> segments) {
        tree = LockFreeTree.of(segments, Segment::envelope);
    }

    /** The segments of a line, each carrying the weight. */
    static List<Segment> segmentsOf(LineString line, double weight) {
        // a closed line has no free ends: the vertex it closes on is an inner vertex like any other
        boolean open = !line.isClosed();
        Coordinate[] points = line.getCoordinates();
        int last = points.length - 1;
        while (last > 0 && points[last].equals2D(points[last - 1])) {
            last--;
        }
        List<Segment> segments = new ArrayList<>(last);
        for (int i = 1; i <= last; i++) {
            Coordinate p = points[i - 1], q = points[i];
            if (!p.equals2D(q)) {
                segments.add(new Segment(p.x, p.y, q.x, q.y, open && i == last, weight));
            }
        }
        return segments;
    }

    boolean anyCrossing(double ax, double ay, double bx, double by) {
        return !tree.query(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by),
                s -> !s.isCrossedBy(ax, ay, bx, by));
    }

    int crossingCount(double ax, double ay, double bx, double by) {
        int[] count = new int[1];
        tree.query(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), s -> {
            if (s.isCrossedBy(ax, ay, bx, by)) {
                count[0]++;
            }
            return true;
        });
        return count[0];
    }

    double crossingWeight(double ax, double ay, double bx, double by) {
        double[] sum = new double[1];
        tree.query(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), s -> {
            if (s.isCrossedBy(ax, ay, bx, by)) {
                sum[0] += s.weight();
            }
            return true;
        });
        return sum[0];
    }
}
