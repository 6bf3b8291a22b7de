package io.sextant.ingest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sextant.app.LiveLocations;
import io.sextant.model.Reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where every inbound message enters Sextant, whatever transport carried it. It checks the
 * envelope (topic within the contract, a payload present) and counts what it received and what
 * it refused, by transport and reason. Transports acknowledge a message (MQTT PUBACK, HTTP 202)
 * only when the returned stage completes.
 *
 * <p>Thread-safe: transports call it from their own event loops concurrently.
 */
@ApplicationScoped
public class IngestEntryPoint {

    private static final Logger LOG = Logger.getLogger(IngestEntryPoint.class);

    private final MeterRegistry registry;
    private final LiveLocations locations;
    private final ObjectMapper json;

    IngestEntryPoint(MeterRegistry registry, LiveLocations locations, ObjectMapper json) {
        this.registry = registry;
        this.locations = locations;
        this.json = json;
    }

    /** What became of a message: received for processing, or refused with a reason. */
    public sealed interface Outcome permits Received, Refused {
    }

    /** @param readings the valid readings of a readings batch (0 for other kinds) */
    public record Received(Topic topic, int readings, int rejectedReadings) implements Outcome {
    }

    public record Refused(String reason, String detail) implements Outcome {
    }

    public CompletionStage<Outcome> accept(InboundMessage message) {
        Outcome outcome = check(message);
        if (outcome instanceof Received received && received.topic().kind().equals("readings")) {
            outcome = readings(received.topic(), message);
        }
        if (outcome instanceof Received received) {
            counter("sextant.ingest.messages", "transport", message.transport(), "kind", received.topic().kind()).increment();
        } else if (outcome instanceof Refused refused) {
            counter("sextant.ingest.refused", "transport", message.transport(), "reason", refused.reason()).increment();
            LOG.warnf("Refused message from %s via %s: %s", message.sender(), message.transport(), refused.detail());
        }
        return CompletableFuture.completedFuture(outcome);
    }

    private static Outcome check(InboundMessage message) {
        Topic topic;
        try {
            topic = Topic.parse(message.topic());
        } catch (IllegalArgumentException e) {
            return new Refused("unknown-topic", e.getMessage());
        }
        if (message.payload().length == 0) {
            return new Refused("empty-payload", "empty payload on topic '" + message.topic() + "'");
        }
        return new Received(topic, 0, 0);
    }

    /** Decodes a batch: each bad reading is rejected on its own, the good ones go to the engine. */
    private Outcome readings(Topic topic, InboundMessage message) {
        JsonNode batch;
        try {
            batch = json.readTree(message.payload());
        } catch (IOException e) {
            return new Refused("malformed-json", "malformed JSON on '" + message.topic() + "': " + e.getMessage());
        }
        JsonNode array = batch == null ? null : batch.get("readings");
        if (array == null || !array.isArray()) {
            return new Refused("malformed-batch", "no readings array on '" + message.topic() + "'");
        }
        List<Reading> readings = new ArrayList<>(array.size());
        int rejected = 0;
        for (JsonNode node : array) {
            ReadingCodec.Decoded decoded = ReadingCodec.decode(node);
            if (decoded.isOk()) {
                readings.add(decoded.reading());
            } else {
                rejected++;
                LOG.debugf("Rejected a reading from %s: %s", message.sender(), decoded.error());
            }
        }
        counter("sextant.ingest.readings", "transport", message.transport(), "outcome", "accepted").increment(readings.size());
        counter("sextant.ingest.readings", "transport", message.transport(), "outcome", "rejected").increment(rejected);
        if (!readings.isEmpty()) {
            locations.submit(topic.site(), readings);
        }
        return new Received(topic, readings.size(), rejected);
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
