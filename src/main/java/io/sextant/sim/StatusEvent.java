package io.sextant.sim;

import java.time.Instant;

/** An event as a gateway reports it in a status message. Immutable, thread-safe. */
public record StatusEvent(String tagId, TagEventType type, Instant time) {
}
