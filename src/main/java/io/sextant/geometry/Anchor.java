package io.sextant.geometry;

import java.util.Objects;

/**
 * A UWB anchor. Immutable, thread-safe.
 *
 * @param id stable id, unique within the site
 * @param x metres east in the building frame
 * @param y metres north in the building frame
 * @param z mounting height above the floor, metres
 * @param rangeBiasMetres constant offset this anchor adds to every range (antenna delay left after calibration)
 */
public record Anchor(String id, double x, double y, double z, double rangeBiasMetres) implements MountedDevice {

    public Anchor {
        Objects.requireNonNull(id, "id");
    }
}
