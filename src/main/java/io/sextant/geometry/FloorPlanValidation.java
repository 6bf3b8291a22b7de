package io.sextant.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks of one floor's geometry. Each returns every problem it finds, never throws on bad data, and skips what an
 * earlier check found broken (an invalid polygon is reported once, not again as an overlap). Stateless, thread-safe.
 */
public final class FloorPlanValidation {

    private FloorPlanValidation() {
    }

    /** Invalid or self-intersecting outline and zone polygons, with JTS's reason and location. */
    public static List<Problem> invalidPolygons(FloorPlan floor) {
        List<Problem> problems = new ArrayList<>();
        invalidity(floor.outline()).ifPresent(
                reason -> problems.add(new Problem(floor.id(), "floor outline is invalid: " + reason)));
        for (Zone zone : floor.zones()) {
            invalidity(zone.polygon()).ifPresent(
                    reason -> problems.add(new Problem(zone.id(), "zone polygon is invalid: " + reason)));
        }
        return problems;
    }

    /** Zones reaching more than the tolerance outside the floor outline. */
    public static List<Problem> zonesOutsideOutline(FloorPlan floor, double toleranceMetres) {
        List<Problem> problems = new ArrayList<>();
        if (!isValid(floor.outline())) {
            return problems;
        }
        PreparedGeometry outline = PreparedGeometryFactory.prepare(floor.outline().buffer(toleranceMetres));
        for (Zone zone : floor.zones()) {
            if (isValid(zone.polygon()) && !outline.covers(zone.polygon())) {
                double outsideSquareMetres = zone.polygon().difference(floor.outline()).getArea();
                problems.add(new Problem(zone.id(), String.format(Locale.ROOT,
                        "zone reaches outside the outline of floor '%s' (%.2f m² outside)", floor.id(),
                        outsideSquareMetres)));
            }
        }
        return problems;
    }

    /**
     * Zones at the same nesting depth that overlap, where the overlap shrunk by the tolerance (which forgives shared
     * walls drawn slightly apart) still exceeds {@code minOverlapSquareMetres}. The message gives the whole overlap.
     */
    public static List<Problem> overlappingZones(FloorPlan floor, double toleranceMetres,
            double minOverlapSquareMetres) {
        ZoneNesting nesting = new ZoneNesting(floor.zones());
        List<Zone> valid = floor.zones().stream().filter(z -> isValid(z.polygon())).toList();
        STRtree tree = new STRtree();
        for (int i = 0; i < valid.size(); i++) {
            tree.insert(valid.get(i).polygon().getEnvelopeInternal(), i);
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            Zone zone = valid.get(i);
            for (Object candidate : tree.query(zone.polygon().getEnvelopeInternal())) {
                Zone other = valid.get((Integer) candidate);
                if ((Integer) candidate > i && nesting.depth(zone) == nesting.depth(other)) {
                    Geometry overlap = zone.polygon().intersection(other.polygon());
                    if (overlap.buffer(-toleranceMetres).getArea() > minOverlapSquareMetres) {
                        problems.add(new Problem(zone.id(), String.format(Locale.ROOT,
                                "zone overlaps zone '%s' by %.2f m²", other.id(), overlap.getArea())));
                    }
                }
            }
        }
        return problems;
    }

    /** Parent ids that name no zone of the floor, or chains of parents that loop. */
    public static List<Problem> brokenNesting(FloorPlan floor) {
        ZoneNesting nesting = new ZoneNesting(floor.zones());
        List<Problem> problems = new ArrayList<>();
        for (Zone zone : floor.zones()) {
            if (!nesting.hasKnownParent(zone)) {
                problems.add(new Problem(zone.id(), "parent zone '" + zone.parentId().orElseThrow()
                        + "' is not a zone of floor '" + floor.id() + "'"));
            } else if (nesting.parentChainLoops(zone)) {
                problems.add(new Problem(zone.id(), "parent zones loop: " + zone.id() + " -> "
                        + String.join(" -> ", nesting.ancestors(zone).stream().map(Zone::id).toList()) + " -> ..."));
            }
        }
        return problems;
    }

    /** Stairs and lift zones with no vertical-connector id, which therefore link no floors. */
    public static List<Problem> connectorsMissing(FloorPlan floor) {
        return floor.zones().stream()
                .filter(zone -> zone.kind().isVerticalConnector() && zone.connectorId().isEmpty())
                .map(zone -> new Problem(zone.id(), zone.kind() + " zone has no vertical-connector id"))
                .toList();
    }

    /** Anchors, receivers and beacons further than the tolerance outside the floor outline. */
    public static List<Problem> devicesOutsideOutline(FloorPlan floor, double toleranceMetres) {
        if (!isValid(floor.outline())) {
            return List.of();
        }
        PreparedGeometry outline = PreparedGeometryFactory.prepare(floor.outline().buffer(toleranceMetres));
        return floor.devices().stream()
                .filter(d -> !outline.covers(floor.outline().getFactory().createPoint(new Coordinate(d.x(), d.y()))))
                .map(d -> new Problem(d.id(), String.format(Locale.ROOT,
                        "%s at (%.2f, %.2f) is outside the outline of floor '%s'",
                        d.getClass().getSimpleName().toLowerCase(Locale.ROOT), d.x(), d.y(), floor.id())))
                .toList();
    }

    /** Openings that do not join two different zones of the floor, each within the tolerance of the opening. */
    public static List<Problem> openingsNotJoiningTwoZones(FloorPlan floor, double toleranceMetres) {
        List<Problem> problems = new ArrayList<>();
        for (Opening opening : floor.openings()) {
            if (opening.firstZoneId().equals(opening.secondZoneId())) {
                problems.add(new Problem(opening.id(), "opening joins zone '" + opening.firstZoneId() + "' to itself"));
                continue;
            }
            for (String zoneId : List.of(opening.firstZoneId(), opening.secondZoneId())) {
                Optional<Zone> zone = floor.zone(zoneId);
                double gapMetres = zone.map(z -> z.polygon().distance(opening.location())).orElse(0.0);
                if (zone.isEmpty()) {
                    problems.add(new Problem(opening.id(),
                            "opening names zone '" + zoneId + "', which is not on floor '" + floor.id() + "'"));
                } else if (gapMetres > toleranceMetres) {
                    problems.add(new Problem(opening.id(), String.format(Locale.ROOT,
                            "opening does not touch zone '%s' (%.2f m away)", zoneId, gapMetres)));
                }
            }
        }
        return problems;
    }

    private static boolean isValid(Polygon polygon) {
        return invalidity(polygon).isEmpty();
    }

    private static Optional<String> invalidity(Geometry geometry) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        Coordinate at = error.getCoordinate();
        return Optional.of(at == null ? error.getMessage()
                : String.format(Locale.ROOT, "%s at (%.3f, %.3f)", error.getMessage(), at.x, at.y));
    }
}
