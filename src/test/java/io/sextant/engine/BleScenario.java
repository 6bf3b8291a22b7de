package io.sextant.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import io.sextant.geometry.Beacon;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Opening;
import io.sextant.geometry.Receiver;
import io.sextant.geometry.Wall;
import io.sextant.geometry.Zone;
import io.sextant.geometry.ZoneKind;
import io.sextant.testing.ScenarioCase;

/**
 * A BLE scenario file under {@code src/test/resources/engine}: floors in the line format of
 * {@code ble-floors.site}, then test cases, one per line, whose first field is not a floor keyword. Fields are
 * separated by {@code |}; {@code #} starts a comment line. An included file contributes its floors, not its cases.
 */
final class BleScenario {

    private final Map<String, FloorPlan> floors = new LinkedHashMap<>();
    private final List<ScenarioCase> cases = new ArrayList<>();
    private Draft draft;

    private BleScenario() {
    }

    static BleScenario read(String name) {
        BleScenario scenario = new BleScenario();
        scenario.readLines(name, true);
        scenario.finishFloor();
        return scenario;
    }

    FloorPlan floor(String id) {
        FloorPlan floor = floors.get(id);
        if (floor == null) {
            throw new IllegalArgumentException("no floor " + id);
        }
        return floor;
    }

    List<ScenarioCase> cases() {
        return cases;
    }

    private void readLines(String name, boolean withCases) {
        InputStream in = BleScenario.class.getResourceAsStream("/engine/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no scenario file engine/" + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null;) {
                number++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    List<String> f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
                    try {
                        readLine(name + ":" + number, f.get(0), f.subList(1, f.size()), withCases);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(name + ":" + number + ": cannot read '" + line + "'", e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readLine(String where, String keyword, List<String> f, boolean withCases) {
        switch (keyword) {
        case "include" -> readLines(f.get(0), false);
        case "floor" -> {
            finishFloor();
            draft = new Draft(f.get(0), Integer.parseInt(f.get(1)), Double.parseDouble(f.get(2)),
                    (Polygon) ScenarioCase.parseWkt(f.get(3)));
        }
        case "zone" -> draft.zones.add(new Zone(f.get(0), f.get(2), ZoneKind.valueOf(f.get(1)),
                (Polygon) ScenarioCase.parseWkt(f.get(3)), f.size() > 4 ? Optional.of(f.get(4).substring("parent".length()).strip())
                        : Optional.empty(), Optional.empty()));
        case "wall" -> draft.walls.add(
                new Wall(f.get(0), (LineString) ScenarioCase.parseWkt(f.get(2)), Double.parseDouble(f.get(1))));
        case "opening" -> {
            String[] zones = f.get(1).split("\\s+");
            draft.openings.add(new Opening(f.get(0), ScenarioCase.parseWkt(f.get(2)), zones[0], zones[1], false));
        }
        case "receiver" -> {
            double[] p = ScenarioCase.parseNumbers(f.get(1));
            draft.receivers.add(new Receiver(f.get(0), p[0], p[1], p[2], Double.parseDouble(f.get(2)),
                    Double.parseDouble(f.get(3))));
        }
        case "beacon" -> {
            double[] p = ScenarioCase.parseNumbers(f.get(1));
            draft.beacons.add(new Beacon(f.get(0), p[0], p[1], p[2], Double.parseDouble(f.get(2))));
        }
        default -> {
            if (withCases) {
                cases.add(new ScenarioCase(where, keyword, f));
            }
        }
        }
    }

    private void finishFloor() {
        if (draft != null) {
            floors.put(draft.id, new FloorPlan(draft.id, draft.level, draft.elevationMetres, draft.outline,
                    draft.zones, draft.walls, draft.openings, List.of(), draft.receivers, draft.beacons));
            draft = null;
        }
    }


    private record Draft(String id, int level, double elevationMetres, Polygon outline, List<Zone> zones,
            List<Wall> walls, List<Opening> openings, List<Receiver> receivers, List<Beacon> beacons) {

        Draft(String id, int level, double elevationMetres, Polygon outline) {
            this(id, level, elevationMetres, outline, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
        }
    }
}
