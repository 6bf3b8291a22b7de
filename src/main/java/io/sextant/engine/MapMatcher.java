package io.sextant.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.FloorPoint;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;
import io.sextant.geometry.WalkableArea;
import io.sextant.geometry.WallCrossing;
import io.sextant.geometry.Zone;
import io.sextant.geometry.ZoneIndex;

/**
 * Holds positions to the floor plan: snaps a position outside walkable space to the nearest
 * walkable point, refuses a move through a wall that no walk through a door could explain in the
 * time elapsed, and names the zones a position is in. Built once per site; thread-safe.
 */
public final class MapMatcher {

    /** A position held to the plan, or refused. */
    public record Matched(double x, double y, boolean snapped, boolean refused) {
    }

    private static final double ZONE_TOLERANCE_METRES = 0.1;
    private static final double CONNECTOR_REACH_METRES = 2.0;
    /** Extra walking distance allowed beyond top speed times elapsed time, for position noise. */
    private static final double WALK_SLACK_METRES = 2.0;

    private final NavigationGraph navigation;
    private final Map<String, Floor> floors = new HashMap<>();

    /** {@code walkable} is null on a floor without zones (a bare survey of anchors): nothing to snap to. */
    private record Floor(FloorPlan plan, WalkableArea walkable, WallCrossing walls, ZoneIndex zones, Geometry connectors) {
    }

    public MapMatcher(Site site, NavigationGraph navigation) {
        this.navigation = navigation;
        GeometryFactory factory = new GeometryFactory();
        for (FloorPlan plan : site.floors()) {
            Geometry connectors = factory.buildGeometry(plan.zones().stream().filter(z -> z.kind().isVerticalConnector())
                    .map(Zone::polygon).toList());
            floors.put(plan.id(), new Floor(plan, plan.zones().isEmpty() ? null : new WalkableArea(plan), new WallCrossing(plan),
                    new ZoneIndex(plan, ZONE_TOLERANCE_METRES), connectors));
        }
    }

    /**
     * Holds a new position to the plan, given the previous one on the same floor (NaN when none).
     *
     * @param maxSpeed the fastest the tag can walk, m/s
     */
    public Matched match(String floorId, double previousX, double previousY, double x, double y, double elapsedSeconds,
            double maxSpeed) {
        Floor floor = floor(floorId);
        boolean snapped = false;
        if (floor.walkable() != null && !floor.walkable().isWalkable(x, y)) {
            Coordinate nearest = floor.walkable().nearestWalkablePoint(x, y);
            x = nearest.x;
            y = nearest.y;
            snapped = true;
        }
        if (!Double.isNaN(previousX) && floor.walls().crossesWall(previousX, previousY, x, y)) {
            double reach = maxSpeed * Math.max(0, elapsedSeconds) + WALK_SLACK_METRES;
            double walk = navigation.route(new FloorPoint(floorId, previousX, previousY), new FloorPoint(floorId, x, y))
                    .map(r -> r.distanceMetres()).orElse(Double.POSITIVE_INFINITY);
            if (walk > reach) {
                return new Matched(x, y, snapped, true);
            }
        }
        return new Matched(x, y, snapped, false);
    }

    /** Ids of the zones containing the position, innermost first. */
    public List<String> zoneIds(String floorId, double x, double y) {
        List<Zone> zones = new ArrayList<>(4);
        floor(floorId).zones().zonesContaining(x, y, zones);
        List<String> ids = new ArrayList<>(zones.size());
        for (Zone zone : zones) {
            ids.add(zone.id());
        }
        return ids;
    }

    /** Whether the position is within reach of a stairwell or lift on its floor. */
    public boolean nearConnector(String floorId, double x, double y) {
        Geometry connectors = floor(floorId).connectors();
        return !connectors.isEmpty()
                && connectors.isWithinDistance(connectors.getFactory().createPoint(new Coordinate(x, y)), CONNECTOR_REACH_METRES);
    }

    public FloorPlan plan(String floorId) {
        return floor(floorId).plan();
    }

    private Floor floor(String floorId) {
        Floor floor = floors.get(floorId);
        if (floor == null) {
            throw new IllegalArgumentException("unknown floor '" + floorId + "'");
        }
        return floor;
    }
}
