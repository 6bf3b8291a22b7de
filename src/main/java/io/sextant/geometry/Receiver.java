package io.sextant.geometry;

import java.util.Objects;

/**
 * A BLE receiver (gateway or locator) hearing tag advertisements; its radio parameters feed the log-distance
 * path-loss model {@code rssi = rssiAt1mDbm - 10 n log10(d) - walls}. Immutable, thread-safe.
 *
 * @param id stable id, unique within the site
 * @param x metres east in the building frame
 * @param y metres north in the building frame
 * @param z mounting height above the floor, metres
 * @param rssiAt1mDbm RSSI of a reference tag at one metre in free space
 * @param pathLossExponent {@code n} of the log-distance model (2 in free space, 2-4 indoors)
 */
public record Receiver(String id, double x, double y, double z, double rssiAt1mDbm, double pathLossExponent)
        implements MountedDevice {

    public Receiver {
        Objects.requireNonNull(id, "id");
        if (!(pathLossExponent > 0)) {
            throw new IllegalArgumentException("receiver '" + id + "' has path-loss exponent " + pathLossExponent
                    + "; expected > 0");
        }
    }
}
