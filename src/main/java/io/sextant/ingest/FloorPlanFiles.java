package io.sextant.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sextant.geometry.Building;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Georeference;
import io.sextant.geometry.GroundControlPoint;
import io.sextant.geometry.Problem;
import io.sextant.geometry.Site;
import io.sextant.geometry.SiteValidation;

/**
 * Reads a directory of floor files into a validated {@link Site}, without a database: for the
 * replay command and benchmarks. The directory holds one {@code *.geojson} per floor and
 * optionally a {@code site.json} naming the site, the building and the floor files in order.
 */
public final class FloorPlanFiles {

    private FloorPlanFiles() {
    }

    /** @throws IllegalArgumentException listing every problem, if the plans do not read or validate */
    public static Site load(Path directory) {
        ObjectMapper json = new ObjectMapper();
        try {
            Path manifestFile = directory.resolve("site.json");
            JsonNode manifest = Files.isRegularFile(manifestFile) ? json.readTree(manifestFile.toFile()) : json.createObjectNode();
            List<Path> files = new ArrayList<>();
            if (manifest.has("floors")) {
                manifest.get("floors").forEach(f -> files.add(directory.resolve(f.asText())));
            } else {
                try (Stream<Path> listing = Files.list(directory)) {
                    listing.filter(p -> p.toString().endsWith(".geojson")).sorted().forEach(files::add);
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("No floor files (*.geojson) in " + directory);
            }
            List<String> problems = new ArrayList<>();
            List<FloorPlan> floors = new ArrayList<>();
            List<GroundControlPoint> controlPoints = new ArrayList<>();
            for (Path file : files) {
                FloorPlanReader.Result result = new FloorPlanReader().read(json.readTree(file.toFile()));
                result.problems().forEach(p -> problems.add(file.getFileName() + ": " + p));
                result.floor().ifPresent(floor -> {
                    floors.add(floor.plan());
                    controlPoints.addAll(floor.controlPoints());
                });
            }
            String siteId = manifest.path("site").path("id").asText("site");
            String buildingId = manifest.path("building").path("id").asText("building");
            Site site = new Site(siteId, List.of(new Building(buildingId, floors)),
                    controlPoints.size() >= 2 ? Optional.of(new Georeference(controlPoints)) : Optional.empty());
            if (problems.isEmpty()) {
                SiteValidation.validate(site).stream().map(Problem::toString).forEach(problems::add);
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Floor plans in " + directory + " have " + problems.size() + " problem(s): "
                        + String.join("; ", problems));
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read floor plans in " + directory + ": " + e.getMessage(), e);
        }
    }
}
