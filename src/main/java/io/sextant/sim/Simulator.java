package io.sextant.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;
import io.sextant.model.Reading;

/**
 * Runs a {@link Scenario}: walks every tag, turns its true positions into readings with the floor's radio models,
 * lets one gateway per floor collect them, and hands each gateway's batch to the outputs every
 * {@link GatewaySettings#batchMillis()} of simulated time, either as fast as possible or paced to the wall clock.
 * <p>
 * Random streams are split from the scenario's seed in a fixed order (gateways, then each tag's walk and radios in
 * group order), so a run depends on nothing else. Not thread-safe: run it once, from one thread.
 */
public final class Simulator {

    private final Scenario scenario;
    private final Site site;
    private final Radios radios;
    private final Map<String, Gateway> gatewaysByFloor = new LinkedHashMap<>();
    private final List<SimulatedTag> tags = new ArrayList<>();

    public Simulator(Scenario scenario, Site site, NavigationGraph graph) {
        this.scenario = scenario;
        this.site = site;
        SplittableRandom seed = new SplittableRandom(scenario.seed());
        radios = radios(site, scenario.seed());
        SplittableRandom gatewayRandom = seed.split();
        for (FloorPlan floor : site.floors()) {
            long maxSkew = scenario.gateways().maxClockSkewMillis();
            long skewMillis = maxSkew == 0 ? 0 : gatewayRandom.nextLong(-maxSkew, maxSkew + 1);
            gatewaysByFloor.put(floor.id(), new Gateway("gw-" + floor.id(), skewMillis,
                    scenario.gateways().duplicateProbability(), gatewayRandom.split()));
        }
        Itineraries itineraries = new Itineraries(site, graph);
        for (TagGroup group : scenario.groups()) {
            for (int i = 0; i < group.count(); i++) {
                tags.add(tag(group.tagId(i), group, itineraries, graph, seed.split()));
            }
        }
    }

    /** The gateways' ids and clock skews (milliseconds), in floor order. */
    public Map<String, Long> clockSkewsMillis() {
        Map<String, Long> skews = new LinkedHashMap<>();
        gatewaysByFloor.values().forEach(g -> skews.put(g.id(), g.clockSkewMillis()));
        return skews;
    }

    /** Runs the whole scenario; closing the outputs is the caller's. */
    public SimulationSummary run(List<SimulationOutput> outputs, boolean realtime) {
        long wallStartNanos = System.nanoTime();
        long batchMillis = scenario.gateways().batchMillis();
        long ticks = (scenario.duration().toMillis() + batchMillis - 1) / batchMillis;
        long[] counts = new long[3];
        TagSink sink = sink(outputs);
        // An interrupt (the embedded demo shutting down) ends the run at the next tick.
        for (long tick = 1; tick <= ticks && !Thread.currentThread().isInterrupted(); tick++) {
            double toSeconds = Math.min(tick * batchMillis, scenario.duration().toMillis()) / 1000.0;
            tags.forEach(t -> t.advanceTo(toSeconds, radios, sink));
            Instant sentAt = scenario.start().plusMillis(tick * batchMillis);
            gatewaysByFloor.values().forEach(g -> publish(g, sentAt, outputs, counts));
            if (realtime) {
                waitUntil(wallStartNanos + TimeUnit.MILLISECONDS.toNanos(tick * batchMillis));
            }
        }
        return new SimulationSummary(scenario.duration(), counts[0], counts[1], counts[2], gatewaysByFloor.size(),
                Duration.ofNanos(System.nanoTime() - wallStartNanos));
    }

    private SimulatedTag tag(String id, TagGroup group, Itineraries itineraries, NavigationGraph graph,
            SplittableRandom random) {
        SplittableRandom walkRandom = random.split();
        double speed = Itineraries.speedMetresPerSecond(group.behaviour(), walkRandom);
        TagWalker walker = new TagWalker(site, graph,
                new WalkerSettings(speed, 0, 1, SimulatedTag.WALK_SAMPLE_SECONDS));
        // one sample past the end, so positions up to the last instant interpolate
        Duration span = scenario.duration().plusMillis(Math.round(SimulatedTag.WALK_SAMPLE_SECONDS * 2000));
        List<WalkSample> walk = walker.walkThrough(scenario.start(), span,
                itineraries.stops(group, span, walkRandom));
        return new SimulatedTag(id, group, scenario.start(), walk, random.split());
    }

    private TagSink sink(List<SimulationOutput> outputs) {
        return new TagSink() {
            @Override
            public void reading(String floorId, Reading reading) {
                gatewaysByFloor.get(floorId).add(reading);
            }

            @Override
            public void event(String floorId, StatusEvent event) {
                gatewaysByFloor.get(floorId).add(event);
            }

            @Override
            public void truth(String tagId, WalkSample sample) {
                outputs.forEach(o -> o.truth(tagId, sample));
            }
        };
    }

    private static void publish(Gateway gateway, Instant sentAt, List<SimulationOutput> outputs, long[] counts) {
        List<Reading> batch = gateway.takeBatch();
        if (!batch.isEmpty()) {
            outputs.forEach(o -> o.readings(gateway.id(), sentAt, batch));
            counts[0] += batch.size();
            counts[1]++;
        }
        List<StatusEvent> status = gateway.takeStatus();
        if (!status.isEmpty()) {
            outputs.forEach(o -> o.status(gateway.id(), sentAt, status));
            counts[2]++;
        }
    }

    private static Radios radios(Site site, long environmentSeed) {
        Map<String, UwbRadioModel> uwb = new LinkedHashMap<>();
        Map<String, BleRadioModel> ble = new LinkedHashMap<>();
        for (FloorPlan floor : site.floors()) {
            uwb.put(floor.id(), new UwbRadioModel(floor, UwbRadioSettings.DEFAULTS));
            ble.put(floor.id(), new BleRadioModel(floor, BleRadioSettings.DEFAULTS, environmentSeed));
        }
        return new Radios(uwb, ble);
    }

    private static void waitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0 && !Thread.currentThread().isInterrupted();
                left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
