package io.sextant.geometry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;

/**
 * One floor as {@link NavigationGraph} sees it: which zones hold a point, which graph nodes lie in each zone, and
 * which straight walks each zone allows. Immutable, thread-safe.
 */
final class FloorNavigation {

    private static final int[] NO_NODES = {};

    private final FloorPlan floor;
    private final ZoneIndex zoneIndex;
    private final WalkableArea walkable;
    private final Map<String, ZoneSight> sightsByZoneId = new HashMap<>();
    private final Map<String, int[]> nodesByZoneId;

    /**
     * @param nodesByZoneId for each zone id, the graph nodes a walk in that zone can reach (doors, landings, corners)
     */
    FloorNavigation(FloorPlan floor, NavigationSettings settings, Map<String, int[]> nodesByZoneId) {
        this.floor = floor;
        zoneIndex = new ZoneIndex(floor, settings.toleranceMetres());
        walkable = new WalkableArea(floor);
        WallCrossing walls = new WallCrossing(floor);
        for (Zone zone : floor.zones()) {
            sightsByZoneId.putIfAbsent(zone.id(), new ZoneSight(zone, walls, settings.toleranceMetres()));
        }
        this.nodesByZoneId = Map.copyOf(nodesByZoneId);
    }

    /** The point itself if in a zone, else the nearest point that is; empty if the floor has no zones. */
    Optional<Coordinate> walkablePoint(double x, double y) {
        return floor.zones().isEmpty() ? Optional.empty() : Optional.of(walkable.nearestWalkablePoint(x, y));
    }

    List<Zone> zonesContaining(double x, double y) {
        return zoneIndex.zonesContaining(x, y);
    }

    int[] nodes(String zoneId) {
        return nodesByZoneId.getOrDefault(zoneId, NO_NODES);
    }

    /** Whether walking straight from a to b stays in the zone and clear of walls. */
    boolean sees(String zoneId, double ax, double ay, double bx, double by) {
        ZoneSight sight = sightsByZoneId.get(zoneId);
        return sight != null && sight.sees(ax, ay, bx, by);
    }
}
