package io.sextant.sim;

import java.util.Objects;

import io.sextant.geometry.FloorPoint;

/**
 * A place a walk goes to and how long it stays there ({@link TagWalker#walkThrough}). Immutable, thread-safe.
 *
 * @param point where, in the building frame
 * @param dwellSeconds how long the tag stays once it has arrived
 */
public record Stop(FloorPoint point, double dwellSeconds) {

    public Stop {
        Objects.requireNonNull(point, "point");
        UwbRadioSettings.requireAtLeast("dwellSeconds", dwellSeconds, 0);
    }
}
