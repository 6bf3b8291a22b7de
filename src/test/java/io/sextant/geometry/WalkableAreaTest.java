package io.sextant.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locationtech.jts.geom.Coordinate;

class WalkableAreaTest {

    private static final Scenario HOSPITAL = Scenario.read("walkable.cases");

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return HOSPITAL.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            assertEquals("nearest", c.keyword(), c.where());
            WalkableArea walkable = new WalkableArea(HOSPITAL.floor(c.text(0)));
            double[] point = c.numbers(1), expected = c.numbers(2);
            Coordinate snapped = walkable.nearestWalkablePoint(point[0], point[1]);
            assertEquals(expected[0], snapped.x, c.number(3), "x");
            assertEquals(expected[1], snapped.y, c.number(3), "y");
            assertTrue(walkable.isWalkable(snapped.x, snapped.y), "snapped point is walkable");
        }));
    }

    @Test
    void snappedPointsAreWalkableEverywhere() {
        WalkableArea walkable = new WalkableArea(HOSPITAL.floor("F0"));
        for (double x = -5; x <= 45; x += 0.77) {
            for (double y = -5; y <= 25; y += 0.83) {
                Coordinate snapped = walkable.nearestWalkablePoint(x, y);
                assertTrue(walkable.isWalkable(snapped.x, snapped.y), "snapped " + x + ", " + y + " to " + snapped);
            }
        }
    }

    @Test
    void gapsBetweenZonesAreNotWalkable() {
        WalkableArea walkable = new WalkableArea(HOSPITAL.floor("F0"));
        assertFalse(walkable.isWalkable(23.5, 12.5));
        assertEquals(new Coordinate(23.5, 14.001), WalkableArea.nearestWalkablePoint(HOSPITAL.floor("F0"), 23.5, 13));
    }

    @Test
    void aFloorWithoutZonesHasNowhereToSnapTo() {
        FloorPlan floor = HOSPITAL.floor("F0");
        FloorPlan empty = new FloorPlan("E", 0, 0, floor.outline(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertThrows(IllegalStateException.class, () -> new WalkableArea(empty).nearestWalkablePoint(1, 1));
    }
}
