package io.sextant.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;

/**
 * Walking routes between any two points of a site, across floors.
 * <p>
 * The graph is a visibility graph per zone: its nodes are the middles of openings, a landing in each stair and
 * lift zone, and the inner (reflex) corners of zones with doors, moved a clearance into the zone; two nodes of a zone
 * are linked when the straight walk between them stays in the zone and crosses no wall. Because shortest walks
 * inside a polygon bend only at its reflex corners, this gives the shortest route through long, non-convex
 * corridors without a centreline. Landings of one stairwell (zones sharing a connector id in one building) link
 * consecutive floors at height × stair factor; those of one lift link every pair of its floors at a fixed cost
 * ({@link NavigationSettings}). Distances and paths
 * between all pairs of nodes are computed up front, so a query only links its two points to the nodes they see in
 * their zones and picks the best pair from the table.
 * <p>
 * A query point outside every zone is first moved to the nearest walkable point; routes start and end there.
 * Routes are taut: they follow walls along corridors and keep only the corner clearance at corners.
 * Doorless zones nested in a zone with doors (a bay in a room) are reached through the enclosing zone.
 * <p>
 * Immutable, thread-safe.
 */
public final class NavigationGraph {

    /** A query point, moved onto the walkable area, with the zones it is in and the nodes it sees from there. */
    private record End(FloorPoint point, List<Zone> zones, int[] nodes, double[] metres) {
    }

    private final List<FloorPoint> nodes;
    private final Map<String, FloorNavigation> floorsById;
    private final ShortestPaths paths;

    public NavigationGraph(Site site) {
        this(site, NavigationSettings.DEFAULTS);
    }

    /** @throws IllegalArgumentException if two floors of the site share an id */
    public NavigationGraph(Site site, NavigationSettings settings) {
        NavigationGraphBuilder builder = new NavigationGraphBuilder(site, settings);
        nodes = builder.nodes();
        floorsById = builder.floors();
        paths = new ShortestPaths(nodes.size(), builder.edges());
    }

    /** One-off route; build a {@code NavigationGraph} to route more than once. */
    public static Optional<Route> route(Site site, FloorPoint from, FloorPoint to) {
        return new NavigationGraph(site).route(from, to);
    }

    /**
     * The shortest walking route.
     *
     * @return empty if no route joins the points (a doorless room, a floor without stairs or lift)
     * @throws IllegalArgumentException if a point names a floor the site does not have
     */
    public Optional<Route> route(FloorPoint from, FloorPoint to) {
        Optional<End> start = end(from);
        Optional<End> finish = end(to);
        if (start.isEmpty() || finish.isEmpty()) {
            return Optional.empty();
        }
        return bestRoute(start.get(), finish.get());
    }

    /** Number of graph nodes (openings, landings, corners); the all-pairs table holds its square. */
    public int nodeCount() {
        return nodes.size();
    }

    private Optional<Route> bestRoute(End start, End finish) {
        double best = directMetres(start, finish);
        int bestFrom = -1, bestTo = -1;
        for (int i = 0; i < start.nodes().length; i++) {
            for (int j = 0; j < finish.nodes().length; j++) {
                double metres = start.metres()[i] + paths.metres(start.nodes()[i], finish.nodes()[j])
                        + finish.metres()[j];
                if (metres < best) {
                    best = metres;
                    bestFrom = start.nodes()[i];
                    bestTo = finish.nodes()[j];
                }
            }
        }
        if (best == Double.POSITIVE_INFINITY) {
            return Optional.empty();
        }
        List<FloorPoint> polyline = new ArrayList<>();
        polyline.add(start.point());
        if (bestFrom >= 0) {
            paths.path(bestFrom, bestTo).forEach(node -> addDistinct(polyline, nodes.get(node)));
        }
        addDistinct(polyline, finish.point());
        return Optional.of(new Route(best, polyline));
    }

    /** Straight-line distance if both points are in one zone that allows walking straight between them. */
    private double directMetres(End start, End finish) {
        FloorPoint a = start.point(), b = finish.point();
        if (!a.floorId().equals(b.floorId())) {
            return Double.POSITIVE_INFINITY;
        }
        FloorNavigation floor = floorsById.get(a.floorId());
        for (Zone zone : start.zones()) {
            if (finish.zones().contains(zone) && floor.sees(zone.id(), a.x(), a.y(), b.x(), b.y())) {
                return a.distanceMetres(b);
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private Optional<End> end(FloorPoint requested) {
        FloorNavigation floor = floorsById.get(requested.floorId());
        if (floor == null) {
            throw new IllegalArgumentException("no floor '" + requested.floorId() + "' in this site; known floors: "
                    + floorsById.keySet());
        }
        Optional<Coordinate> walkable = floor.walkablePoint(requested.x(), requested.y());
        if (walkable.isEmpty()) {
            return Optional.empty();
        }
        FloorPoint point = new FloorPoint(requested.floorId(), walkable.get().x, walkable.get().y);
        List<Zone> zones = floor.zonesContaining(point.x(), point.y());
        for (Zone zone : zones) {
            End end = seenFrom(floor, zone, point, zones);
            if (end.nodes().length > 0) {
                return Optional.of(end);
            }
        }
        return Optional.of(new End(point, zones, new int[0], new double[0]));
    }

    /** The nodes of the zone that the point sees, with the distance to each. */
    private End seenFrom(FloorNavigation floor, Zone zone, FloorPoint point, List<Zone> zones) {
        int[] candidates = floor.nodes(zone.id());
        int[] seen = new int[candidates.length];
        double[] metres = new double[candidates.length];
        int count = 0;
        for (int node : candidates) {
            FloorPoint target = nodes.get(node);
            if (floor.sees(zone.id(), point.x(), point.y(), target.x(), target.y())) {
                seen[count] = node;
                metres[count++] = point.distanceMetres(target);
            }
        }
        return new End(point, zones, Arrays.copyOf(seen, count), Arrays.copyOf(metres, count));
    }

    private static void addDistinct(List<FloorPoint> polyline, FloorPoint point) {
        if (!polyline.get(polyline.size() - 1).equals(point)) {
            polyline.add(point);
        }
    }
}
