package io.sextant.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.sextant.ingest.MqttListener;
import io.sextant.sim.MqttOutput;
import io.sextant.sim.MqttSettings;
import io.sextant.sim.Scenario;
import io.sextant.sim.ScenarioFile;
import io.sextant.sim.SimulationOutput;
import io.sextant.sim.Simulator;

/**
 * The embedded demo's traffic: plays the demo scenario in real time, over and over, through
 * Sextant's own MQTT listener, exactly as real gateways would. Off unless
 * {@code sextant.demo.simulate} is set (the launcher sets it in embedded mode).
 */
@ApplicationScoped
public class DemoFeed {

    private static final Logger LOG = Logger.getLogger(DemoFeed.class);
    private static final String SCENARIO = "simulators/scenarios/demo.json";

    private final SextantConfig config;
    private final SitePlans plans;
    private final MqttListener listener;
    private final ObjectMapper json;
    private volatile Thread thread;

    DemoFeed(SextantConfig config, SitePlans plans, MqttListener listener, ObjectMapper json) {
        this.config = config;
        this.plans = plans;
        this.listener = listener;
        this.json = json;
    }

    void start(@Observes @Priority(5000) StartupEvent event) throws IOException {
        if (!config.demo().simulate()) {
            return;
        }
        if (!listener.isListening()) {
            LOG.warn("The demo feed needs Sextant's MQTT listener (sextant.mqtt.enabled); not starting it");
            return;
        }
        SitePlans.ActiveSite site = plans.site(PlanLoader.DEMO_SITE).orElse(null);
        if (site == null || site.floors().isEmpty()) {
            LOG.warn("The demo feed needs the demo hospital (sextant.demo.load); not starting it");
            return;
        }
        Scenario scenario;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCENARIO)) {
            scenario = ScenarioFile.parse(json.readTree(in), Path.of("."));
        }
        thread = new Thread(() -> play(scenario, site), "sextant-demo-feed");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Demo feed: playing %s in real time into the MQTT listener on port %d", SCENARIO, listener.port());
    }

    /** First at shutdown: no more demo traffic into a listener that is about to close. */
    void stop(@Observes @Priority(1) ShutdownEvent event) throws InterruptedException {
        Thread running = thread;
        if (running != null) {
            running.interrupt();
            running.join(5_000);
        }
    }

    private void play(Scenario scenario, SitePlans.ActiveSite site) {
        MqttSettings mqtt = MqttSettings.of("tcp://localhost:" + listener.port(), 1);
        while (!Thread.currentThread().isInterrupted()) {
            MqttOutput output = new MqttOutput(site.id(), mqtt);
            try {
                new Simulator(scenario.startingNow(), site.model(), site.navigation()).run(List.<SimulationOutput>of(output), true);
            } catch (RuntimeException e) {
                if (!Thread.currentThread().isInterrupted()) {
                    LOG.errorf(e, "Demo feed stopped");
                }
                return;
            } finally {
                output.close();
            }
        }
    }
}
