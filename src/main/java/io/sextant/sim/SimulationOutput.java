package io.sextant.sim;

import java.time.Instant;
import java.util.List;

import io.sextant.model.Reading;

/**
 * Where a simulation's messages go. Called from the one simulation thread, in simulated-time order; an output may
 * ignore what it has no use for (an MQTT broker has no use for ground truth).
 */
public interface SimulationOutput extends AutoCloseable {

    /** One gateway's batch (never empty), sent at {@code sentAt} in simulated time. */
    void readings(String gatewayId, Instant sentAt, List<Reading> batch);

    /** One gateway's status message (never empty). */
    void status(String gatewayId, Instant sentAt, List<StatusEvent> events);

    /** Where a tag truly was. */
    void truth(String tagId, WalkSample sample);

    /** Flushes and waits for whatever is still in flight. */
    @Override
    void close();
}
