package io.sextant.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import io.sextant.testing.DemoHospital;

/** The demo hospital's radio plan: what positioning on it relies on. */
class DemoHospitalCoverageTest {

    private static final double RANGE_METRES = 25;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final Site site = DemoHospital.load();

    @Test
    void everyWalkablePointSeesAtLeastFourAnchorsWithin25Metres() {
        List<String> shortfalls = new ArrayList<>();
        int samples = 0;
        for (FloorPlan floor : site.floors()) {
            for (Zone zone : floor.zones()) {
                Envelope box = zone.polygon().getEnvelopeInternal();
                for (double x = Math.floor(box.getMinX()); x <= box.getMaxX(); x += 1) {
                    for (double y = Math.floor(box.getMinY()); y <= box.getMaxY(); y += 1) {
                        if (!zone.polygon().covers(GEOMETRY.createPoint(new Coordinate(x, y)))) {
                            continue;
                        }
                        samples++;
                        double px = x, py = y;
                        long inRange = floor.anchors().stream().filter(a -> Math.hypot(a.x() - px, a.y() - py) <= RANGE_METRES).count();
                        if (inRange < 4) {
                            shortfalls.add(floor.id() + " (" + x + ", " + y + ") in " + zone.id() + ": " + inRange);
                        }
                    }
                }
            }
        }
        assertTrue(samples > 10_000, "sampled " + samples + " points");
        assertEquals(List.of(), shortfalls);
    }

    @Test
    void stairsAndTwoLiftsServeEveryFloor() {
        for (FloorPlan floor : site.floors()) {
            long lifts = floor.zones().stream().filter(z -> z.kind() == ZoneKind.LIFT).map(z -> z.connectorId().orElseThrow()).distinct().count();
            long stairs = floor.zones().stream().filter(z -> z.kind() == ZoneKind.STAIRS).count();
            assertTrue(lifts >= 2 && stairs >= 1, floor.id() + ": " + lifts + " lifts, " + stairs + " stairs");
        }
    }

    @Test
    void securedUnitsHaveExitDoors() {
        FloorPlan second = site.floor("main-2").orElseThrow();
        assertTrue(second.openings().stream().filter(Opening::exitDoor).count() >= 2, "exit doors on the second floor");
        assertTrue(second.zones().stream().anyMatch(z -> z.name().toLowerCase().contains("nursery")));
        assertTrue(second.zones().stream().anyMatch(z -> z.name().toLowerCase().contains("memory")));
    }
}
