package io.sextant.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sextant.engine.LocationEngine;
import io.sextant.geometry.Site;
import io.sextant.model.Fix;
import io.sextant.model.Reading;
import io.sextant.store.LatestPositionRepository;
import io.sextant.store.PositionWriter;

/**
 * Runs the location engine on live readings and keeps every tag's latest fix in memory. One
 * engine per site, all on one thread, so each tag's readings are processed in arrival order.
 * An engine is rebuilt when its site's floor plans change.
 *
 * Every fix also goes to the {@link PositionWriter}; at start, tags resume from their stored
 * latest positions. Partitioning over worker threads is still to come.
 */
@ApplicationScoped
public class LiveLocations {

    private static final Logger LOG = Logger.getLogger(LiveLocations.class);

    private record SiteEngine(Site model, LocationEngine engine) {
    }

    private final SitePlans plans;
    private final PositionWriter writer;
    private final LatestPositionRepository store;
    /** Epochs are closed this long after they began, if no later reading of the tag closed them. */
    private static final long EPOCH_CLOSE_MILLIS = 200;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sextant-engine");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, SiteEngine> engines = new HashMap<>();
    private final Map<String, Map<String, Fix>> latest = new ConcurrentHashMap<>();
    private final Counter fixes;
    private final Counter unknownSite;

    LiveLocations(SitePlans plans, PositionWriter writer, LatestPositionRepository store, MeterRegistry registry) {
        this.plans = plans;
        this.writer = writer;
        this.store = store;
        this.fixes = Counter.builder("sextant.engine.fixes").description("Fixes computed from live readings").register(registry);
        this.unknownSite = Counter.builder("sextant.engine.readings.unknown.site")
                .description("Readings for a site that has no floor plans").register(registry);
        worker.scheduleWithFixedDelay(this::closeDueEpochs, EPOCH_CLOSE_MILLIS, EPOCH_CLOSE_MILLIS / 2, TimeUnit.MILLISECONDS);
    }

    private void closeDueEpochs() {
        try {
            java.time.Instant before = java.time.Instant.now().minusMillis(EPOCH_CLOSE_MILLIS);
            engines.forEach((siteId, site) -> {
                Map<String, Fix> positions = latest.computeIfAbsent(siteId, k -> new ConcurrentHashMap<>());
                site.engine().closeEpochsBefore(before, fix -> publish(positions, fix));
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Closing due epochs failed");
        }
    }

    private void publish(Map<String, Fix> positions, Fix fix) {
        positions.put(fix.tagId(), fix);
        writer.store(fix);
        fixes.increment();
    }

    /**
     * Warm start: every tag's last stored fix becomes its latest position and the start of its
     * track, so the API shows where tags were and tracking continues where it stopped.
     */
    void restore(@Observes @Priority(20) StartupEvent event) {
        restoreFromStore();
    }

    /** Loads the stored latest positions (on the engine thread); returns how many. */
    public int restoreFromStore() {
        List<Fix> stored = store.all();
        try {
            worker.submit(() -> stored.forEach(fix -> {
                latest.computeIfAbsent(fix.siteId(), k -> new ConcurrentHashMap<>()).put(fix.tagId(), fix);
                engine(fix.siteId()).ifPresent(engine -> engine.resume(fix));
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Restoring the latest positions failed", e.getCause());
        }
        if (!stored.isEmpty()) {
            LOG.infof("Resumed %d tags from their last stored positions", stored.size());
        }
        return stored.size();
    }

    /** Queues readings of one site for the engine; returns at once. */
    public void submit(String siteId, List<Reading> readings) {
        worker.execute(() -> locate(siteId, readings));
    }

    /** Every tag's latest fix on the site, tag ids in order. */
    public List<Fix> latest(String siteId) {
        List<Fix> all = new ArrayList<>(latest.getOrDefault(siteId, Map.of()).values());
        all.sort(Comparator.comparing(Fix::tagId));
        return all;
    }

    public Optional<Fix> latest(String siteId, String tagId) {
        return Optional.ofNullable(latest.getOrDefault(siteId, Map.of()).get(tagId));
    }

    private void locate(String siteId, List<Reading> readings) {
        try {
            Optional<LocationEngine> found = engine(siteId);
            if (found.isEmpty()) {
                unknownSite.increment(readings.size());
                return;
            }
            Map<String, Fix> positions = latest.computeIfAbsent(siteId, k -> new ConcurrentHashMap<>());
            LocationEngine engine = found.get();
            for (Reading reading : readings) {
                engine.accept(reading, fix -> publish(positions, fix));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Location engine failed on %d readings of site %s", readings.size(), siteId);
        }
    }

    /** The site's engine, built or rebuilt for its current plans; empty for a site without plans. Engine thread only. */
    private Optional<LocationEngine> engine(String siteId) {
        Optional<SitePlans.ActiveSite> site = plans.site(siteId).filter(s -> !s.floors().isEmpty());
        if (site.isEmpty()) {
            return Optional.empty();
        }
        SiteEngine current = engines.get(siteId);
        if (current == null || current.model() != site.get().model()) {
            current = new SiteEngine(site.get().model(),
                    new LocationEngine(site.get().model(), site.get().navigation(), LocationEngine.Settings.DEFAULTS));
            engines.put(siteId, current);
        }
        return Optional.of(current.engine());
    }

    /** After the listener, before the writers: the queued readings are located and their fixes handed on. */
    void stop(@Observes @Priority(3) ShutdownEvent event) throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
