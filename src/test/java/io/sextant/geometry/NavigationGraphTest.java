package io.sextant.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class NavigationGraphTest {

    private static final Scenario HOSPITAL = Scenario.read("routes.cases");
    private static final NavigationGraph GRAPH = new NavigationGraph(HOSPITAL.site());

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return HOSPITAL.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Optional<Route> route = GRAPH.route(point(c.text(0)), point(c.text(1)));
            switch (c.keyword()) {
            case "route" -> {
                assertTrue(route.isPresent(), "no route");
                assertEquals(c.number(2), route.get().distanceMetres(), c.number(3),
                        () -> "via " + route.get().points());
                List<String> doors = c.text(4).isEmpty() ? List.of() : Arrays.asList(c.text(4).split("\\s+"));
                assertEquals(doors, openingsPassed(route.get()), () -> "via " + route.get().points());
                assertWalkable(route.get());
            }
            case "unreachable" -> assertEquals(Optional.empty(), route);
            default -> throw new IllegalArgumentException(c.where() + ": unknown case " + c.keyword());
            }
        }));
    }

    @Test
    void aBlockingWallMakesTheRouteLongerThanTheStraightLine() {
        Route route = GRAPH.route(new FloorPoint("F0", 3, 18), new FloorPoint("F0", 14, 18)).orElseThrow();
        assertTrue(route.distanceMetres() > 2 * 11, "route " + route.distanceMetres() + " m, straight line 11 m");
        assertTrue(WallCrossing.crossesWall(HOSPITAL.floor("F0"), 3, 18, 14, 18));
    }

    @Test
    void stairsChangeFloorAtTheLandingsOfOneStairwell() {
        Route route = GRAPH.route(new FloorPoint("F0", 3, 18), new FloorPoint("F1", 3, 18)).orElseThrow();
        List<FloorPoint> changes = floorChange(route);
        assertEquals(List.of(new FloorPoint("F0", 23.5, 17), new FloorPoint("F1", 23.5, 17)), changes);
        double horizontalMetres = horizontalLength(route);
        assertEquals(4.2 * NavigationSettings.DEFAULTS.stairFactor(), route.distanceMetres() - horizontalMetres, 1e-9);
    }

    @Test
    void whenStairsAreCostlyTheLiftIsTaken() {
        NavigationSettings settings = new NavigationSettings(0.1, 0.3, 100, 30);
        Route route = new NavigationGraph(HOSPITAL.site(), settings)
                .route(new FloorPoint("F0", 3, 18), new FloorPoint("F1", 3, 18)).orElseThrow();
        assertEquals(List.of("D1", "DL0", "DL1", "D8"), openingsPassed(route));
        assertEquals(30, route.distanceMetres() - horizontalLength(route), 1e-9);
    }

    @Test
    void staticShortcutMatchesInstance() {
        FloorPoint from = new FloorPoint("F0", 3, 18), to = new FloorPoint("F0", 14, 18);
        assertEquals(GRAPH.route(from, to), NavigationGraph.route(HOSPITAL.site(), from, to));
    }

    @Test
    void routesAreSymmetric() {
        FloorPoint a = new FloorPoint("F0", 3, 18), b = new FloorPoint("F1", 38, 9);
        assertEquals(GRAPH.route(a, b).orElseThrow().distanceMetres(), GRAPH.route(b, a).orElseThrow().distanceMetres(),
                1e-9);
    }

    @Test
    void namesAnUnknownFloor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GRAPH.route(new FloorPoint("F9", 1, 1), new FloorPoint("F0", 1, 1)));
        assertTrue(e.getMessage().contains("'F9'"), e.getMessage());
    }

    @Test
    void rejectsASiteWithTwoFloorsOfOneId() {
        FloorPlan f0 = HOSPITAL.floor("F0");
        Site twice = new Site("s", List.of(new Building("a", List.of(f0)), new Building("b", List.of(f0))),
                Optional.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NavigationGraph(twice));
        assertTrue(e.getMessage().contains("'F0'"), e.getMessage());
    }

    private static FloorPoint point(String field) {
        String[] parts = field.split("\\s+");
        return new FloorPoint(parts[0], Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
    }

    /** Ids of the openings whose midpoints the route passes, in order. */
    private static List<String> openingsPassed(Route route) {
        Map<FloorPoint, String> doors = HOSPITAL.site().floors().stream()
                .flatMap(f -> f.openings().stream()
                        .map(o -> Map.entry(new FloorPoint(f.id(), o.midpoint().x, o.midpoint().y), o.id())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return route.points().stream().filter(doors::containsKey).map(doors::get).toList();
    }

    /** Every leg on one floor stays clear of walls; a change of floor is between two landings of one connector. */
    private static void assertWalkable(Route route) {
        List<FloorPoint> points = route.points();
        for (int i = 1; i < points.size(); i++) {
            FloorPoint a = points.get(i - 1), b = points.get(i);
            if (a.floorId().equals(b.floorId())) {
                assertFalse(WallCrossing.crossesWall(HOSPITAL.floor(a.floorId()), a.x(), a.y(), b.x(), b.y()),
                        "leg " + a + " -> " + b + " crosses a wall");
            } else {
                assertEquals(connector(a), connector(b), "floor change " + a + " -> " + b);
            }
        }
    }

    private static Optional<String> connector(FloorPoint p) {
        return new ZoneIndex(HOSPITAL.floor(p.floorId()), 0).innermostZone(p.x(), p.y()).flatMap(Zone::connectorId);
    }

    private static List<FloorPoint> floorChange(Route route) {
        List<FloorPoint> changes = new ArrayList<>();
        List<FloorPoint> points = route.points();
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i - 1).floorId().equals(points.get(i).floorId())) {
                changes.add(points.get(i - 1));
                changes.add(points.get(i));
            }
        }
        return changes;
    }

    private static double horizontalLength(Route route) {
        double metres = 0;
        for (int i = 1; i < route.points().size(); i++) {
            FloorPoint a = route.points().get(i - 1), b = route.points().get(i);
            metres += a.floorId().equals(b.floorId()) ? a.distanceMetres(b) : 0;
        }
        return metres;
    }
}
