package io.sextant.model;

import java.time.Instant;

/**
 * The arrival of one tag blink at one anchor, timestamped on the anchors' synchronised clock.
 * The blinks with the same sequence number, heard by several anchors, make one TDoA fix.
 *
 * @param blinkSequence the tag's blink counter, the same at every anchor that heard the blink
 * @param arrivalPicos arrival time on the synchronised anchor clock, picoseconds
 */
public record UwbTdoa(String tagId, long blinkSequence, String anchorId, long arrivalPicos, Instant time)
        implements Reading {
}
