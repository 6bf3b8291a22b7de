package io.sextant.geometry;

import java.util.Objects;

/**
 * Something wrong with imported site data. Validation collects every problem rather than stopping at the first,
 * so an importer can show an author the whole list at once. Immutable, thread-safe.
 *
 * @param featureId the id of the floor, zone, opening, device, ... at fault
 * @param message what is wrong with it, naming related features and locations
 */
public record Problem(String featureId, String message) {

    public Problem {
        Objects.requireNonNull(featureId, "featureId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return featureId + ": " + message;
    }
}
