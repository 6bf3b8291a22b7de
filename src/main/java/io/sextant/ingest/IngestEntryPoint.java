package io.sextant.ingest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

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

    IngestEntryPoint(MeterRegistry registry) {
        this.registry = registry;
    }

    /** What became of a message: received for processing, or refused with a reason. */
    public sealed interface Outcome permits Received, Refused {
    }

    public record Received(Topic topic) implements Outcome {
    }

    public record Refused(String reason, String detail) implements Outcome {
    }

    public CompletionStage<Outcome> accept(InboundMessage message) {
        Outcome outcome = check(message);
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
        return new Received(topic);
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
