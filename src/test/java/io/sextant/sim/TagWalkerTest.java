package io.sextant.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;
import io.sextant.geometry.WallCrossing;
import io.sextant.geometry.ZoneIndex;
import io.sextant.geometry.ZoneKind;

class TagWalkerTest {

    private static final Site SITE = TestFloors.twoStoreys();
    private static final NavigationGraph GRAPH = new NavigationGraph(SITE);
    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    /** Short stays and fine sampling: many trips, and samples close enough to check every step against walls. */
    private static final WalkerSettings BUSY = new WalkerSettings(1.2, 0, 10, 0.1);
    private static final Map<String, ZoneIndex> ZONES = SITE.floors().stream()
            .collect(Collectors.toMap(FloorPlan::id, f -> new ZoneIndex(f, 0.05)));
    private static final Map<String, WallCrossing> WALLS = SITE.floors().stream()
            .collect(Collectors.toMap(FloorPlan::id, WallCrossing::new));

    @Test
    void theSameSeedGivesTheSameWalkAndAnotherSeedAnother() {
        TagWalker walker = new TagWalker(SITE, GRAPH, WalkerSettings.PERSON);
        Duration hour = Duration.ofHours(1);
        assertEquals(walker.walk(T0, hour, new SplittableRandom(1)), walker.walk(T0, hour, new SplittableRandom(1)));
        assertNotEquals(walker.walk(T0, hour, new SplittableRandom(1)), walker.walk(T0, hour, new SplittableRandom(2)));
    }

    @Test
    void samplesComeAtTheSampleRate() {
        List<WalkSample> walk = new TagWalker(SITE, GRAPH, WalkerSettings.PERSON)
                .walk(T0, Duration.ofMinutes(10), new SplittableRandom(3));
        assertEquals(600, walk.size());
        for (int k = 0; k < walk.size(); k++) {
            assertEquals(T0.plusSeconds(k), walk.get(k).time());
        }
    }

    @Test
    void theTagStaysInZonesAndPassesWallsOnlyThroughDoors() {
        List<WalkSample> walk = new TagWalker(SITE, GRAPH, BUSY).walk(T0, Duration.ofMinutes(30),
                new SplittableRandom(4));
        for (int i = 0; i < walk.size(); i++) {
            WalkSample s = walk.get(i);
            assertFalse(ZONES.get(s.floorId()).zonesContaining(s.x(), s.y()).isEmpty(), () -> "outside: " + s);
            if (i > 0 && walk.get(i - 1).floorId().equals(s.floorId())) {
                WalkSample before = walk.get(i - 1);
                assertFalse(WALLS.get(s.floorId()).crossesWall(before.x(), before.y(), s.x(), s.y()),
                        () -> "through a wall from " + before + " to " + s);
            }
        }
    }

    @Test
    void theTagNeverOutpacesItsSpeedAndWalksAtIt() {
        List<WalkSample> walk = new TagWalker(SITE, GRAPH, WalkerSettings.EQUIPMENT)
                .walk(T0, Duration.ofHours(6), new SplittableRandom(5));
        double fastestMetres = 0;
        for (int i = 1; i < walk.size(); i++) {
            WalkSample a = walk.get(i - 1), b = walk.get(i);
            if (a.floorId().equals(b.floorId())) {
                fastestMetres = Math.max(fastestMetres, Math.hypot(b.x() - a.x(), b.y() - a.y()));
            }
        }
        // a one-second step on a straight stretch covers exactly the speed; one round a corner, less
        assertEquals(0.8, fastestMetres, 1e-9);
    }

    @Test
    void theTagStaysPutAtDestinations() {
        WalkerSettings longStays = new WalkerSettings(1.2, 60, 61, 1);
        List<WalkSample> walk = new TagWalker(SITE, "F0", GRAPH, longStays)
                .walk(T0, Duration.ofMinutes(20), new SplittableRandom(6));
        int run = 0, shortestCompletedRun = Integer.MAX_VALUE, stays = 0;
        for (int i = 1; i < walk.size(); i++) {
            boolean still = walk.get(i).x() == walk.get(i - 1).x() && walk.get(i).y() == walk.get(i - 1).y();
            if (still) {
                run++;
            } else if (run > 0) {
                shortestCompletedRun = Math.min(shortestCompletedRun, run);
                stays++;
                run = 0;
            }
        }
        assertTrue(stays >= 5, stays + " stays");
        assertTrue(shortestCompletedRun >= 59, "a stay of " + shortestCompletedRun + " s");
    }

    @Test
    void aOneFloorWalkerKeepsToItsFloor() {
        List<WalkSample> walk = new TagWalker(SITE, "F1", GRAPH, BUSY).walk(T0, Duration.ofMinutes(30),
                new SplittableRandom(7));
        assertTrue(walk.stream().allMatch(s -> s.floorId().equals("F1")));
        assertThrows(IllegalArgumentException.class, () -> new TagWalker(SITE, "F9", GRAPH, BUSY));
    }

    @Test
    void floorsChangeOnlyInTheStairwellAndTakeTheStairTime() {
        List<WalkSample> walk = new TagWalker(SITE, GRAPH, BUSY).walk(T0, Duration.ofHours(1),
                new SplittableRandom(8));
        int changes = 0;
        for (int i = 1; i < walk.size(); i++) {
            WalkSample a = walk.get(i - 1), b = walk.get(i);
            if (!a.floorId().equals(b.floorId())) {
                changes++;
                assertEquals(ZoneKind.STAIRS, innermostKind(a), a::toString);
                assertEquals(ZoneKind.STAIRS, innermostKind(b), b::toString);
                // a 4 m storey at the default stair factor of 3 is 12 m of walking: 10 s at the landing
                assertEquals(10, secondsStillBefore(walk, i), 0.1 + 1e-9);
            }
        }
        assertTrue(changes >= 2, changes + " floor changes");
    }

    private static ZoneKind innermostKind(WalkSample s) {
        return ZONES.get(s.floorId()).innermostZone(s.x(), s.y()).orElseThrow().kind();
    }

    /** How long the tag had stood where it was just before sample i. */
    private static double secondsStillBefore(List<WalkSample> walk, int i) {
        WalkSample last = walk.get(i - 1);
        int first = i - 1;
        while (first > 0 && walk.get(first - 1).equals(new WalkSample(walk.get(first - 1).time(), last.floorId(),
                last.x(), last.y()))) {
            first--;
        }
        return Duration.between(walk.get(first).time(), walk.get(i).time()).toNanos() / 1e9;
    }
}
