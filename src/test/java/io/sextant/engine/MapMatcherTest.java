package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;
import io.sextant.testing.MiniBuilding;

/** On the two-floor mini building: rooms A (north-west) and C (south-west) either side of a corridor. */
class MapMatcherTest {

    private static final Site SITE = MiniBuilding.site();
    private final MapMatcher matcher = new MapMatcher(SITE, new NavigationGraph(SITE));

    @Test
    void aPositionOutsideTheBuildingIsSnappedInside() {
        MapMatcher.Matched matched = matcher.match("m0", Double.NaN, Double.NaN, -1.0, 8.0, 0.1, 3);
        assertTrue(matched.snapped());
        assertEquals(0.0, matched.x(), 0.01);
        assertEquals(8.0, matched.y(), 0.01);
    }

    @Test
    void aJumpThroughAWallInATenthOfASecondIsRefused() {
        // Room A (3, 8) to room C (3, 2): 6 m through two walls; the walk through the doors is ~9 m.
        assertTrue(matcher.match("m0", 3, 8, 3, 2, 0.1, 3).refused());
    }

    @Test
    void theSameMoveOverFiveSecondsIsAWalkThroughTheDoors() {
        assertFalse(matcher.match("m0", 3, 8, 3, 2, 5, 3).refused());
    }

    @Test
    void aMoveWithinARoomIsNeverRefused() {
        assertFalse(matcher.match("m0", 2, 7, 8, 9, 0.1, 3).refused());
    }

    @Test
    void zonesAreInnermostFirst() {
        assertEquals(List.of("m0-bay-c1", "m0-room-c"), matcher.zoneIds("m0", 2, 2));
        assertEquals(List.of("m0-corridor"), matcher.zoneIds("m0", 12, 5));
    }

    @Test
    void knowsWhereTheStairsAre() {
        assertTrue(matcher.nearConnector("m0", 17.5, 5));
        assertFalse(matcher.nearConnector("m0", 3, 8));
    }
}
