package io.sextant.model;

import java.time.Instant;

/**
 * One measurement of a tag by the fixed infrastructure (or of the infrastructure by the tag),
 * with the time it was taken. The wire format is docs/readings.md. Immutable.
 */
public sealed interface Reading permits UwbRange, UwbTdoa, BleRssi, BleScan {

    /** The tag's hardware id. */
    String tagId();

    /** When the measurement was taken (not when it arrived). */
    Instant time();
}
