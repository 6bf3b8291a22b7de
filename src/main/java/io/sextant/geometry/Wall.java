package io.sextant.geometry;

import java.util.Objects;

import org.locationtech.jts.geom.LineString;

/**
 * A wall as its centre line in the building frame; openings on it are cut out by {@link WallCrossing}.
 * Immutable, thread-safe (the line must not be changed once the wall is built).
 *
 * @param id stable id, unique within the site
 * @param line centre line, metres
 * @param attenuationDb how much a BLE signal loses passing through it once
 */
public record Wall(String id, LineString line, double attenuationDb) {

    public Wall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(line, "line of wall " + id);
        if (!(attenuationDb >= 0)) {
            throw new IllegalArgumentException("wall '" + id + "' has attenuation " + attenuationDb
                    + " dB; expected >= 0");
        }
    }
}
