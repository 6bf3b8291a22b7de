package io.sextant.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sextant.geometry.Building;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Georeference;
import io.sextant.geometry.GroundControlPoint;
import io.sextant.geometry.Site;
import io.sextant.ingest.FloorPlanReader;

/** The demo hospital of floorplans/demo-hospital as a geometry model, read from the working tree. */
public final class DemoHospital {

    private DemoHospital() {
    }

    public static Site load() {
        Path dir = Path.of("floorplans", "demo-hospital");
        ObjectMapper json = new ObjectMapper();
        FloorPlanReader reader = new FloorPlanReader();
        try {
            JsonNode manifest = json.readTree(dir.resolve("site.json").toFile());
            List<FloorPlan> floors = new ArrayList<>();
            List<GroundControlPoint> controlPoints = new ArrayList<>();
            for (JsonNode file : manifest.path("floors")) {
                FloorPlanReader.Result result = reader.read(json.readTree(dir.resolve(file.asText()).toFile()));
                FloorPlanReader.Floor floor = result.floor()
                        .orElseThrow(() -> new IllegalStateException(file.asText() + ": " + result.problems()));
                floors.add(floor.plan());
                controlPoints.addAll(floor.controlPoints());
            }
            return new Site(manifest.path("site").path("id").asText(),
                    List.of(new Building(manifest.path("building").path("id").asText(), floors)),
                    controlPoints.size() >= 2 ? Optional.of(new Georeference(controlPoints)) : Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("Run from the repository root: " + e.getMessage(), e);
        }
    }
}
