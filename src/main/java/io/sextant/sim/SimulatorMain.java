package io.sextant.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Site;
import io.sextant.ingest.FloorPlanFiles;

/**
 * The simulator from the command line (simulators/README.md lists the options): runs a scenario file, or a load
 * test of N UWB tags in the demo hospital, to MQTT and/or JSON Lines files, and prints a one-line summary.
 */
public final class SimulatorMain {

    static final String USAGE = """
            usage: simulator (--scenario FILE | --load --tags N --rate HZ --duration SECONDS [--site DIR] [--seed N])
                             [--mqtt tcp://HOST:PORT [--qos 0|1] [--username U] [--password P] [--max-rate MSGS_PER_S]]
                             [--out-readings FILE.jsonl] [--out-truth FILE.jsonl] [--realtime]""";
    private static final Set<String> FLAGS = Set.of("--load", "--realtime");
    private static final String DEMO_SITE = "floorplans/demo-hospital";

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** @return 0 on success, 2 for bad options, 1 if the run failed */
    public static int run(String... args) {
        Map<String, String> options;
        Scenario scenario;
        try {
            options = options(args);
            scenario = options.containsKey("--load") ? loadScenario(options)
                    : ScenarioFile.read(Path.of(required(options, "--scenario")));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try {
            Site site = FloorPlanFiles.load(scenario.siteDirectory());
            Simulator simulator = new Simulator(scenario, site, new NavigationGraph(site));
            List<SimulationOutput> outputs = outputs(options, site.id());
            SimulationSummary summary;
            try {
                summary = simulator.run(outputs, options.containsKey("--realtime"));
            } finally {
                outputs.forEach(SimulationOutput::close);
            }
            System.out.println(summary.line());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("simulation failed: " + e.getMessage());
            return 1;
        }
    }

    /** N tags of one kind walking like staff all over the site: every floor, every gateway busy. */
    static Scenario loadScenario(Map<String, String> options) {
        int tags = (int) number("--tags", required(options, "--tags"));
        double rateHz = number("--rate", required(options, "--rate"));
        double seconds = number("--duration", required(options, "--duration"));
        TagGroup group = new TagGroup(tags, "load-", TagKind.EQUIPMENT, Behaviour.STAFF, List.of(),
                Optional.empty(), rateHz, 0, 10, 60, 0, List.of());
        return new Scenario(Path.of(options.getOrDefault("--site", DEMO_SITE)),
                (long) number("--seed", options.getOrDefault("--seed", "1")),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                Duration.ofMillis(Math.round(seconds * 1000)), GatewaySettings.DEFAULTS, List.of(group));
    }

    private static List<SimulationOutput> outputs(Map<String, String> options, String siteId) {
        List<SimulationOutput> outputs = new ArrayList<>();
        Optional<Path> readings = Optional.ofNullable(options.get("--out-readings")).map(Path::of);
        Optional<Path> truth = Optional.ofNullable(options.get("--out-truth")).map(Path::of);
        if (readings.isPresent() || truth.isPresent()) {
            outputs.add(new JsonLinesOutput(readings, truth));
        }
        if (options.containsKey("--mqtt")) {
            MqttSettings settings = MqttSettings.of(options.get("--mqtt"),
                    (int) number("--qos", options.getOrDefault("--qos", "1")))
                    .withCredentials(Optional.ofNullable(options.get("--username")),
                            Optional.ofNullable(options.get("--password")))
                    .withMaxMessagesPerSecond(number("--max-rate", options.getOrDefault("--max-rate", "0")));
            outputs.add(new MqttOutput(siteId, settings));
        }
        return outputs;
    }

    private static Map<String, String> options(String... args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + name + "'");
            }
            if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
        }
        if (!options.containsKey("--mqtt") && !options.containsKey("--out-readings")
                && !options.containsKey("--out-truth")) {
            throw new IllegalArgumentException("nothing to write to: give --mqtt, --out-readings or --out-truth");
        }
        return options;
    }

    private static double number(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + " is '" + value + "'; expected a number", e);
        }
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("option " + name + " is required");
        }
        return value;
    }
}
