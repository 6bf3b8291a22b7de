package io.sextant.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.locationtech.jts.geom.Polygon;

/**
 * One floor of a building in the building's local frame (metres, x east, y north). Built once from an imported
 * floor plan and shared read-only by every stage. Immutable, thread-safe (geometries must not be changed).
 *
 * @param id floor id, unique within the site (routes name floors by it)
 * @param level storey number, 0 for the ground floor, negative below it
 * @param elevationMetres height of the finished floor above the building's datum
 * @param outline the floor's footprint
 * @param zones areas of the floor, nested through their parent ids
 * @param walls walls, with openings still on them
 * @param openings doors and doorways
 * @param anchors UWB anchors
 * @param receivers BLE receivers
 * @param beacons fixed BLE beacons
 */
public record FloorPlan(String id, int level, double elevationMetres, Polygon outline, List<Zone> zones,
        List<Wall> walls, List<Opening> openings, List<Anchor> anchors, List<Receiver> receivers,
        List<Beacon> beacons) {

    public FloorPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outline, "outline of floor " + id);
        zones = List.copyOf(zones);
        walls = List.copyOf(walls);
        openings = List.copyOf(openings);
        anchors = List.copyOf(anchors);
        receivers = List.copyOf(receivers);
        beacons = List.copyOf(beacons);
    }

    /** The zone with this id on this floor. */
    public Optional<Zone> zone(String zoneId) {
        return zones.stream().filter(z -> z.id().equals(zoneId)).findFirst();
    }

    /** Anchors, receivers and beacons together. */
    public List<MountedDevice> devices() {
        List<MountedDevice> devices = new ArrayList<>(anchors.size() + receivers.size() + beacons.size());
        devices.addAll(anchors);
        devices.addAll(receivers);
        devices.addAll(beacons);
        return List.copyOf(devices);
    }
}
