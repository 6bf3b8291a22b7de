package io.sextant.ingest;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sextant.app.LiveLocations;
import io.sextant.app.SextantConfig;
import io.sextant.app.SitePlans;
import io.sextant.model.BleRssi;
import io.sextant.model.BleScan;
import io.sextant.model.Reading;
import io.sextant.model.UwbRange;
import io.sextant.model.UwbTdoa;
import io.sextant.store.DeadLetters;
import io.sextant.store.DeadLetters.DeadLetter;

/**
 * Where every inbound message enters Sextant, whatever transport carried it. It checks the
 * envelope (topic within the contract, a payload, a site with floor plans), then each reading of
 * a batch on its own: well-formed (docs/readings.md), from a device of the site's plans, taken
 * neither in the future nor too long ago. Good readings go to the location engine; everything
 * refused goes to the dead letters with its reason, and never takes the good ones with it.
 * Transports acknowledge a message (MQTT PUBACK) only when the returned stage completes.
 *
 * <p>Thread-safe: transports call it from their own event loops concurrently.
 */
@ApplicationScoped
public class IngestEntryPoint {

    private static final Logger LOG = Logger.getLogger(IngestEntryPoint.class);

    private final MeterRegistry registry;
    private final LiveLocations locations;
    private final SitePlans plans;
    private final DeadLetters deadLetters;
    private final SextantConfig.Ingest limits;
    private final ObjectMapper json;

    IngestEntryPoint(MeterRegistry registry, LiveLocations locations, SitePlans plans, DeadLetters deadLetters,
            SextantConfig config, ObjectMapper json) {
        this.registry = registry;
        this.locations = locations;
        this.plans = plans;
        this.deadLetters = deadLetters;
        this.limits = config.ingest();
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
            deadLetters.record(letter(message, refused.reason(), refused.detail(), DeadLetters.truncate(message.payload())));
            LOG.debugf("Refused message from %s via %s: %s", message.sender(), message.transport(), refused.detail());
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

    /** Decodes a batch: each bad reading is refused on its own, the good ones go to the engine. */
    private Outcome readings(Topic topic, InboundMessage message) {
        Optional<SitePlans.ActiveSite> site = plans.site(topic.site()).filter(s -> !s.floors().isEmpty());
        if (site.isEmpty()) {
            return new Refused("unknown-site", "site '" + topic.site() + "' has no floor plans");
        }
        JsonNode batch;
        try {
            batch = json.readTree(message.payload());
        } catch (IOException e) {
            return new Refused("malformed-json", "malformed JSON on '" + message.topic() + "': " + firstLine(e.getMessage()));
        }
        JsonNode array = batch == null ? null : batch.get("readings");
        if (array == null || !array.isArray()) {
            return new Refused("malformed-batch", "no readings array on '" + message.topic() + "'");
        }
        List<Reading> readings = new ArrayList<>(array.size());
        int rejected = 0;
        for (JsonNode node : array) {
            ReadingCodec.Decoded decoded = ReadingCodec.decode(node);
            String reason = decoded.isOk() ? refusal(decoded.reading(), site.get(), message.receivedAt()) : decoded.reason();
            if (reason == null) {
                readings.add(decoded.reading());
            } else {
                rejected++;
                String detail = decoded.isOk() ? describe(reason, decoded.reading()) : decoded.error();
                deadLetters.record(letter(message, reason, detail, DeadLetters.truncate(node.toString().getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))));
            }
        }
        counter("sextant.ingest.readings", "transport", message.transport(), "outcome", "accepted").increment(readings.size());
        counter("sextant.ingest.readings", "transport", message.transport(), "outcome", "rejected").increment(rejected);
        if (!readings.isEmpty()) {
            locations.submit(topic.site(), readings);
        }
        return new Received(topic, readings.size(), rejected);
    }

    /** Why a well-formed reading is still refused, or null to accept it. */
    private String refusal(Reading reading, SitePlans.ActiveSite site, Instant receivedAt) {
        if (!site.knowsDevice(device(reading))) {
            return "unknown-device";
        }
        if (reading.time().isAfter(receivedAt.plus(limits.maxClockAhead()))) {
            return "time-in-future";
        }
        if (reading.time().isBefore(receivedAt.minus(limits.maxReadingAge()))) {
            return "too-late";
        }
        return null;
    }

    private String describe(String reason, Reading reading) {
        return switch (reason) {
            case "unknown-device" -> "device '" + device(reading) + "' is not in the site's floor plans";
            case "time-in-future" -> "time " + reading.time() + " is more than " + limits.maxClockAhead() + " ahead";
            default -> "time " + reading.time() + " is more than " + limits.maxReadingAge() + " ago";
        };
    }

    private static String device(Reading reading) {
        if (reading instanceof UwbRange r) {
            return r.anchorId();
        }
        if (reading instanceof UwbTdoa t) {
            return t.anchorId();
        }
        if (reading instanceof BleRssi b) {
            return b.receiverId();
        }
        return ((BleScan) reading).beaconId();
    }

    private static DeadLetter letter(InboundMessage message, String reason, String detail, String payload) {
        return new DeadLetter(message.receivedAt(), message.transport(), message.sender(), message.topic(), reason, detail,
                payload);
    }

    private static String firstLine(String text) {
        int newline = text == null ? -1 : text.indexOf('\n');
        return newline < 0 ? String.valueOf(text) : text.substring(0, newline);
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
