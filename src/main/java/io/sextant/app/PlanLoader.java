package io.sextant.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the active floor plans at start, and the demo hospital when asked to and the database
 * has no site yet. The demo goes through the same import and validation as any plan.
 */
@ApplicationScoped
public class PlanLoader {

    static final String DEMO = "floorplans/demo-hospital/";
    /** The demo hospital's site id, as its site.json names it. */
    static final String DEMO_SITE = "general";
    private static final Logger LOG = Logger.getLogger(PlanLoader.class);

    private final SitePlans plans;
    private final SextantConfig config;
    private final ObjectMapper json;

    PlanLoader(SitePlans plans, SextantConfig config, ObjectMapper json) {
        this.plans = plans;
        this.config = config;
        this.json = json;
    }

    void load(@Observes @Priority(10) StartupEvent event) throws IOException {
        plans.reload();
        if (config.demo().load() && plans.sites().isEmpty()) {
            loadDemo();
        }
        LOG.infof("Floor plans: %d site(s), %d floor(s)", plans.sites().size(),
                plans.sites().stream().mapToInt(s -> s.floors().size()).sum());
    }

    private void loadDemo() throws IOException {
        JsonNode manifest = resource("site.json");
        String siteId = manifest.path("site").path("id").asText();
        String buildingId = manifest.path("building").path("id").asText();
        plans.putSite(siteId, manifest.path("site").path("name").asText());
        plans.putBuilding(siteId, buildingId, manifest.path("building").path("name").asText());
        List<JsonNode> floors = new ArrayList<>();
        for (JsonNode file : manifest.path("floors")) {
            floors.add(resource(file.asText()));
        }
        try {
            plans.importFloors(siteId, buildingId, floors, "demo");
        } catch (SitePlans.PlanRejected e) {
            e.problems().forEach(p -> LOG.errorf("Demo hospital: %s %s: %s", p.floor(), p.feature(), p.message()));
            throw new StartupException("The demo hospital's floor plans do not validate (" + e.problems().size()
                    + " problems, listed above)");
        }
        LOG.infof("Loaded the demo hospital: site '%s', %d floors", siteId, floors.size());
    }

    private JsonNode resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DEMO + name)) {
            if (in == null) {
                throw new StartupException("The demo hospital file " + DEMO + name + " is missing from the application");
            }
            return json.readTree(in);
        }
    }
}
