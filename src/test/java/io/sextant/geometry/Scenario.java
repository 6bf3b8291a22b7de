package io.sextant.geometry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import io.sextant.testing.ScenarioCase;

/**
 * A scenario file under {@code src/test/resources/geometry}: a site described line by line (formats in
 * {@code hospital.site}) and test cases, one per line, whose first field is not a site keyword. Fields are
 * separated by {@code |}; {@code #} starts a comment line. An included file contributes its site, not its cases.
 */
final class Scenario {

    private String siteId = "site";
    private final List<GroundControlPoint> gcps = new ArrayList<>();
    /** Buildings in order of appearance, as (id, floors); ids may repeat so that validation can catch it. */
    private final List<Map.Entry<String, List<FloorPlan>>> buildings = new ArrayList<>();
    private FloorDraft floor;
    private final List<ScenarioCase> cases = new ArrayList<>();

    private Scenario() {
    }

    static Scenario read(String name) {
        Scenario scenario = new Scenario();
        scenario.readLines(name, true);
        scenario.finishFloor();
        return scenario;
    }

    Site site() {
        List<Building> built = buildings.stream().map(e -> new Building(e.getKey(), e.getValue())).toList();
        return new Site(siteId, built, gcps.isEmpty() ? Optional.empty() : Optional.of(new Georeference(gcps)));
    }

    List<ScenarioCase> cases() {
        return cases;
    }

    FloorPlan floor(String floorId) {
        return site().floor(floorId).orElseThrow(() -> new IllegalArgumentException("no floor " + floorId));
    }

    private void readLines(String name, boolean withCases) {
        InputStream in = Scenario.class.getResourceAsStream("/geometry/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no scenario file geometry/" + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null;) {
                lineNumber++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    List<String> fields = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
                    String where = name + ":" + lineNumber;
                    try {
                        readLine(where, fields.get(0), fields.subList(1, fields.size()), withCases);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(where + ": cannot read '" + line + "': " + e.getMessage(),
                                e);
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
        case "site" -> siteId = f.get(0);
        case "gcp" -> {
            double[] local = ScenarioCase.parseNumbers(f.get(0)), wgs84 = ScenarioCase.parseNumbers(f.get(1));
            gcps.add(new GroundControlPoint(local[0], local[1], wgs84[0], wgs84[1]));
        }
        case "building" -> {
            finishFloor();
            buildings.add(Map.entry(f.get(0), new ArrayList<>()));
        }
        case "floor" -> {
            finishFloor();
            floor = new FloorDraft(f.get(0), Integer.parseInt(f.get(1)), Double.parseDouble(f.get(2)),
                    (Polygon) ScenarioCase.parseWkt(f.get(3)));
        }
        case "zone" -> floor.zones.add(zone(f));
        case "wall" -> floor.walls.add(
                new Wall(f.get(0), (LineString) ScenarioCase.parseWkt(f.get(2)), Double.parseDouble(f.get(1))));
        case "opening" -> {
            String[] zones = f.get(1).split("\\s+");
            boolean exit = f.size() > 3 && f.get(3).equals("exit");
            floor.openings.add(new Opening(f.get(0), ScenarioCase.parseWkt(f.get(2)), zones[0], zones[1], exit));
        }
        case "anchor" -> {
            double[] p = ScenarioCase.parseNumbers(f.get(1));
            floor.anchors.add(new Anchor(f.get(0), p[0], p[1], p[2], Double.parseDouble(f.get(2))));
        }
        case "receiver" -> {
            double[] p = ScenarioCase.parseNumbers(f.get(1));
            floor.receivers.add(new Receiver(f.get(0), p[0], p[1], p[2], Double.parseDouble(f.get(2)),
                    Double.parseDouble(f.get(3))));
        }
        case "beacon" -> {
            double[] p = ScenarioCase.parseNumbers(f.get(1));
            floor.beacons.add(new Beacon(f.get(0), p[0], p[1], p[2], Double.parseDouble(f.get(2))));
        }
        default -> {
            if (withCases) {
                cases.add(new ScenarioCase(where, keyword, f));
            }
        }
        }
    }

    private static Zone zone(List<String> f) {
        Optional<String> parent = option(f, "parent");
        Optional<String> connector = option(f, "connector");
        return new Zone(f.get(0), f.get(2), ZoneKind.valueOf(f.get(1)), (Polygon) ScenarioCase.parseWkt(f.get(3)), parent,
                connector);
    }

    /** A trailing field "name value", if present. */
    private static Optional<String> option(List<String> f, String name) {
        return f.stream().skip(4).filter(s -> s.startsWith(name + " ")).map(s -> s.substring(name.length()).strip())
                .findFirst();
    }

    private void finishFloor() {
        if (floor != null) {
            if (buildings.isEmpty()) {
                buildings.add(Map.entry("building", new ArrayList<>()));
            }
            buildings.get(buildings.size() - 1).getValue().add(floor.build());
            floor = null;
        }
    }


    private static final class FloorDraft {
        final String id;
        final int level;
        final double elevationMetres;
        final Polygon outline;
        final List<Zone> zones = new ArrayList<>();
        final List<Wall> walls = new ArrayList<>();
        final List<Opening> openings = new ArrayList<>();
        final List<Anchor> anchors = new ArrayList<>();
        final List<Receiver> receivers = new ArrayList<>();
        final List<Beacon> beacons = new ArrayList<>();

        FloorDraft(String id, int level, double elevationMetres, Polygon outline) {
            this.id = id;
            this.level = level;
            this.elevationMetres = elevationMetres;
            this.outline = outline;
        }

        FloorPlan build() {
            return new FloorPlan(id, level, elevationMetres, outline, zones, walls, openings, anchors, receivers,
                    beacons);
        }
    }
}
