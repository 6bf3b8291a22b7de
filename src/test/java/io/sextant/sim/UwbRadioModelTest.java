package io.sextant.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.Anchor;
import io.sextant.geometry.FloorPlan;
import io.sextant.model.UwbRange;
import io.sextant.model.UwbTdoa;

class UwbRadioModelTest {

    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private static final double TAG_X = 3, TAG_Y = 3, TAG_HEIGHT = 1.2;
    private static final int SAMPLES = 20_000;

    /** In room A with the tag; in room B behind wall W1; in room B, seen from the tag through door D1. */
    private static final Anchor SAME_ROOM = new Anchor("same-room", 1, 8, 2.5, 0.05);
    private static final Anchor BEHIND_WALL = new Anchor("behind-wall", 15, 2, 2.5, 0);
    private static final Anchor THROUGH_DOOR = new Anchor("through-door", 17, 7, 2.5, 0);
    private static final FloorPlan FLOOR = TestFloors.threeRooms(List.of(SAME_ROOM, BEHIND_WALL, THROUGH_DOOR),
            List.of(), List.of());
    private static final UwbRadioSettings EXACT = UwbRadioSettings.DEFAULTS.withRangeSigmaMetres(0)
            .withDropoutProbability(0);

    @Test
    void theSameSeedGivesTheSameReadingsAndAnotherSeedOthers() {
        UwbRadioModel model = new UwbRadioModel(FLOOR, UwbRadioSettings.DEFAULTS.withForcedNlosProbability(0.2));
        assertEquals(ranges(model, 7), ranges(model, 7));
        assertNotEquals(ranges(model, 7), ranges(model, 8));
        assertEquals(blinks(model, 7), blinks(model, 7));
        assertNotEquals(blinks(model, 7), blinks(model, 8));
    }

    @Test
    void dropoutsLeaveTheOtherReadingsAsTheyWere() {
        List<UwbRange> all = ranges(new UwbRadioModel(FLOOR, UwbRadioSettings.DEFAULTS.withDropoutProbability(0)), 3);
        List<UwbRange> some = ranges(new UwbRadioModel(FLOOR, UwbRadioSettings.DEFAULTS.withDropoutProbability(0.5)),
                3);
        assertTrue(some.size() < all.size() * 0.6, some.size() + " of " + all.size());
        assertTrue(all.containsAll(some));
    }

    @Test
    void lineOfSightNoiseIsGaussianAroundDistancePlusAnchorBias() {
        UwbRadioModel model = new UwbRadioModel(FLOOR, UwbRadioSettings.DEFAULTS.withDropoutProbability(0));
        double[] errors = errorsOf(model, SAME_ROOM, new SplittableRandom(1));
        assertEquals(SAMPLES, errors.length);
        assertEquals(SAME_ROOM.rangeBiasMetres(), Stats.mean(errors), 4 * 0.10 / Math.sqrt(SAMPLES));
        assertEquals(0.10, Stats.std(errors), 0.003);
    }

    @Test
    void nlosIsPositiveAndOnlyWhereAWallIsCrossed() {
        UwbRadioModel model = new UwbRadioModel(FLOOR, EXACT);
        SplittableRandom random = new SplittableRandom(2);
        for (double error : errorsOf(model, SAME_ROOM, random)) {
            assertEquals(SAME_ROOM.rangeBiasMetres(), error, 1e-9);
        }
        for (double error : errorsOf(model, THROUGH_DOOR, random)) {
            assertEquals(0, error, 1e-9);
        }
        double[] behindWall = errorsOf(model, BEHIND_WALL, random);
        for (double error : behindWall) {
            assertTrue(error >= 0.3 && error <= 1.5, "NLOS excess " + error);
        }
        assertEquals(0.9, Stats.mean(behindWall), 0.01);
        assertEquals(1.2 / Math.sqrt(12), Stats.std(behindWall), 0.01, "uniform on [0.3, 1.5]");
    }

    @Test
    void forcedNlosHitsItsShareOfLineOfSightReadings() {
        UwbRadioModel model = new UwbRadioModel(FLOOR, EXACT.withForcedNlosProbability(0.2));
        double[] errors = errorsOf(model, THROUGH_DOOR, new SplittableRandom(3));
        long late = 0;
        for (double error : errors) {
            assertTrue(error == 0 || error >= 0.3 - 1e-9, "error " + error);
            late += error > 0 ? 1 : 0;
        }
        assertEquals(0.2, (double) late / SAMPLES, 0.01);
    }

    @Test
    void qualityIsLowerWhenNotInLineOfSight() {
        UwbRadioModel model = new UwbRadioModel(FLOOR, EXACT);
        SplittableRandom random = new SplittableRandom(4);
        double los = 0, nlos = 0;
        for (int i = 0; i < 1000; i++) {
            Map<String, UwbRange> byAnchor = byAnchor(model.ranges("t", TAG_X, TAG_Y, TAG_HEIGHT, T0, random));
            los += byAnchor.get(SAME_ROOM.id()).quality();
            nlos += byAnchor.get(BEHIND_WALL.id()).quality();
            byAnchor.values().forEach(r -> assertTrue(r.quality() >= 0 && r.quality() <= 1, "quality " + r));
        }
        assertEquals(0.8, los / 1000, 0.02);
        assertEquals(0.4, nlos / 1000, 0.02);
    }

    @Test
    void aboutFivePercentOfReadingsDropOutByDefault() {
        UwbRadioModel model = new UwbRadioModel(FLOOR, UwbRadioSettings.DEFAULTS);
        double[] errors = errorsOf(model, SAME_ROOM, new SplittableRandom(5));
        assertEquals(0.05, 1 - (double) errors.length / SAMPLES, 0.005);
    }

    @Test
    void anchorsBeyondMaximumRangeAreNotHeard() {
        Anchor near = new Anchor("near", 30, 5, TAG_HEIGHT, 0), far = new Anchor("far", 32.5, 5, TAG_HEIGHT, 0);
        UwbRadioModel model = new UwbRadioModel(TestFloors.hall(40, List.of(near, far), List.of()), EXACT);
        assertEquals(List.of("near"), heardAnchors(model, 1, 5));
    }

    @Test
    void eachWallCrossedShortensTheRange() {
        Anchor anchor = new Anchor("b", 19.5, 2, TAG_HEIGHT, 0);
        UwbRadioModel model = new UwbRadioModel(TestFloors.threeRooms(List.of(anchor), List.of(), List.of()), EXACT);
        // one wall: 30 m x 0.6 = 18 m
        assertEquals(List.of("b"), heardAnchors(model, 2, 2));
        assertEquals(List.of(), heardAnchors(model, 1, 2));
    }

    @Test
    void blinkArrivalsAreFlightTimePlusClockNoise() {
        UwbRadioModel model = new UwbRadioModel(FLOOR, UwbRadioSettings.DEFAULTS.withDropoutProbability(0));
        SplittableRandom random = new SplittableRandom(6);
        long emissionPicos = 5_000_000_000L;
        double[] lateness = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            List<UwbTdoa> blink = model.blink("t", i, TAG_X, TAG_Y, TAG_HEIGHT, emissionPicos, T0, random);
            assertEquals(FLOOR.anchors().size(), blink.size());
            UwbTdoa same = byAnchorTdoa(blink).get(SAME_ROOM.id());
            assertEquals(i, same.blinkSequence());
            double flightPicos = (distance(SAME_ROOM) + SAME_ROOM.rangeBiasMetres()) * UwbRadioModel.PICOS_PER_METRE;
            lateness[i] = same.arrivalPicos() - emissionPicos - flightPicos;
        }
        assertEquals(0, Stats.mean(lateness), 4 * 300 / Math.sqrt(SAMPLES));
        assertEquals(300, Stats.std(lateness), 9);
    }

    @Test
    void blinksThroughWallsArriveLate() {
        UwbRadioModel model = new UwbRadioModel(FLOOR, new UwbRadioSettings(0, 0.3, 1.5, 0, 0, 30, 0.6, true, 0, true));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            Map<String, UwbTdoa> byAnchor = byAnchorTdoa(model.blink("t", i, TAG_X, TAG_Y, TAG_HEIGHT, 0, T0, random));
            double lateMetres = byAnchor.get(BEHIND_WALL.id()).arrivalPicos() / UwbRadioModel.PICOS_PER_METRE
                    - distance(BEHIND_WALL);
            assertTrue(lateMetres >= 0.3 - 1e-3 && lateMetres <= 1.5 + 1e-3, "late by " + lateMetres + " m");
            double doorMetres = byAnchor.get(THROUGH_DOOR.id()).arrivalPicos() / UwbRadioModel.PICOS_PER_METRE
                    - distance(THROUGH_DOOR);
            assertEquals(0, doorMetres, 1e-3);
        }
    }

    private static List<UwbRange> ranges(UwbRadioModel model, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UwbRange> ranges = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ranges.addAll(model.ranges("t", TAG_X, TAG_Y, TAG_HEIGHT, T0.plusSeconds(i), random));
        }
        return ranges;
    }

    private static List<UwbTdoa> blinks(UwbRadioModel model, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UwbTdoa> blinks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            blinks.addAll(model.blink("t", i, TAG_X, TAG_Y, TAG_HEIGHT, i * 1_000_000_000L, T0, random));
        }
        return blinks;
    }

    /** Measured minus true range of one anchor over {@link #SAMPLES} readings (fewer if some drop out). */
    private static double[] errorsOf(UwbRadioModel model, Anchor anchor, SplittableRandom random) {
        List<Double> errors = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            UwbRange range = byAnchor(model.ranges("t", TAG_X, TAG_Y, TAG_HEIGHT, T0, random)).get(anchor.id());
            if (range != null) {
                errors.add(range.rangeMetres() - distance(anchor));
            }
        }
        return errors.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<String> heardAnchors(UwbRadioModel model, double x, double y) {
        SplittableRandom random = new SplittableRandom(8);
        List<String> heard = model.ranges("t", x, y, TAG_HEIGHT, T0, random).stream().map(UwbRange::anchorId)
                .toList();
        for (int i = 0; i < 100; i++) {
            assertEquals(heard, model.ranges("t", x, y, TAG_HEIGHT, T0, random).stream().map(UwbRange::anchorId)
                    .toList());
        }
        return heard;
    }

    private static double distance(Anchor anchor) {
        return Math.sqrt(Math.pow(anchor.x() - TAG_X, 2) + Math.pow(anchor.y() - TAG_Y, 2)
                + Math.pow(anchor.z() - TAG_HEIGHT, 2));
    }

    private static Map<String, UwbRange> byAnchor(List<UwbRange> ranges) {
        return ranges.stream().collect(Collectors.toMap(UwbRange::anchorId, Function.identity()));
    }

    private static Map<String, UwbTdoa> byAnchorTdoa(List<UwbTdoa> arrivals) {
        return arrivals.stream().collect(Collectors.toMap(UwbTdoa::anchorId, Function.identity()));
    }
}
