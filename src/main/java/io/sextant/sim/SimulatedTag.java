package io.sextant.sim;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import io.sextant.model.BleRssi;
import io.sextant.model.UwbRange;

/**
 * One tag of a running simulation: its precomputed walk, what its radios send as time advances, and its scheduled
 * events. UWB tags range (TWR); BLE tags advertise. Rates start at the scenario's start, so a tag's k-th UWB
 * reading is taken exactly {@code k / uwbHz} seconds in. Not thread-safe: one simulation thread advances it.
 */
final class SimulatedTag {

    /** Spacing of the walk's samples; positions between them are interpolated along the straight leg. */
    static final double WALK_SAMPLE_SECONDS = 0.5;

    private final String id;
    private final TagGroup group;
    private final Instant start;
    private final List<WalkSample> walk;
    private final List<TagEvent> events;
    private final SplittableRandom radioRandom;
    private long uwbCount, bleCount, truthCount;
    private int nextEvent;
    private double silentFromSeconds = Double.POSITIVE_INFINITY;

    SimulatedTag(String id, TagGroup group, Instant start, List<WalkSample> walk, SplittableRandom radioRandom) {
        this.id = id;
        this.group = group;
        this.start = start;
        this.walk = walk;
        this.radioRandom = radioRandom;
        events = group.events().stream().filter(e -> e.appliesTo(id))
                .sorted(Comparator.comparingDouble(TagEvent::atSeconds)).toList();
    }

    /** Everything the tag does from where it was up to {@code toSeconds} (excluded), in time order per kind. */
    void advanceTo(double toSeconds, Radios radios, TagSink sink) {
        for (; truthCount < toSeconds; truthCount++) {
            sink.truth(id, at(truthCount));
        }
        for (; nextEvent < events.size() && events.get(nextEvent).atSeconds() < toSeconds; nextEvent++) {
            fire(events.get(nextEvent), sink);
        }
        for (; group.uwbHz() > 0 && uwbCount / group.uwbHz() < toSeconds; uwbCount++) {
            double seconds = uwbCount / group.uwbHz();
            if (seconds < silentFromSeconds) {
                range(at(seconds), radios, sink);
            }
        }
        for (; group.bleHz() > 0 && bleCount / group.bleHz() < toSeconds; bleCount++) {
            double seconds = bleCount / group.bleHz();
            if (seconds < silentFromSeconds) {
                advertise(at(seconds), radios, sink);
            }
        }
    }

    private void fire(TagEvent event, TagSink sink) {
        if (event.atSeconds() >= silentFromSeconds) {
            return;
        }
        if (event.type() == TagEventType.SILENT) {
            silentFromSeconds = event.atSeconds();
        } else {
            WalkSample here = at(event.atSeconds());
            sink.event(here.floorId(), new StatusEvent(id, event.type(), here.time()));
        }
    }

    private void range(WalkSample here, Radios radios, TagSink sink) {
        for (UwbRange r : radios.uwb().get(here.floorId()).ranges(id, here.x(), here.y(),
                group.kind().heightMetres(), here.time(), radioRandom)) {
            // millimetres and two digits of quality are all a real anchor reports
            sink.reading(here.floorId(), new UwbRange(id, r.anchorId(), Math.round(r.rangeMetres() * 1000) / 1000.0,
                    Double.isNaN(r.quality()) ? Double.NaN : Math.round(r.quality() * 100) / 100.0, Double.NaN,
                    r.time()));
        }
    }

    private void advertise(WalkSample here, Radios radios, TagSink sink) {
        for (BleRssi b : radios.ble().get(here.floorId()).advertisement(id, here.x(), here.y(),
                group.kind().heightMetres(), here.time(), radioRandom)) {
            // receivers report whole dBm, within the range docs/readings.md allows
            double rssiDbm = Math.max(-127, Math.min(0, Math.round(b.rssiDbm())));
            sink.reading(here.floorId(), new BleRssi(id, b.receiverId(), rssiDbm, Double.NaN, b.time()));
        }
    }

    /** The true position at this many seconds from the start, interpolated between walk samples. */
    WalkSample at(double seconds) {
        int i = Math.min(walk.size() - 1, (int) Math.floor(seconds / WALK_SAMPLE_SECONDS));
        WalkSample a = walk.get(i);
        Instant time = start.plusNanos(Math.round(seconds * 1e9));
        if (i + 1 >= walk.size() || !walk.get(i + 1).floorId().equals(a.floorId())) {
            return new WalkSample(time, a.floorId(), a.x(), a.y());
        }
        WalkSample b = walk.get(i + 1);
        double f = seconds / WALK_SAMPLE_SECONDS - i;
        return new WalkSample(time, a.floorId(), a.x() + f * (b.x() - a.x()), a.y() + f * (b.y() - a.y()));
    }
}
