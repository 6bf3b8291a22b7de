package io.sextant.geometry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a floor's zones nest, following parent ids. A chain ends at a zone without a parent, at a parent id that names
 * no zone of the floor, or where it would loop; those last two are data problems {@link FloorPlanValidation} reports,
 * and here they simply end the chain so that every zone still gets a depth. Immutable, thread-safe.
 */
final class ZoneNesting {

    private final Map<String, Zone> zonesById = new HashMap<>();
    private final Map<String, Integer> depthById = new HashMap<>();

    ZoneNesting(List<Zone> zones) {
        for (Zone zone : zones) {
            zonesById.putIfAbsent(zone.id(), zone);
        }
        for (Zone zone : zones) {
            depthById.put(zone.id(), ancestors(zone).size());
        }
    }

    /** 0 for a top-level zone, 1 for a zone in it, and so on. */
    int depth(Zone zone) {
        return depthById.getOrDefault(zone.id(), 0);
    }

    /** The zone's parent, grandparent, ... as far as the chain goes. */
    List<Zone> ancestors(Zone zone) {
        Set<String> seen = new HashSet<>();
        seen.add(zone.id());
        List<Zone> chain = new ArrayList<>();
        Optional<String> parentId = zone.parentId();
        while (parentId.isPresent() && zonesById.containsKey(parentId.get()) && seen.add(parentId.get())) {
            Zone parent = zonesById.get(parentId.get());
            chain.add(parent);
            parentId = parent.parentId();
        }
        return chain;
    }

    /** Whether the zone's parent chain would loop back on itself. */
    boolean parentChainLoops(Zone zone) {
        List<Zone> chain = ancestors(zone);
        Zone last = chain.isEmpty() ? zone : chain.get(chain.size() - 1);
        return last.parentId().isPresent() && zonesById.containsKey(last.parentId().get());
    }

    /** Whether the zone's parent id names a zone of this floor (true when it has no parent). */
    boolean hasKnownParent(Zone zone) {
        return zone.parentId().map(zonesById::containsKey).orElse(true);
    }
}
