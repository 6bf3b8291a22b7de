package io.sextant.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Opening;
import io.sextant.geometry.Zone;
import io.sextant.geometry.ZoneIndex;
import io.sextant.geometry.ZoneKind;

class ItinerariesTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final Map<String, ZoneIndex> ZONES = SimulatorFixture.SITE.floors().stream()
            .collect(Collectors.toMap(FloorPlan::id, f -> new ZoneIndex(f, 0.01)));
    private static final Itineraries ITINERARIES = new Itineraries(SimulatorFixture.SITE, SimulatorFixture.GRAPH);

    @Test
    void equipmentGoesFromStorageToAPatientRoomToDirtyUtilityAndBack() {
        List<ZoneKind> visited = distinctInOrder(walk(group(Behaviour.EQUIPMENT, "main-1", null), 1).stream()
                .map(ItinerariesTest::innermostKind).filter(k -> k != ZoneKind.CORRIDOR).toList());
        assertEquals(List.of(ZoneKind.STORAGE, ZoneKind.ROOM, ZoneKind.DIRTY_UTILITY, ZoneKind.STORAGE),
                visited.subList(0, 4));
    }

    @Test
    void aWanderingPatientLeavesMemoryCareByTheNearestExit() {
        List<WalkSample> walk = walk(group(Behaviour.WANDER, "main-2", "memory-care"), 2);
        assertEquals(ZoneKind.ROOM, innermostKind(walk.get(0)));
        assertEquals(walk.get(0), atSameTime(walk.get(0), walk.get(15)), "still in the room before the delay");
        WalkSample end = walk.get(walk.size() - 1);
        double toExitMetres = floor(end).openings().stream().filter(Opening::exitDoor)
                .mapToDouble(o -> Math.hypot(o.midpoint().x - end.x(), o.midpoint().y - end.y())).min().orElseThrow();
        assertTrue(toExitMetres < 1 || innermostKind(end) == ZoneKind.STAIRS, () -> "ends at " + end);
    }

    @Test
    void anInfantIsCarriedFromTheNurseryToAStairwell() {
        List<WalkSample> walk = walk(group(Behaviour.INFANT, "main-2", "nursery"), 3);
        assertEquals("nursery", innermost(walk.get(0)).id());
        assertEquals(ZoneKind.STAIRS, innermostKind(walk.get(walk.size() - 1)));
    }

    @Test
    void aPatientSpendsMostOfTheTimeInOneRoom() {
        List<WalkSample> walk = walk(group(Behaviour.PATIENT, "main-1", "ward-1", 120, 300), 4);
        String room = innermost(walk.get(0)).id();
        long inRoom = walk.stream().filter(s -> innermost(s).id().equals(room)).count();
        assertTrue(inRoom > walk.size() / 2, () -> inRoom + " of " + walk.size());
    }

    @Test
    void staffWalkBetweenOnePointTwoAndOnePointFiveMetresPerSecond() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            double speed = Itineraries.speedMetresPerSecond(Behaviour.STAFF, random);
            assertTrue(speed >= 1.2 && speed <= 1.5, () -> "speed " + speed);
        }
    }

    /** Short stays, so that ten minutes see several of them, and a ten-second delay. */
    private static TagGroup group(Behaviour behaviour, String floorId, String area) {
        return group(behaviour, floorId, area, 5, 10);
    }

    private static TagGroup group(Behaviour behaviour, String floorId, String area, double minDwellSeconds,
            double maxDwellSeconds) {
        return new TagGroup(1, "t-", TagKind.STAFF_BADGE, behaviour, List.of(floorId), Optional.ofNullable(area), 1, 1,
                minDwellSeconds, maxDwellSeconds, 10, List.of());
    }

    private static List<WalkSample> walk(TagGroup group, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TagWalker walker = new TagWalker(SimulatorFixture.SITE, SimulatorFixture.GRAPH, new WalkerSettings(1.2, 0, 1, 0.5));
        return walker.walkThrough(T0, TEN_MINUTES, ITINERARIES.stops(group, TEN_MINUTES, random));
    }

    private static WalkSample atSameTime(WalkSample reference, WalkSample sample) {
        return new WalkSample(reference.time(), sample.floorId(), sample.x(), sample.y());
    }

    private static FloorPlan floor(WalkSample sample) {
        return SimulatorFixture.SITE.floor(sample.floorId()).orElseThrow();
    }

    private static Zone innermost(WalkSample sample) {
        return ZONES.get(sample.floorId()).innermostZone(sample.x(), sample.y())
                .orElseThrow(() -> new AssertionError("outside every zone: " + sample));
    }

    private static ZoneKind innermostKind(WalkSample sample) {
        return innermost(sample).kind();
    }

    private static <T> List<T> distinctInOrder(List<T> values) {
        List<T> runs = new ArrayList<>();
        values.forEach(v -> {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(v)) {
                runs.add(v);
            }
        });
        return runs;
    }
}
