package io.sextant.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class WallCrossingTest {

    private static final Scenario WALLS = Scenario.read("walls.cases");

    @TestFactory
    Stream<DynamicTest> scenarios() {
        Map<String, WallCrossing> byFloor = new HashMap<>();
        return WALLS.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            WallCrossing walls = byFloor.computeIfAbsent(c.text(0), id -> new WallCrossing(WALLS.floor(id)));
            double[] from = c.numbers(1), to = c.numbers(2);
            switch (c.keyword()) {
            case "crosses" -> {
                boolean expected = Boolean.parseBoolean(c.text(3));
                assertEquals(expected, walls.crossesWall(from[0], from[1], to[0], to[1]));
                assertEquals(expected, walls.crossesWall(to[0], to[1], from[0], from[1]), "reversed");
            }
            case "attenuation" -> {
                assertEquals(c.number(3), walls.attenuationDb(from[0], from[1], to[0], to[1]), 1e-9);
                assertEquals(c.number(3), walls.attenuationDb(to[0], to[1], from[0], from[1]), 1e-9, "reversed");
            }
            default -> throw new IllegalArgumentException(c.where() + ": unknown case " + c.keyword());
            }
        }));
    }

    @Test
    void countsEachPassThroughAWall() {
        WallCrossing walls = new WallCrossing(WALLS.floor("W"));
        assertEquals(3, walls.crossingCount(1, 3, 9, 3));
        assertEquals(0, walls.crossingCount(9, 4.5, 11, 4.5));
    }

    @Test
    void staticShortcutsMatchInstance() {
        FloorPlan lab = WALLS.floor("W");
        assertTrue(WallCrossing.crossesWall(lab, 9, 2, 11, 2));
        assertEquals(14, WallCrossing.attenuationDb(lab, 1, 3, 19, 3), 1e-9);
    }

    @Test
    void withoutOpeningsTheDoorwayIsWall() {
        FloorPlan lab = WALLS.floor("W");
        WallCrossing closed = new WallCrossing(lab.walls(), List.of(), 0);
        assertTrue(closed.crossesWall(9, 4.5, 11, 4.5));
        assertFalse(new WallCrossing(lab).crossesWall(9, 4.5, 11, 4.5));
    }

    @Test
    void rejectsNegativeClearance() {
        FloorPlan lab = WALLS.floor("W");
        assertThrows(IllegalArgumentException.class, () -> new WallCrossing(lab.walls(), lab.openings(), -1));
    }
}
