package io.sextant.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class FloorPlanModelTest {

    private static final Scenario HOSPITAL = Scenario.read("hospital.site");

    @Test
    void anOpeningPassesThroughTheMiddleOfItsGap() {
        assertEquals(new Coordinate(4.5, 11), opening("LINESTRING (4 11, 5 11)").midpoint());
        assertEquals(new Coordinate(2, 1), opening("LINESTRING (0 0, 2 0, 2 4)").midpoint());
        assertEquals(new Coordinate(5.5, 8), opening("POINT (5.5 8)").midpoint());
        assertEquals(2, opening("LINESTRING (34 8, 36 8)").widthMetres(), 1e-12);
        assertEquals(Opening.POINT_WIDTH_METRES, opening("POINT (5.5 8)").widthMetres());
    }

    @Test
    void anOpeningIsALineOrAPoint() {
        assertRejected(() -> opening("POLYGON ((0 0, 1 0, 1 1, 0 0))"), "Polygon");
        assertRejected(() -> opening("LINESTRING EMPTY"), "empty");
    }

    @Test
    void onlyStairsAndLiftsHaveConnectors() {
        Polygon square = (Polygon) wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
        assertRejected(() -> new Zone("R9", "Room", ZoneKind.ROOM, square, Optional.empty(), Optional.of("ST-A")),
                "'R9'");
        assertEquals(Optional.of("ST-A"),
                new Zone("S9", "Stairs", ZoneKind.STAIRS, square, Optional.empty(), Optional.of("ST-A")).connectorId());
    }

    @Test
    void radioParametersMustBePhysical() {
        assertRejected(() -> new Wall("W9", (LineString) wkt("LINESTRING (0 0, 1 0)"), -3), "'W9'");
        assertRejected(() -> new Receiver("RX9", 0, 0, 0, -59, 0), "'RX9'");
        assertRejected(() -> new NavigationSettings(0.1, 0.3, -1, 30), "stairFactor");
    }

    @Test
    void aSiteFindsFloorsAndDevices() {
        Site site = HOSPITAL.site();
        assertEquals(List.of("F0", "F1"), site.floors().stream().map(FloorPlan::id).toList());
        FloorPlan f0 = site.floor("F0").orElseThrow();
        assertEquals(Optional.empty(), site.floor("F9"));
        assertEquals(List.of("A1", "A2", "RX1", "BC1"), f0.devices().stream().map(MountedDevice::id).toList());
        assertEquals("Bay 1", f0.zone("B1").orElseThrow().name());
        assertEquals(Optional.of("R1"), f0.zone("B1").orElseThrow().parentId());
        assertTrue(f0.openings().stream().filter(Opening::exitDoor).allMatch(o -> o.joins("EX")));
    }

    @Test
    void floorListsCannotBeChanged() {
        FloorPlan f0 = HOSPITAL.floor("F0");
        assertThrows(UnsupportedOperationException.class, () -> f0.zones().clear());
    }

    private static Opening opening(String location) {
        return new Opening("D9", wkt(location), "A", "B", false);
    }

    private static void assertRejected(Executable construction, String namedInMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
        assertTrue(e.getMessage().contains(namedInMessage), e.getMessage());
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
