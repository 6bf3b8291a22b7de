package io.sextant.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.sextant.geometry.Building;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;
import io.sextant.model.BleRssi;
import io.sextant.model.BleScan;
import io.sextant.model.Fix;
import io.sextant.model.Reading;
import io.sextant.model.Technology;
import io.sextant.model.UwbRange;
import io.sextant.model.UwbTdoa;

/**
 * Turns a stream of readings into fixes, for the tags of one site. For each tag, in order:
 * <ol>
 * <li>gather readings into an epoch (a UWB ranging round or blink) or a BLE window;</li>
 * <li>pick the floor, with hysteresis ({@link FloorSelector});</li>
 * <li>solve on that floor's anchors or receivers ({@link TwrSolver}, {@link TdoaSolver}, BLE);</li>
 * <li>prefer UWB: a BLE measurement is dropped while the tag has a recent UWB one;</li>
 * <li>hold the measurement to the plan: refuse a move through a wall no walk explains ({@link MapMatcher});</li>
 * <li>track it ({@link TrackFilter}): the fix is the filtered position with its 95 % radius;</li>
 * <li>snap the fix into walkable space and name its zones.</li>
 * </ol>
 * Readings of one tag must arrive in time order; different tags are independent. Not
 * thread-safe: give each worker thread its own engine and its own share of the tags.
 */
public final class LocationEngine {

    /** How BLE readings become positions. */
    public enum BleMode {
        /** Weighted least squares on path-loss ranging: a position anywhere on the floor. */
        POSITION,
        /** The most probable room, for deployments with one receiver per room. */
        ROOM
    }

    /**
     * @param tagHeightMetres height of tags above their floor
     * @param uwbEpochMicros how long a UWB ranging round may last
     * @param bleFixIntervalMicros at most one BLE fix per tag in this interval
     * @param preferUwbMicros BLE fixes are dropped while the tag's last UWB fix is younger than this
     * @param walls what the plan's walls do to UWB ranges ({@link UwbStage.WallCorrection})
     */
    public record Settings(double tagHeightMetres, long uwbEpochMicros, long bleFixIntervalMicros, long preferUwbMicros,
            BleMode bleMode, TrackFilter.Settings tracking, FloorSelector.Settings floors, TwrSettings twr,
            TdoaSettings tdoa, UwbStage.WallCorrection walls) {

        public static final Settings DEFAULTS = new Settings(1.2, 50_000, 1_000_000, 5_000_000, BleMode.POSITION,
                TrackFilter.Settings.PEOPLE, FloorSelector.Settings.DEFAULTS, TwrSettings.DEFAULTS, TdoaSettings.DEFAULTS,
                UwbStage.WallCorrection.TYPICAL);

        public Settings withBleMode(BleMode mode) {
            return new Settings(tagHeightMetres, uwbEpochMicros, bleFixIntervalMicros, preferUwbMicros, mode, tracking, floors,
                    twr, tdoa, walls);
        }

        public Settings withTagHeightMetres(double metres) {
            return new Settings(metres, uwbEpochMicros, bleFixIntervalMicros, preferUwbMicros, bleMode, tracking, floors,
                    twr, tdoa, walls);
        }

        public Settings withTwr(TwrSettings settings) {
            return new Settings(tagHeightMetres, uwbEpochMicros, bleFixIntervalMicros, preferUwbMicros, bleMode, tracking,
                    floors, settings, tdoa, walls);
        }

        public Settings withWalls(UwbStage.WallCorrection correction) {
            return new Settings(tagHeightMetres, uwbEpochMicros, bleFixIntervalMicros, preferUwbMicros, bleMode, tracking,
                    floors, twr, tdoa, correction);
        }
    }

    /** What the engine keeps per tag between readings. */
    private record TagState(TrackState track, FloorState floor, long lastUwbMicros, int refusedMoves) {
    }

    /** Refused moves in a row after which the map stops refusing (the tag got past unheard). */
    private static final int MAX_REFUSED_MOVES = 5;

    private final Settings settings;
    private final String siteId;
    private final Map<String, String> buildingOfFloor = new HashMap<>();
    private final MapMatcher matcher;
    private final TrackFilter tracker;
    private final FloorSelector floorSelector;
    private final UwbStage uwb;
    private final BleStage ble;
    private final Map<String, TagState> tags = new HashMap<>();
    private final Map<String, UwbEpoch> openRounds = new TreeMap<>();
    private final Map<String, UwbEpoch> openBlinks = new TreeMap<>();

    public LocationEngine(Site site, Settings settings) {
        this(site, new NavigationGraph(site), settings);
    }

    public LocationEngine(Site site, NavigationGraph navigation, Settings settings) {
        this.settings = settings;
        this.siteId = site.id();
        for (Building building : site.buildings()) {
            for (FloorPlan floor : building.floors()) {
                buildingOfFloor.put(floor.id(), building.id());
            }
        }
        this.matcher = new MapMatcher(site, navigation);
        this.tracker = new TrackFilter(settings.tracking());
        this.floorSelector = new FloorSelector(settings.floors());
        this.uwb = new UwbStage(site, settings.twr(), settings.tdoa(), settings.walls());
        this.ble = new BleStage(site, settings.bleMode(), settings.bleFixIntervalMicros(), settings.tagHeightMetres());
    }

    public void accept(Reading reading, Consumer<Fix> out) {
        long micros = micros(reading.time());
        if (reading instanceof UwbRange range) {
            addRange(range, micros, out);
        } else if (reading instanceof UwbTdoa arrival) {
            addArrival(arrival, micros, out);
        } else if (reading instanceof BleRssi rssi) {
            BleStage.Window window = ble.addAdvertisement(rssi, micros);
            if (window != null) {
                locate(rssi.tagId(), window.evidenceFloor(), micros, (floor, px, py) -> ble.solve(window, floor, px, py), out);
            }
        } else if (reading instanceof BleScan scan) {
            BleStage.Window window = ble.addScan(scan, micros);
            if (window != null) {
                locate(scan.tagId(), window.evidenceFloor(), micros, (floor, px, py) -> ble.solve(window, floor, px, py), out);
            }
        }
    }

    /** Solves every epoch still open (end of a replay; or a periodic tick), tags in id order. */
    public void flush(Consumer<Fix> out) {
        List<UwbEpoch> rounds = new ArrayList<>(openRounds.values());
        List<UwbEpoch> blinks = new ArrayList<>(openBlinks.values());
        openRounds.clear();
        openBlinks.clear();
        rounds.forEach(epoch -> solveEpoch(epoch, false, out));
        blinks.forEach(epoch -> solveEpoch(epoch, true, out));
    }

    /**
     * Solves the epochs that began before {@code time}: live operation calls it a little after
     * the epoch window, so that a tag's last ranging round is not held until its next one.
     */
    public void closeEpochsBefore(Instant time, Consumer<Fix> out) {
        long micros = micros(time);
        List<UwbEpoch> due = new ArrayList<>();
        openRounds.values().removeIf(epoch -> epoch.startMicros < micros && due.add(epoch));
        due.forEach(epoch -> solveEpoch(epoch, false, out));
        due.clear();
        openBlinks.values().removeIf(epoch -> epoch.startMicros < micros && due.add(epoch));
        due.forEach(epoch -> solveEpoch(epoch, true, out));
    }

    /**
     * Resumes a tag's track from its last known fix (after a restart): the tag is on that floor,
     * at that position with that accuracy, at rest, so its next readings refine it rather than
     * start it afresh. Ignored for a floor the site does not have.
     */
    public void resume(Fix fix) {
        if (!buildingOfFloor.containsKey(fix.floorId()) || !Double.isFinite(fix.accuracyMetres())) {
            return;
        }
        double variance = Math.pow(fix.accuracyMetres() / 2.4477, 2);
        TrackState track = tracker.start(micros(fix.time()), fix.floorId(), fix.x(), fix.y(), variance, 0, variance);
        tags.put(fix.tagId(), new TagState(track, FloorState.on(fix.floorId()), Long.MIN_VALUE, 0));
    }

    /** The tags the engine is tracking. */
    public int trackedTags() {
        return tags.size();
    }

    private void addRange(UwbRange range, long micros, Consumer<Fix> out) {
        if (!uwb.knows(range.anchorId())) {
            return;
        }
        UwbEpoch open = openRounds.get(range.tagId());
        if (open != null && (micros - open.startMicros > settings.uwbEpochMicros() || open.contains(range.anchorId()))) {
            openRounds.remove(range.tagId());
            solveEpoch(open, false, out);
            open = null;
        }
        if (open == null) {
            open = new UwbEpoch(range.tagId(), 0, micros);
            openRounds.put(range.tagId(), open);
        }
        open.add(range.anchorId(), range.rangeMetres(), 0, micros);
    }

    private void addArrival(UwbTdoa arrival, long micros, Consumer<Fix> out) {
        if (!uwb.knows(arrival.anchorId())) {
            return;
        }
        UwbEpoch open = openBlinks.get(arrival.tagId());
        if (open != null && open.key != arrival.blinkSequence()) {
            openBlinks.remove(arrival.tagId());
            solveEpoch(open, true, out);
            open = null;
        }
        if (open == null) {
            open = new UwbEpoch(arrival.tagId(), arrival.blinkSequence(), micros);
            openBlinks.put(arrival.tagId(), open);
        }
        if (!open.contains(arrival.anchorId())) {
            open.add(arrival.anchorId(), Double.NaN, arrival.arrivalPicos(), micros);
        }
    }

    private void solveEpoch(UwbEpoch epoch, boolean tdoa, Consumer<Fix> out) {
        String evidence = uwb.evidenceFloor(epoch);
        if (evidence != null) {
            locate(epoch.tagId, evidence, epoch.lastMicros,
                    (floor, px, py) -> uwb.solve(epoch, tdoa, floor, settings.tagHeightMetres(), px, py), out);
        }
    }

    @FunctionalInterface
    private interface Solve {
        Measurement on(String floorId, double priorX, double priorY);
    }

    private void locate(String tagId, String evidenceFloor, long micros, Solve solve, Consumer<Fix> out) {
        TagState state = tags.get(tagId);
        TrackState track = state == null ? null : state.track();
        boolean nearConnector = track != null && matcher.nearConnector(track.floorId(), track.x(), track.y());
        FloorState floor = floorSelector.next(state == null ? null : state.floor(), evidenceFloor, nearConnector);
        boolean sameFloor = track != null && track.floorId().equals(floor.floorId());
        double dt = sameFloor ? Math.max(0, (micros - track.timeMicros()) / 1e6) : 0;
        Measurement m = sameFloor
                ? solve.on(floor.floorId(), track.x() + track.vx() * dt, track.y() + track.vy() * dt)
                : solve.on(floor.floorId(), Double.NaN, Double.NaN);
        long lastUwb = state == null ? Long.MIN_VALUE : state.lastUwbMicros();
        if (m == null || (isBle(m) && lastUwb != Long.MIN_VALUE && micros - lastUwb < settings.preferUwbMicros())) {
            tags.put(tagId, new TagState(track, floor, lastUwb, state == null ? 0 : state.refusedMoves()));
            return;
        }
        // A room fix is already a decision with hysteresis: it is neither held to walls nor smoothed.
        boolean room = m.technology() == Technology.BLE_ROOM;
        MapMatcher.Matched held = matcher.match(m.floorId(), sameFloor && !room ? track.x() : Double.NaN,
                sameFloor && !room ? track.y() : Double.NaN, m.x(), m.y(), dt, settings.tracking().maxSpeedMetresPerSecond());
        int refused = state == null ? 0 : state.refusedMoves();
        if (held.refused() && refused + 1 < MAX_REFUSED_MOVES) {
            tags.put(tagId, new TagState(track, floor, lastUwb, refused + 1));
            return;
        }
        TrackFilter.Update update = sameFloor && !room
                ? tracker.update(track, micros, held.x(), held.y(), m.cxx(), m.cxy(), m.cyy())
                : new TrackFilter.Update(tracker.start(micros, m.floorId(), held.x(), held.y(), m.cxx(), m.cxy(), m.cyy()), true);
        long uwbTime = isBle(m) ? lastUwb : micros;
        tags.put(tagId, new TagState(update.state(), floor, uwbTime, 0));
        if (update.accepted()) {
            out.accept(fix(tagId, update.state(), m));
        }
    }

    private Fix fix(String tagId, TrackState track, Measurement m) {
        MapMatcher.Matched inside = matcher.match(track.floorId(), Double.NaN, Double.NaN, track.x(), track.y(), 0, 0);
        return new Fix(tagId, instant(track.timeMicros()), siteId, buildingOfFloor.get(track.floorId()), track.floorId(),
                inside.x(), inside.y(), Double.NaN, track.accuracyMetres(), m.technology(), m.sources(), m.residual(),
                matcher.zoneIds(track.floorId(), inside.x(), inside.y()));
    }

    private static boolean isBle(Measurement m) {
        return m.technology() == Technology.BLE || m.technology() == Technology.BLE_ROOM;
    }

    private static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1000);
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }
}
