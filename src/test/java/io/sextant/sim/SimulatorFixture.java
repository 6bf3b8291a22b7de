package io.sextant.sim;

import java.nio.file.Path;

import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;

/** The demo hospital, its routes and the small scenario, loaded once for every simulator test. */
final class SimulatorFixture {

    static final Path SMALL_SCENARIO = Path.of("simulators/scenarios/small.json");
    static final Site SITE = io.sextant.testing.DemoHospital.load();
    static final NavigationGraph GRAPH = new NavigationGraph(SITE);

    private SimulatorFixture() {
    }

    static Simulator simulator(Scenario scenario) {
        return new Simulator(scenario, SITE, GRAPH);
    }
}
