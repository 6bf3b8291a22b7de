package io.sextant.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a scenario file (simulators/README.md). The site directory is resolved against the file's own directory,
 * so a scenario runs from anywhere. Stateless, thread-safe.
 */
public final class ScenarioFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioFile() {
    }

    /** @throws IllegalArgumentException naming the file and what is wrong in it */
    public static Scenario read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            Path base = file.toAbsolutePath().getParent();
            return parse(root, base);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read scenario " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Scenario " + file + ": " + e.getMessage(), e);
        }
    }

    /** A scenario from its JSON; a relative site directory is resolved against {@code base}. */
    public static Scenario parse(JsonNode root, Path base) {
        Path site = base.resolve(required(root, "site").asText()).normalize();
        Instant start = root.has("start") ? instant(root.get("start").asText())
                : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Duration duration = Duration.ofMillis(Math.round(required(root, "durationSeconds").asDouble() * 1000));
        JsonNode gw = root.path("gateways");
        GatewaySettings defaults = GatewaySettings.DEFAULTS;
        GatewaySettings gateways = new GatewaySettings(gw.path("batchMillis").asLong(defaults.batchMillis()),
                gw.path("maxClockSkewMillis").asLong(defaults.maxClockSkewMillis()),
                gw.path("duplicateProbability").asDouble(defaults.duplicateProbability()));
        List<TagGroup> groups = new ArrayList<>();
        for (JsonNode group : required(root, "groups")) {
            groups.add(group(group));
        }
        return new Scenario(site, root.path("seed").asLong(1), start, duration, gateways, groups);
    }

    private static TagGroup group(JsonNode node) {
        String prefix = required(node, "idPrefix").asText();
        try {
            TagKind kind = TagKind.fromWireName(required(node, "kind").asText());
            Behaviour behaviour = Behaviour.fromWireName(required(node, "behaviour").asText());
            double[] dwell = dwellSeconds(node.path("dwellSeconds"), behaviour);
            return new TagGroup(required(node, "count").asInt(), prefix, kind, behaviour, strings(node.path("floors")),
                    Optional.ofNullable(node.path("area").textValue()),
                    node.path("uwbHz").asDouble(kind.hasUwb() ? 2 : 0),
                    node.path("bleHz").asDouble(kind.hasBle() ? 1 : 0),
                    dwell[0], dwell[1], node.path("delaySeconds").asDouble(120), events(node.path("events")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("group '" + prefix + "': " + e.getMessage(), e);
        }
    }

    /** Defaults per behaviour, chosen so that a ten-minute demo shows every kind of movement. */
    private static double[] dwellSeconds(JsonNode node, Behaviour behaviour) {
        if (node.isArray() && node.size() == 2) {
            return new double[] {node.get(0).asDouble(), node.get(1).asDouble()};
        }
        if (!node.isMissingNode()) {
            throw new IllegalArgumentException("dwellSeconds must be [min, max]");
        }
        return switch (behaviour) {
            case STAFF -> new double[] {10, 60};
            case EQUIPMENT -> new double[] {60, 600};
            case PATIENT -> new double[] {120, 900};
            case WANDER, INFANT -> new double[] {30, 30};
        };
    }

    private static List<TagEvent> events(JsonNode node) {
        List<TagEvent> events = new ArrayList<>();
        for (JsonNode event : node) {
            events.add(new TagEvent(TagEventType.fromWireName(required(event, "type").asText()),
                    required(event, "atSeconds").asDouble(), Optional.ofNullable(event.path("tag").textValue())));
        }
        return events;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("start '" + text + "' is not an RFC 3339 UTC timestamp", e);
        }
    }
}
