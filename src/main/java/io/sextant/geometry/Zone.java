package io.sextant.geometry;

import java.util.Objects;
import java.util.Optional;

import org.locationtech.jts.geom.Polygon;

/**
 * A named area of one floor: a ward, a room, a bay, a corridor. Zones nest (a bay in a room in a ward) through
 * {@code parentId}; stairs and lifts carry a {@code connectorId} that is shared by the same stairwell or lift shaft on
 * every floor it serves. (Not an OMLOX zone, which is a positioning system's coverage area with its ground control
 * points; a Sextant zone is what an OMLOX fence region would outline.)
 * <p>
 * The polygon is in the building's local frame (metres, x east, y north) and, as JTS geometries are by convention,
 * must not be changed once the zone is built. Immutable, thread-safe.
 *
 * @param id stable id, unique within the site
 * @param name display name
 * @param kind what the zone is used for
 * @param polygon outline in the building frame
 * @param parentId the zone this one lies in, if any (a zone of the same floor)
 * @param connectorId for {@link ZoneKind#STAIRS} and {@link ZoneKind#LIFT} only: the stairwell or shaft it belongs to
 */
public record Zone(String id, String name, ZoneKind kind, Polygon polygon, Optional<String> parentId,
        Optional<String> connectorId) {

    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name of zone " + id);
        Objects.requireNonNull(kind, "kind of zone " + id);
        Objects.requireNonNull(polygon, "polygon of zone " + id);
        Objects.requireNonNull(parentId, "parentId of zone " + id);
        Objects.requireNonNull(connectorId, "connectorId of zone " + id);
        if (connectorId.isPresent() && !kind.isVerticalConnector()) {
            throw new IllegalArgumentException("zone '" + id + "' is a " + kind
                    + " but has connector id '" + connectorId.get() + "'; only STAIRS and LIFT zones link floors");
        }
    }

    /** A top-level zone that is not a vertical connector. */
    public Zone(String id, String name, ZoneKind kind, Polygon polygon) {
        this(id, name, kind, polygon, Optional.empty(), Optional.empty());
    }
}
