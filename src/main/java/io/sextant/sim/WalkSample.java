package io.sextant.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a walked tag truly is at a time. Immutable, thread-safe.
 *
 * @param floorId the floor it is on
 * @param x metres east in the building frame
 * @param y metres north in the building frame
 */
public record WalkSample(Instant time, String floorId, double x, double y) {

    public WalkSample {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(floorId, "floorId");
    }
}
