package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.Site;
import io.sextant.model.Fix;
import io.sextant.model.Reading;
import io.sextant.model.Technology;
import io.sextant.model.UwbRange;
import io.sextant.sim.BleRadioSettings;
import io.sextant.sim.UwbRadioSettings;
import io.sextant.sim.WalkSample;
import io.sextant.testing.DemoHospital;
import io.sextant.testing.SimulatedRun;

/** The whole engine on the demo hospital, against the radio models' known truth. */
class LocationEngineTest {

    private static final Site SITE = DemoHospital.load();

    private static final UwbRadioSettings LINE_OF_SIGHT = UwbRadioSettings.DEFAULTS.withoutWalls();
    /** The engine told the truth about the simulated walls: they do nothing to the ranges. */
    private static final LocationEngine.Settings NO_WALL_EXCESS = LocationEngine.Settings.DEFAULTS.withWalls(UwbStage.WallCorrection.OFF);

    @Test
    void uwbWalkIsTrackedToWithinTheNoise() {
        SimulatedRun run = SimulatedRun.uwb(SITE, "t-1", Duration.ofMinutes(3), 10, LINE_OF_SIGHT, 11);
        List<Fix> fixes = replay(run.readings(), NO_WALL_EXCESS);

        double[] errors = errors(run, fixes);
        assertTrue(fixes.size() > 0.95 * run.truth().size(), fixes.size() + " fixes for " + run.truth().size() + " rounds");
        // Range noise 0.10 m and a good anchor geometry: the tracked error stays well under the range noise.
        assertTrue(percentile(errors, 0.5) < 0.08, "median error " + percentile(errors, 0.5));
        assertTrue(percentile(errors, 0.95) < 0.2, "p95 error " + percentile(errors, 0.95));
        assertTrue(fixes.stream().allMatch(f -> f.technology() == Technology.UWB_TWR && !f.zoneIds().isEmpty()));
        assertTrue(fixes.stream().allMatch(f -> Double.isFinite(f.x()) && Double.isFinite(f.accuracyMetres())));
    }

    @Test
    void theAccuracyRadiusHoldsAbout95PercentOfTrueErrors() {
        SimulatedRun run = SimulatedRun.uwb(SITE, "t-1", Duration.ofMinutes(5), 10, LINE_OF_SIGHT.withForcedNlosProbability(0.2), 12);
        List<Fix> fixes = replay(run.readings(), NO_WALL_EXCESS);
        long inside = fixes.stream().filter(f -> error(run, f) <= f.accuracyMetres()).count();
        double rate = inside / (double) fixes.size();
        assertTrue(rate > 0.92 && rate < 0.99, "fraction of fixes whose true position is inside the 95 % radius: " + rate);
    }

    @Test
    void knowingTheWallsHalvesTheErrorOfRangesThroughThem() {
        SimulatedRun run = SimulatedRun.uwb(SITE, "t-1", Duration.ofMinutes(3), 10, UwbRadioSettings.DEFAULTS, 17);
        double[] ignoring = errors(run, replay(run.readings(), NO_WALL_EXCESS));
        double[] correcting = errors(run, replay(run.readings(), LocationEngine.Settings.DEFAULTS));
        assertTrue(percentile(correcting, 0.5) < 0.6 * percentile(ignoring, 0.5),
                "median " + percentile(correcting, 0.5) + " m with the walls, " + percentile(ignoring, 0.5) + " m without");
    }

    @Test
    void bleRoomModeGivesRoomFixes() {
        SimulatedRun run = SimulatedRun.ble(SITE, "b-1", Duration.ofMinutes(10), 2, BleRadioSettings.DEFAULTS, 13);
        List<Fix> fixes = replay(run.readings(), LocationEngine.Settings.DEFAULTS.withBleMode(LocationEngine.BleMode.ROOM));
        assertFalse(fixes.isEmpty());
        assertTrue(fixes.stream().allMatch(f -> f.technology() == Technology.BLE_ROOM));
    }

    @Test
    void aTagHeardOnUwbAndBleGetsUwbFixes() {
        SimulatedRun uwb = SimulatedRun.uwb(SITE, "t-1", Duration.ofMinutes(1), 10, LINE_OF_SIGHT, 15);
        SimulatedRun ble = SimulatedRun.ble(SITE, "t-1", Duration.ofMinutes(2), 2, BleRadioSettings.DEFAULTS, 16);
        List<Reading> both = new ArrayList<>(uwb.readings());
        both.addAll(ble.readings());
        both.sort(java.util.Comparator.comparing(Reading::time));
        List<Fix> fixes = replay(both, NO_WALL_EXCESS);
        Instant lastUwb = uwb.readings().get(uwb.readings().size() - 1).time();
        assertTrue(fixes.stream().filter(f -> !f.time().isAfter(lastUwb)).allMatch(f -> f.technology() == Technology.UWB_TWR),
                "only UWB fixes while UWB is heard");
        assertTrue(fixes.stream().anyMatch(f -> f.technology() == Technology.BLE && f.time().isAfter(lastUwb.plusSeconds(5))),
                "BLE takes over once UWB is silent");
    }

    @Test
    void aLastRoundIsSolvedWhenItsTimeIsUpNotHeldForTheNext() {
        SimulatedRun run = SimulatedRun.uwb(SITE, "t-1", Duration.ofSeconds(1), 10, LINE_OF_SIGHT, 18);
        Instant first = run.readings().get(0).time();
        LocationEngine engine = new LocationEngine(SITE, NO_WALL_EXCESS);
        List<Fix> fixes = new ArrayList<>();
        run.readings().stream().filter(r -> r.time().equals(first)).forEach(r -> engine.accept(r, fixes::add));
        assertTrue(fixes.isEmpty(), "the round may still grow");
        engine.closeEpochsBefore(first, fixes::add);
        assertTrue(fixes.isEmpty(), "an epoch is closed only once it began before the given time");
        engine.closeEpochsBefore(first.plusMillis(200), fixes::add);
        assertEquals(1, fixes.size());
    }

    @Test
    void aResumedTagContinuesItsTrack() {
        SimulatedRun run = SimulatedRun.uwb(SITE, "t-1", Duration.ofSeconds(20), 10, LINE_OF_SIGHT, 19);
        List<Fix> before = replay(run.readings().subList(0, run.readings().size() / 2), NO_WALL_EXCESS);
        Fix last = before.get(before.size() - 1);

        LocationEngine restarted = new LocationEngine(SITE, NO_WALL_EXCESS);
        restarted.resume(last);
        assertEquals(1, restarted.trackedTags());
        List<Fix> after = new ArrayList<>();
        run.readings().subList(run.readings().size() / 2, run.readings().size()).forEach(r -> restarted.accept(r, after::add));
        // Resumed, the first fix after the restart is already settled: as accurate as the last one before.
        assertTrue(after.get(0).accuracyMetres() <= 1.5 * last.accuracyMetres(),
                after.get(0).accuracyMetres() + " m after, " + last.accuracyMetres() + " m before");
    }

    @Test
    void degenerateReadingsGiveNoFixAndNoException() {
        Instant t = SimulatedRun.START;
        List<Reading> readings = List.of(
                new UwbRange("t-9", "no-such-anchor", 3, t),
                new UwbRange("t-9", "uwb-0-01", 3, t), new UwbRange("t-9", "uwb-0-02", 4, t),
                new UwbRange("t-9", "uwb-0-01", Double.NaN, t.plusMillis(100)),
                new UwbRange("t-9", "uwb-0-02", -2, t.plusMillis(100)), new UwbRange("t-9", "uwb-0-03", 1e6, t.plusMillis(100)),
                new UwbRange("t-9", "uwb-0-01", 1, t.plusMillis(200)), new UwbRange("t-9", "uwb-0-02", 1, t.plusMillis(200)),
                new UwbRange("t-9", "uwb-0-03", 1, t.plusMillis(200)));
        List<Fix> fixes = assertDoesNotThrow(() -> replay(readings, LocationEngine.Settings.DEFAULTS));
        assertTrue(fixes.stream().allMatch(f -> Double.isFinite(f.x()) && Double.isFinite(f.y())), fixes.toString());
    }

    @Test
    void theSameReadingsGiveTheSameFixes() {
        SimulatedRun run = SimulatedRun.uwb(SITE, "t-1", Duration.ofMinutes(1), 10, UwbRadioSettings.DEFAULTS, 14);
        // (with walls: NLOS links, refused moves and floor changes all take part)
        assertEquals(replay(run.readings(), LocationEngine.Settings.DEFAULTS), replay(run.readings(), LocationEngine.Settings.DEFAULTS));
    }

    static List<Fix> replay(List<Reading> readings, LocationEngine.Settings settings) {
        LocationEngine engine = new LocationEngine(SITE, settings);
        List<Fix> fixes = new ArrayList<>();
        readings.forEach(r -> engine.accept(r, fixes::add));
        engine.flush(fixes::add);
        return fixes;
    }

    private static double[] errors(SimulatedRun run, List<Fix> fixes) {
        return fixes.stream().mapToDouble(f -> error(run, f)).toArray();
    }

    private static double error(SimulatedRun run, Fix fix) {
        WalkSample truth = run.truthAt(fix.time());
        return Math.hypot(fix.x() - truth.x(), fix.y() - truth.y());
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
