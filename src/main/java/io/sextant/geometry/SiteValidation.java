package io.sextant.geometry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks of a whole site, and the one call an importer makes: {@link #validate}. Every check returns all the
 * problems it finds and never throws on bad data. Stateless, thread-safe.
 */
public final class SiteValidation {

    /** Default distance by which features may miss each other (drawing error of typical CAD floor plans). */
    public static final double DEFAULT_TOLERANCE_METRES = 0.1;
    /** Default overlap area, after shrinking by the tolerance, above which two zones overlap. */
    public static final double DEFAULT_MIN_OVERLAP_SQUARE_METRES = 0.1;

    private SiteValidation() {
    }

    /** Every check, with the default tolerance and overlap threshold. */
    public static List<Problem> validate(Site site) {
        return validate(site, DEFAULT_TOLERANCE_METRES, DEFAULT_MIN_OVERLAP_SQUARE_METRES);
    }

    /** Every check of every floor and building, in a stable order. */
    public static List<Problem> validate(Site site, double toleranceMetres, double minOverlapSquareMetres) {
        List<Problem> problems = new ArrayList<>(duplicateIds(site));
        for (Building building : site.buildings()) {
            for (FloorPlan floor : building.floors()) {
                problems.addAll(FloorPlanValidation.invalidPolygons(floor));
                problems.addAll(FloorPlanValidation.zonesOutsideOutline(floor, toleranceMetres));
                problems.addAll(FloorPlanValidation.overlappingZones(floor, toleranceMetres, minOverlapSquareMetres));
                problems.addAll(FloorPlanValidation.brokenNesting(floor));
                problems.addAll(FloorPlanValidation.connectorsMissing(floor));
                problems.addAll(FloorPlanValidation.devicesOutsideOutline(floor, toleranceMetres));
                problems.addAll(FloorPlanValidation.openingsNotJoiningTwoZones(floor, toleranceMetres));
            }
            problems.addAll(disconnectedFloors(building));
        }
        return problems;
    }

    /**
     * Ids used twice within one kind of feature across the site: buildings, floors, zones, walls, openings, and
     * devices (anchors, receivers and beacons share one namespace, as readings name them alike).
     */
    public static List<Problem> duplicateIds(Site site) {
        List<FloorPlan> floors = site.floors();
        List<Problem> problems = new ArrayList<>();
        problems.addAll(duplicates("building", site.buildings().stream().map(Building::id)));
        problems.addAll(duplicates("floor", floors.stream().map(FloorPlan::id)));
        problems.addAll(duplicates("zone", floors.stream().flatMap(f -> f.zones().stream()).map(Zone::id)));
        problems.addAll(duplicates("wall", floors.stream().flatMap(f -> f.walls().stream()).map(Wall::id)));
        problems.addAll(duplicates("opening", floors.stream().flatMap(f -> f.openings().stream()).map(Opening::id)));
        problems.addAll(duplicates("device",
                floors.stream().flatMap(f -> f.devices().stream()).map(MountedDevice::id)));
        return problems;
    }

    /**
     * Floors of the building that cannot be reached from its lowest floor by stairs or lifts, that is through zones
     * sharing a vertical-connector id.
     */
    public static List<Problem> disconnectedFloors(Building building) {
        if (building.floors().size() < 2) {
            return List.of();
        }
        Map<String, Set<String>> floorIdsByConnector = new HashMap<>();
        Map<String, List<String>> connectorsByFloorId = new HashMap<>();
        for (FloorPlan floor : building.floors()) {
            for (Zone zone : floor.zones()) {
                zone.connectorId().ifPresent(id -> {
                    floorIdsByConnector.computeIfAbsent(id, k -> new HashSet<>()).add(floor.id());
                    connectorsByFloorId.computeIfAbsent(floor.id(), k -> new ArrayList<>()).add(id);
                });
            }
        }
        FloorPlan lowest = building.floors().stream().min(Comparator.comparingInt(FloorPlan::level)).orElseThrow();
        Set<String> reached = new HashSet<>(List.of(lowest.id()));
        Deque<String> frontier = new ArrayDeque<>(reached);
        while (!frontier.isEmpty()) {
            for (String connector : connectorsByFloorId.getOrDefault(frontier.poll(), List.of())) {
                floorIdsByConnector.get(connector).stream().filter(reached::add).forEach(frontier::add);
            }
        }
        return building.floors().stream()
                .filter(floor -> !reached.contains(floor.id()))
                .map(floor -> new Problem(floor.id(), "floor is not linked to floor '" + lowest.id() + "' of building '"
                        + building.id() + "' by any stairs or lift (no shared vertical-connector id)"))
                .toList();
    }

    private static List<Problem> duplicates(String kind, Stream<String> ids) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(entry -> new Problem(entry.getKey(), kind + " id is used " + entry.getValue() + " times"))
                .toList();
    }
}
