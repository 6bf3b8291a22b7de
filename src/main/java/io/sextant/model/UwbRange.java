package io.sextant.model;

import java.time.Instant;

/**
 * A UWB two-way-ranging distance between a tag and an anchor.
 *
 * @param rangeMetres the measured distance, metres
 * @param quality the radio's quality indicator from 0 (worst) to 1 (best), NaN when not reported
 * @param firstPathPowerDbm first-path power, dBm, NaN when not reported (a first-path power much
 *        lower than the total receive power suggests non-line-of-sight)
 */
public record UwbRange(String tagId, String anchorId, double rangeMetres, double quality, double firstPathPowerDbm,
        Instant time) implements Reading {

    /** A range with neither quality nor first-path power. */
    public UwbRange(String tagId, String anchorId, double rangeMetres, Instant time) {
        this(tagId, anchorId, rangeMetres, Double.NaN, Double.NaN, time);
    }
}
