package io.sextant.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;

/**
 * Builds the nodes and edges of a {@link NavigationGraph}: a node at the middle of every opening, at a landing in
 * every stair or lift zone, and at every inner corner of a zone that has doors; an edge between two nodes of a zone
 * that see each other within it; and an edge between landings of one stairwell on consecutive floors, or of one
 * lift on any two floors. Used once, by one thread.
 */
final class NavigationGraphBuilder {

    private record Landing(FloorPlan floor, int node) {
    }

    /** One stairwell or lift shaft; connector ids are the building's own, so the building is part of the key. */
    private record Connector(ZoneKind kind, String buildingId, String connectorId) {
    }

    private final NavigationSettings settings;
    private final List<FloorPoint> nodes = new ArrayList<>();
    private final List<ShortestPaths.Edge> edges = new ArrayList<>();
    private final Map<String, FloorNavigation> floorsById = new LinkedHashMap<>();
    private final Map<Connector, List<Landing>> landingsByConnector = new LinkedHashMap<>();

    NavigationGraphBuilder(Site site, NavigationSettings settings) {
        this.settings = settings;
        for (Building building : site.buildings()) {
            for (FloorPlan floor : building.floors()) {
                if (floorsById.containsKey(floor.id())) {
                    throw new IllegalArgumentException("floor id '" + floor.id() + "' appears twice in site '"
                            + site.id() + "'; routes name floors by id, so floor ids must be unique in a site");
                }
                floorsById.put(floor.id(), addFloor(building, floor));
            }
        }
        landingsByConnector.forEach((connector, landings) -> linkLandings(connector.kind() == ZoneKind.LIFT,
                landings));
    }

    List<FloorPoint> nodes() {
        return List.copyOf(nodes);
    }

    List<ShortestPaths.Edge> edges() {
        return List.copyOf(edges);
    }

    Map<String, FloorNavigation> floors() {
        return Map.copyOf(floorsById);
    }

    private FloorNavigation addFloor(Building building, FloorPlan floor) {
        Map<String, List<Integer>> nodesByZone = new HashMap<>();
        addDoors(floor, nodesByZone);
        addLandings(building, floor, nodesByZone);
        addInnerCorners(floor, nodesByZone);
        Map<String, int[]> frozen = new HashMap<>();
        nodesByZone.forEach((zoneId, list) -> frozen.put(zoneId, list.stream().mapToInt(Integer::intValue).toArray()));
        FloorNavigation navigation = new FloorNavigation(floor, settings, frozen);
        frozen.forEach((zoneId, zoneNodes) -> linkWithinZone(navigation, zoneId, zoneNodes));
        return navigation;
    }

    /** Openings that name two different zones of the floor; others are validation problems and carry no route. */
    private void addDoors(FloorPlan floor, Map<String, List<Integer>> nodesByZone) {
        for (Opening opening : floor.openings()) {
            String first = opening.firstZoneId(), second = opening.secondZoneId();
            if (!first.equals(second) && floor.zone(first).isPresent() && floor.zone(second).isPresent()) {
                int node = addNode(floor, opening.midpoint());
                nodesByZone.computeIfAbsent(first, id -> new ArrayList<>()).add(node);
                nodesByZone.computeIfAbsent(second, id -> new ArrayList<>()).add(node);
            }
        }
    }

    private void addLandings(Building building, FloorPlan floor, Map<String, List<Integer>> nodesByZone) {
        for (Zone zone : floor.zones()) {
            zone.connectorId().ifPresent(connector -> {
                int node = addNode(floor, zone.polygon().getInteriorPoint().getCoordinate());
                nodesByZone.computeIfAbsent(zone.id(), id -> new ArrayList<>()).add(node);
                landingsByConnector.computeIfAbsent(new Connector(zone.kind(), building.id(), connector),
                        k -> new ArrayList<>()).add(new Landing(floor, node));
            });
        }
    }

    /** Only zones with a way in need corners: nothing routes through a zone without one. */
    private void addInnerCorners(FloorPlan floor, Map<String, List<Integer>> nodesByZone) {
        for (Zone zone : floor.zones()) {
            List<Integer> zoneNodes = nodesByZone.get(zone.id());
            if (zoneNodes != null) {
                for (Coordinate corner : InnerCorners.waypoints(zone.polygon(), settings.cornerClearanceMetres())) {
                    zoneNodes.add(addNode(floor, corner));
                }
            }
        }
    }

    private int addNode(FloorPlan floor, Coordinate at) {
        nodes.add(new FloorPoint(floor.id(), at.x, at.y));
        return nodes.size() - 1;
    }

    private void linkWithinZone(FloorNavigation navigation, String zoneId, int[] zoneNodes) {
        for (int i = 0; i < zoneNodes.length; i++) {
            FloorPoint a = nodes.get(zoneNodes[i]);
            for (int j = i + 1; j < zoneNodes.length; j++) {
                FloorPoint b = nodes.get(zoneNodes[j]);
                if (navigation.sees(zoneId, a.x(), a.y(), b.x(), b.y())) {
                    edges.add(new ShortestPaths.Edge(zoneNodes[i], zoneNodes[j], a.distanceMetres(b)));
                }
            }
        }
    }

    /**
     * A lift links every pair of floors it serves at one cost; a stairwell links each floor it serves to the next one
     * up that it serves, at that height times the stair factor.
     */
    private void linkLandings(boolean lift, List<Landing> landings) {
        landings.sort(Comparator.comparingDouble(l -> l.floor().elevationMetres()));
        for (int i = 0; i < landings.size(); i++) {
            for (int j = i + 1; j < (lift ? landings.size() : Math.min(i + 2, landings.size())); j++) {
                Landing lower = landings.get(i), upper = landings.get(j);
                double heightMetres = upper.floor().elevationMetres() - lower.floor().elevationMetres();
                double cost = lift ? settings.liftMetres() : heightMetres * settings.stairFactor();
                edges.add(new ShortestPaths.Edge(lower.node(), upper.node(), cost));
            }
        }
    }
}
