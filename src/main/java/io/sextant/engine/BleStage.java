package io.sextant.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.sextant.geometry.Beacon;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Receiver;
import io.sextant.geometry.Site;
import io.sextant.model.BleRssi;
import io.sextant.model.BleScan;
import io.sextant.model.Technology;

/**
 * BLE for the engine: smooths each (tag, device) link, and at most once per interval per tag
 * opens a window that is solved on one floor, as a position (weighted least squares) or as a
 * room ({@link LocationEngine.BleMode}). Not thread-safe: one per engine.
 */
final class BleStage {

    /** A tag's links at one moment, ready to solve; {@code evidenceFloor} has the most current links. */
    record Window(String tagId, long micros, String evidenceFloor) {
    }

    private record FloorModels(BlePathLoss pathLoss, BleSolver solver, RoomLocator rooms) {
    }

    private static final class TagLinks {
        final Map<String, RssiLinkState> links = new TreeMap<>();
        final Map<String, RoomState> rooms = new HashMap<>();
        long lastWindowMicros = Long.MIN_VALUE;
    }

    private final LocationEngine.BleMode mode;
    private final long intervalMicros;
    private final double tagHeightMetres;
    private final Map<String, FloorModels> floors = new HashMap<>();
    private final Map<String, String> floorOfDevice = new HashMap<>();
    private final Map<String, TagLinks> tags = new HashMap<>();
    /**
     * Faster than the smoother's stand-alone defaults (3 s, 10 s): a link from a room the tag left
     * should fade within a second or two, not pull the fix back. Measured on the ward benchmark.
     */
    private final RssiSmoother smoother = new RssiSmoother(1000, 10, 3000);
    /**
     * The engine's room hysteresis: margin 0.3 for 3 s, or at once on decisive evidence (0.9). The
     * locator's own default (0.4 for 8 s) never flaps but reports a room change 10-15 s late; on the
     * ward benchmark (docs/accuracy.md) this setting gave the most correct fixes.
     */
    private static final RoomLocator.Settings ROOM_HYSTERESIS = new RoomLocator.Settings(0.3, 3000, 0.5, 0.9);
    private final BleObservations observations = new BleObservations();

    BleStage(Site site, LocationEngine.BleMode mode, long intervalMicros, double tagHeightMetres) {
        this.mode = mode;
        this.intervalMicros = intervalMicros;
        this.tagHeightMetres = tagHeightMetres;
        for (FloorPlan floor : site.floors()) {
            if (floor.receivers().isEmpty() && floor.beacons().isEmpty()) {
                continue;
            }
            BlePathLoss pathLoss = new BlePathLoss(new BleAttenuationGrid(floor));
            RoomLocator rooms = mode == LocationEngine.BleMode.ROOM ? new RoomLocator(new RoomModel(floor, pathLoss), ROOM_HYSTERESIS) : null;
            floors.put(floor.id(), new FloorModels(pathLoss, new BleSolver(pathLoss), rooms));
            floor.receivers().stream().map(Receiver::id).forEach(id -> floorOfDevice.put(id, floor.id()));
            floor.beacons().stream().map(Beacon::id).forEach(id -> floorOfDevice.put(id, floor.id()));
        }
    }

    Window addAdvertisement(BleRssi rssi, long micros) {
        return add(rssi.tagId(), rssi.receiverId(), rssi.rssiDbm(), micros);
    }

    Window addScan(BleScan scan, long micros) {
        return add(scan.tagId(), scan.beaconId(), scan.rssiDbm(), micros);
    }

    private Window add(String tagId, String deviceId, double rssiDbm, long micros) {
        if (!floorOfDevice.containsKey(deviceId) || !BlePathLoss.isPlausibleRssi(rssiDbm)) {
            return null;
        }
        TagLinks tag = tags.computeIfAbsent(tagId, k -> new TagLinks());
        long millis = micros / 1000;
        tag.links.put(deviceId, smoother.update(tag.links.get(deviceId), rssiDbm, millis));
        if (tag.lastWindowMicros != Long.MIN_VALUE && micros - tag.lastWindowMicros < intervalMicros) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, RssiLinkState> link : tag.links.entrySet()) {
            if (smoother.isCurrent(link.getValue(), millis)) {
                String floor = floorOfDevice.get(link.getKey());
                int count = counts.merge(floor, 1, Integer::sum);
                if (count > bestCount) {
                    best = floor;
                    bestCount = count;
                }
            }
        }
        tag.lastWindowMicros = micros;
        return new Window(tagId, micros, best);
    }

    /** Solves the window on {@code floorId}; null when no position can be had. */
    Measurement solve(Window window, String floorId, double priorX, double priorY) {
        FloorModels models = floors.get(floorId);
        TagLinks tag = tags.get(window.tagId());
        if (models == null || tag == null) {
            return null;
        }
        long millis = window.micros() / 1000;
        observations.clear().tagHeightMetres(tagHeightMetres);
        List<String> sources = new ArrayList<>();
        for (Map.Entry<String, RssiLinkState> link : tag.links.entrySet()) {
            int index = models.pathLoss().deviceIndex(link.getKey());
            if (index >= 0 && smoother.isCurrent(link.getValue(), millis)) {
                observations.add(index, link.getValue().rssiDbm());
                sources.add(link.getKey());
            }
        }
        if (mode == LocationEngine.BleMode.ROOM) {
            RoomState room = models.rooms().update(tag.rooms.getOrDefault(floorId, RoomState.UNKNOWN), observations, millis);
            tag.rooms.put(floorId, room);
            if (!room.isLocated()) {
                return null;
            }
            double variance = Math.pow(room.accuracyMetres() / 2.4477, 2);
            return new Measurement(window.micros(), floorId, room.x(), room.y(), variance, 0, variance, Technology.BLE_ROOM,
                    sources, Double.NaN, room.probability() < 0.5);
        }
        BleSolution s = models.solver().solve(observations, priorX, priorY);
        if (!s.hasFix()) {
            return null;
        }
        return new Measurement(window.micros(), floorId, s.x(), s.y(), s.varianceXSquareMetres(), s.covarianceXySquareMetres(),
                s.varianceYSquareMetres(), Technology.BLE, sources, s.rmsResidualDb(), s.quality() == BleSolution.Quality.LOW);
    }
}
