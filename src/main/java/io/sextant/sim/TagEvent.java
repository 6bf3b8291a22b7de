package io.sextant.sim;

import java.util.Objects;
import java.util.Optional;

/**
 * A scheduled event of a scenario. Immutable, thread-safe.
 *
 * @param type what happens
 * @param atSeconds when, from the scenario's start
 * @param tagId the one tag of its group it happens to; empty for every tag of the group
 */
public record TagEvent(TagEventType type, double atSeconds, Optional<String> tagId) {

    public TagEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tagId, "tagId");
        UwbRadioSettings.requireAtLeast("atSeconds", atSeconds, 0);
    }

    public boolean appliesTo(String id) {
        return tagId.map(id::equals).orElse(true);
    }
}
