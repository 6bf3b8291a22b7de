package io.sextant.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.sextant.model.BleRssi;
import io.sextant.model.BleScan;
import io.sextant.model.Reading;
import io.sextant.model.UwbRange;
import io.sextant.model.UwbTdoa;

/**
 * A simulated gateway: collects the readings and events of one floor, stamps them with its own skewed clock, now
 * and then duplicates a reading, and hands them over a batch at a time. Not thread-safe.
 */
final class Gateway {

    private final String id;
    private final long clockSkewMillis;
    private final double duplicateProbability;
    private final SplittableRandom random;
    private List<Reading> batch = new ArrayList<>();
    private List<Reading> nextBatch = new ArrayList<>();
    private List<StatusEvent> status = new ArrayList<>();

    Gateway(String id, long clockSkewMillis, double duplicateProbability, SplittableRandom random) {
        this.id = id;
        this.clockSkewMillis = clockSkewMillis;
        this.duplicateProbability = duplicateProbability;
        this.random = random;
    }

    String id() {
        return id;
    }

    /** How far ahead of true time this gateway's clock runs, milliseconds (negative: behind). */
    long clockSkewMillis() {
        return clockSkewMillis;
    }

    void add(Reading reading) {
        Reading stamped = stamped(reading, reading.time().plusMillis(clockSkewMillis));
        batch.add(stamped);
        if (random.nextDouble() < duplicateProbability) {
            (random.nextBoolean() ? batch : nextBatch).add(stamped);
        }
    }

    void add(StatusEvent event) {
        status.add(new StatusEvent(event.tagId(), event.type(), event.time().plusMillis(clockSkewMillis)));
    }

    /** The readings collected since the last call; duplicates held back for the next batch stay. */
    List<Reading> takeBatch() {
        List<Reading> taken = batch;
        batch = nextBatch;
        nextBatch = new ArrayList<>();
        return taken;
    }

    List<StatusEvent> takeStatus() {
        List<StatusEvent> taken = status;
        status = new ArrayList<>();
        return taken;
    }

    private static Reading stamped(Reading reading, Instant time) {
        if (reading instanceof UwbRange r) {
            return new UwbRange(r.tagId(), r.anchorId(), r.rangeMetres(), r.quality(), r.firstPathPowerDbm(), time);
        }
        if (reading instanceof UwbTdoa t) {
            return new UwbTdoa(t.tagId(), t.blinkSequence(), t.anchorId(), t.arrivalPicos(), time);
        }
        if (reading instanceof BleRssi b) {
            return new BleRssi(b.tagId(), b.receiverId(), b.rssiDbm(), b.txPowerDbm(), time);
        }
        BleScan s = (BleScan) reading;
        return new BleScan(s.tagId(), s.beaconId(), s.rssiDbm(), time);
    }
}
