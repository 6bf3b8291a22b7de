package io.sextant.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.sextant.model.Reading;

/** Keeps every message of a run as the wire would carry it, in order. */
final class RecordingOutput implements SimulationOutput {

    record Message(String gatewayId, String json) {
    }

    final List<Message> batches = new ArrayList<>();
    final List<Message> statuses = new ArrayList<>();
    final List<String> truth = new ArrayList<>();

    @Override
    public void readings(String gatewayId, Instant sentAt, List<Reading> batch) {
        batches.add(new Message(gatewayId, WireFormat.batch(gatewayId, batch)));
    }

    @Override
    public void status(String gatewayId, Instant sentAt, List<StatusEvent> events) {
        statuses.add(new Message(gatewayId, WireFormat.status(gatewayId, events)));
    }

    @Override
    public void truth(String tagId, WalkSample sample) {
        truth.add(WireFormat.truth(tagId, sample));
    }

    @Override
    public void close() {
    }
}
