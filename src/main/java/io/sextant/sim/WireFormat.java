package io.sextant.sim;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.sextant.ingest.ReadingCodec;
import io.sextant.model.Reading;

/**
 * The simulator's messages as JSON text: reading batches (docs/readings.md), status messages and ground truth
 * (simulators/README.md). Stateless, thread-safe.
 */
public final class WireFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireFormat() {
    }

    public static String reading(Reading reading) {
        return text(ReadingCodec.encode(reading));
    }

    /** {@code {"gateway":..,"readings":[..]}} */
    public static String batch(String gatewayId, List<Reading> readings) {
        ObjectNode root = JSON.createObjectNode().put("gateway", gatewayId);
        ArrayNode array = root.putArray("readings");
        readings.forEach(r -> array.add(ReadingCodec.encode(r)));
        return text(root);
    }

    /** {@code {"gateway":..,"tags":[{"tag":..,"event":..,"time":..}]}} */
    public static String status(String gatewayId, List<StatusEvent> events) {
        ObjectNode root = JSON.createObjectNode().put("gateway", gatewayId);
        ArrayNode array = root.putArray("tags");
        events.forEach(e -> array.addObject().put("tag", e.tagId()).put("event", e.type().wireName())
                .put("time", e.time().toString()));
        return text(root);
    }

    /** {@code {"tag":..,"time":..,"floor":..,"x":..,"y":..}}, metres to the millimetre. */
    public static String truth(String tagId, WalkSample sample) {
        return text(JSON.createObjectNode().put("tag", tagId).put("time", sample.time().toString())
                .put("floor", sample.floorId()).put("x", Math.round(sample.x() * 1000) / 1000.0)
                .put("y", Math.round(sample.y() * 1000) / 1000.0));
    }

    private static String text(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values did not serialise", e);
        }
    }
}
