package io.sextant.geometry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hospital site: its buildings and, when surveyed, how the local frame maps to WGS84. All buildings of a site
 * share the one local frame the georeference describes. Immutable, thread-safe.
 *
 * @param id stable id
 * @param buildings its buildings
 * @param georeference the local frame's placement on the earth, if surveyed
 */
public record Site(String id, List<Building> buildings, Optional<Georeference> georeference) {

    public Site {
        Objects.requireNonNull(id, "id");
        buildings = List.copyOf(buildings);
        Objects.requireNonNull(georeference, "georeference of site " + id);
    }

    /** Every floor of every building. */
    public List<FloorPlan> floors() {
        return buildings.stream().flatMap(b -> b.floors().stream()).toList();
    }

    /** The floor with this id, in whichever building. */
    public Optional<FloorPlan> floor(String floorId) {
        return floors().stream().filter(f -> f.id().equals(floorId)).findFirst();
    }
}
