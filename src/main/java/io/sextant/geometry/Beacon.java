package io.sextant.geometry;

import java.util.Objects;

/**
 * A fixed BLE beacon heard by mobile tags or phones. Immutable, thread-safe.
 *
 * @param id stable id, unique within the site
 * @param x metres east in the building frame
 * @param y metres north in the building frame
 * @param z mounting height above the floor, metres
 * @param txPowerAt1mDbm calibrated RSSI at one metre, as advertised by the beacon
 */
public record Beacon(String id, double x, double y, double z, double txPowerAt1mDbm) implements MountedDevice {

    public Beacon {
        Objects.requireNonNull(id, "id");
    }
}
