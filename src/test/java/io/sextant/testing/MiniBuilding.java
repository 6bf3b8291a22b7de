package io.sextant.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.sextant.geometry.Building;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Georeference;
import io.sextant.geometry.GroundControlPoint;
import io.sextant.geometry.Site;
import io.sextant.ingest.FloorPlanReader;

/**
 * The two-floor, 20 x 10 m test building of src/test/resources/floorplans/mini-*.geojson:
 * a corridor along y 4..6, rooms A (0..10, 6..10) and B (10..20, 6..10) north of it, room C
 * (0..10, 0..4) with bay C1 south of it, and stairs (16..20, 0..4); four anchors in the corners.
 */
public final class MiniBuilding {

    private MiniBuilding() {
    }

    public static Site site() {
        ObjectMapper json = new ObjectMapper();
        List<FloorPlan> floors = new ArrayList<>();
        List<GroundControlPoint> points = new ArrayList<>();
        for (String name : List.of("mini-0.geojson", "mini-1.geojson")) {
            try (InputStream in = MiniBuilding.class.getResourceAsStream("/floorplans/" + name)) {
                FloorPlanReader.Floor floor = new FloorPlanReader().read(json.readTree(in)).floor().orElseThrow();
                floors.add(floor.plan());
                points.addAll(floor.controlPoints());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Site("mini", List.of(new Building("mini", floors)), Optional.of(new Georeference(points)));
    }
}
