package io.sextant.geometry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A building: its floors share one local frame. Immutable, thread-safe.
 *
 * @param id stable id, unique within the site
 * @param floors its floors, in any order
 */
public record Building(String id, List<FloorPlan> floors) {

    public Building {
        Objects.requireNonNull(id, "id");
        floors = List.copyOf(floors);
    }

    /** The floor with this id in this building. */
    public Optional<FloorPlan> floor(String floorId) {
        return floors.stream().filter(f -> f.id().equals(floorId)).findFirst();
    }
}
