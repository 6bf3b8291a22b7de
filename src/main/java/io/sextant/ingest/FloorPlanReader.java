package io.sextant.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.databind.JsonNode;

import io.sextant.geometry.Anchor;
import io.sextant.geometry.Beacon;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.GroundControlPoint;
import io.sextant.geometry.Opening;
import io.sextant.geometry.Problem;
import io.sextant.geometry.Receiver;
import io.sextant.geometry.Wall;
import io.sextant.geometry.Zone;
import io.sextant.geometry.ZoneKind;

/**
 * Reads one floor file of Sextant's floor-plan format (docs/floorplans.md) into the geometry
 * model, collecting every structural problem instead of stopping at the first: a missing or
 * unknown kind, a wrong geometry type, a malformed coordinate, a bad id. Checks that need the
 * geometry itself (overlaps, nesting, openings) are {@code FloorPlanValidation}'s.
 * Stateless and thread-safe.
 */
public final class FloorPlanReader {

    /** The outcome: the floor (absent when the document is too broken to build one) and its problems. */
    public record Result(Optional<Floor> floor, List<Problem> problems) {
    }

    /** A floor as read: the model, what people call it, and the ground control points on it. */
    public record Floor(FloorPlan plan, String name, List<GroundControlPoint> controlPoints) {
    }

    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final double DEFAULT_WALL_ATTENUATION_DB = 5;
    private static final double DEFAULT_RSSI_AT_1M_DBM = -59;
    private static final double DEFAULT_PATH_LOSS_EXPONENT = 2.0;

    private final GeometryFactory factory = new GeometryFactory();

    public Result read(JsonNode document) {
        Collector c = new Collector();
        if (document == null || !document.isObject() || !"FeatureCollection".equals(document.path("type").asText())) {
            c.problem("(document)", "is not a GeoJSON FeatureCollection");
            return new Result(Optional.empty(), c.problems);
        }
        JsonNode floor = document.path("floor");
        String floorId = floor.path("id").asText("");
        if (!ID.matcher(floorId).matches()) {
            c.problem("(floor)", "floor.id must be 1-64 of A-Z a-z 0-9 . _ - (got '" + floorId + "')");
        }
        if (!floor.path("level").isIntegralNumber()) {
            c.problem("(floor)", "floor.level must be an integer storey number");
        }
        if (!floor.path("elevation").isNumber()) {
            c.problem("(floor)", "floor.elevation must be a number of metres");
        }
        JsonNode features = document.path("features");
        if (!features.isArray()) {
            c.problem("(document)", "features must be an array");
            return new Result(Optional.empty(), c.problems);
        }
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode feature : features) {
            readFeature(feature, index++, ids, c);
        }
        if (c.outlines.size() != 1) {
            c.problem("(floor)", "needs exactly one floor-outline feature, found " + c.outlines.size());
        }
        if (!c.problems.isEmpty()) {
            return new Result(Optional.empty(), c.problems);
        }
        FloorPlan plan = new FloorPlan(floorId, floor.path("level").asInt(), floor.path("elevation").asDouble(),
                c.outlines.get(0), c.zones, c.walls, c.openings, c.anchors, c.receivers, c.beacons);
        return new Result(Optional.of(new Floor(plan, floor.path("name").asText(floorId), c.controlPoints)), c.problems);
    }

    private void readFeature(JsonNode feature, int index, Set<String> ids, Collector c) {
        String id = feature.path("id").asText("");
        String label = id.isEmpty() ? "(feature #" + index + ")" : id;
        if (!ID.matcher(id).matches()) {
            c.problem(label, "id must be 1-64 of A-Z a-z 0-9 . _ -");
            return;
        }
        if (!ids.add(id)) {
            c.problem(id, "duplicate feature id");
            return;
        }
        JsonNode properties = feature.path("properties");
        JsonNode geometry = feature.path("geometry");
        String kind = properties.path("kind").asText("");
        try {
            switch (kind) {
                case "floor-outline" -> c.outlines.add(polygon(geometry));
                case "zone" -> c.zones.add(zone(id, properties, geometry));
                case "wall" -> c.walls.add(new Wall(id, lineString(geometry),
                        number(properties, "attenuation_db", DEFAULT_WALL_ATTENUATION_DB)));
                case "opening" -> c.openings.add(opening(id, properties, geometry));
                case "anchor" -> {
                    Coordinate p = point(geometry);
                    c.anchors.add(new Anchor(id, p.x, p.y, required(properties, "z"), number(properties, "range_bias_m", 0)));
                }
                case "receiver" -> {
                    Coordinate p = point(geometry);
                    c.receivers.add(new Receiver(id, p.x, p.y, required(properties, "z"),
                            number(properties, "rssi_at_1m_dbm", DEFAULT_RSSI_AT_1M_DBM),
                            number(properties, "path_loss_exponent", DEFAULT_PATH_LOSS_EXPONENT)));
                }
                case "beacon" -> {
                    Coordinate p = point(geometry);
                    c.beacons.add(new Beacon(id, p.x, p.y, required(properties, "z"),
                            number(properties, "tx_power_at_1m_dbm", DEFAULT_RSSI_AT_1M_DBM)));
                }
                case "control-point" -> {
                    Coordinate p = point(geometry);
                    c.controlPoints.add(new GroundControlPoint(p.x, p.y, required(properties, "lat"), required(properties, "lon")));
                }
                case "" -> c.problem(id, "properties.kind is missing");
                default -> c.problem(id, "unknown kind '" + kind + "'");
            }
        } catch (IllegalArgumentException e) {
            c.problem(id, e.getMessage());
        }
    }

    private Zone zone(String id, JsonNode properties, JsonNode geometry) {
        String subtype = properties.path("subtype").asText("");
        ZoneKind kind;
        try {
            kind = ZoneKind.valueOf(subtype.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown zone subtype '" + subtype + "'");
        }
        String name = properties.path("name").asText("");
        if (name.isBlank()) {
            throw new IllegalArgumentException("zone needs a name");
        }
        Optional<String> parent = optionalId(properties, "parent");
        Optional<String> connector = optionalId(properties, "connector");
        if (kind.isVerticalConnector() && connector.isEmpty()) {
            throw new IllegalArgumentException(subtype + " zone needs a connector id shared by the floors it serves");
        }
        return new Zone(id, name, kind, polygon(geometry), parent, connector);
    }

    private Opening opening(String id, JsonNode properties, JsonNode geometry) {
        JsonNode zones = properties.path("zones");
        if (!zones.isArray() || zones.size() != 2 || !zones.get(0).isTextual() || !zones.get(1).isTextual()) {
            throw new IllegalArgumentException("opening needs zones: [two zone ids]");
        }
        Geometry location = "Point".equals(geometry.path("type").asText())
                ? factory.createPoint(point(geometry)) : lineString(geometry);
        return new Opening(id, location, zones.get(0).asText(), zones.get(1).asText(), properties.path("exit").asBoolean(false));
    }

    private static Optional<String> optionalId(JsonNode properties, String field) {
        JsonNode value = properties.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || !ID.matcher(value.asText()).matches()) {
            throw new IllegalArgumentException(field + " must be an id");
        }
        return Optional.of(value.asText());
    }

    private static double required(JsonNode properties, String field) {
        JsonNode value = properties.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("properties." + field + " must be a number");
        }
        return value.asDouble();
    }

    private static double number(JsonNode properties, String field, double fallback) {
        JsonNode value = properties.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException("properties." + field + " must be a number");
        }
        return value.asDouble();
    }

    private Polygon polygon(JsonNode geometry) {
        JsonNode rings = coordinates(geometry, "Polygon");
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("Polygon has no rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions) {
        Coordinate[] ring = positions(positions);
        if (ring.length < 4 || !ring[0].equals2D(ring[ring.length - 1])) {
            throw new IllegalArgumentException("Polygon ring must be closed and have at least 4 positions");
        }
        return factory.createLinearRing(ring);
    }

    private LineString lineString(JsonNode geometry) {
        Coordinate[] line = positions(coordinates(geometry, "LineString"));
        if (line.length < 2) {
            throw new IllegalArgumentException("LineString needs at least 2 positions");
        }
        return factory.createLineString(line);
    }

    private static Coordinate point(JsonNode geometry) {
        return position(coordinates(geometry, "Point"));
    }

    private static JsonNode coordinates(JsonNode geometry, String type) {
        String actual = geometry.path("type").asText("(none)");
        if (!type.equals(actual)) {
            throw new IllegalArgumentException("geometry must be a " + type + ", not " + actual);
        }
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            throw new IllegalArgumentException(type + " has no coordinates array");
        }
        return coordinates;
    }

    private static Coordinate[] positions(JsonNode array) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("expected an array of positions");
        }
        Coordinate[] positions = new Coordinate[array.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = position(array.get(i));
        }
        return positions;
    }

    private static Coordinate position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()
                || !Double.isFinite(position.get(0).asDouble()) || !Double.isFinite(position.get(1).asDouble())) {
            throw new IllegalArgumentException("position " + position + " is not [x, y] in metres");
        }
        return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }

    private static final class Collector {
        final List<Problem> problems = new ArrayList<>();
        final List<Polygon> outlines = new ArrayList<>();
        final List<Zone> zones = new ArrayList<>();
        final List<Wall> walls = new ArrayList<>();
        final List<Opening> openings = new ArrayList<>();
        final List<Anchor> anchors = new ArrayList<>();
        final List<Receiver> receivers = new ArrayList<>();
        final List<Beacon> beacons = new ArrayList<>();
        final List<GroundControlPoint> controlPoints = new ArrayList<>();

        void problem(String featureId, String message) {
            problems.add(new Problem(featureId, message));
        }
    }
}
