package io.sextant.sim;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import io.sextant.geometry.Anchor;
import io.sextant.geometry.Beacon;
import io.sextant.geometry.Building;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Opening;
import io.sextant.geometry.Receiver;
import io.sextant.geometry.Site;
import io.sextant.geometry.Wall;
import io.sextant.geometry.Zone;
import io.sextant.geometry.ZoneKind;

/**
 * Small floors built in code for the radio and walker tests.
 * <p>
 * Three rooms in a row, each 10 x 10 m: A (x 0-10), B (x 10-20), C (x 20-30), then a stairwell S (x 30-34).
 * Wall W1 at x = 10 (7 dB) has door D1 at y 4.5-5.5; wall W2 at x = 20 (5 dB) has door D2 at y 8-9; wall W3 at
 * x = 30 (10 dB) has door D3 at y 1-2 into the stairs.
 */
final class TestFloors {

    static final double WALL_1_DB = 7, WALL_2_DB = 5;

    private TestFloors() {
    }

    static FloorPlan threeRooms(List<Anchor> anchors, List<Receiver> receivers, List<Beacon> beacons) {
        return threeRooms("F0", 0, 0, anchors, receivers, beacons);
    }

    /** Two floors of three rooms joined by the stairwell, 4 m apart. */
    static Site twoStoreys() {
        FloorPlan ground = threeRooms("F0", 0, 0, List.of(), List.of(), List.of());
        FloorPlan first = threeRooms("F1", 1, 4, List.of(), List.of(), List.of());
        return new Site("site", List.of(new Building("main", List.of(ground, first))), Optional.empty());
    }

    /** An open square hall without walls, {@code sideMetres} on a side, its south-west corner at the origin. */
    static FloorPlan hall(double sideMetres, List<Anchor> anchors, List<Receiver> receivers) {
        Polygon outline = (Polygon) wkt(box(0, 0, sideMetres, sideMetres));
        return new FloorPlan("H", 0, 0, outline, List.of(new Zone("hall", "Hall", ZoneKind.CORRIDOR, outline)),
                List.of(), List.of(), anchors, receivers, List.of());
    }

    private static FloorPlan threeRooms(String id, int level, double elevationMetres, List<Anchor> anchors,
            List<Receiver> receivers, List<Beacon> beacons) {
        List<Zone> zones = List.of(
                room(id + "-A", 0, 10), room(id + "-B", 10, 20), room(id + "-C", 20, 30),
                new Zone(id + "-S", "Stairs", ZoneKind.STAIRS, (Polygon) wkt(box(30, 0, 34, 10)), Optional.empty(),
                        Optional.of("stair")));
        List<Wall> walls = List.of(
                new Wall(id + "-W1", (LineString) wkt("LINESTRING (10 0, 10 10)"), WALL_1_DB),
                new Wall(id + "-W2", (LineString) wkt("LINESTRING (20 0, 20 10)"), WALL_2_DB),
                new Wall(id + "-W3", (LineString) wkt("LINESTRING (30 0, 30 10)"), 10));
        List<Opening> openings = List.of(
                new Opening(id + "-D1", wkt("LINESTRING (10 4.5, 10 5.5)"), id + "-A", id + "-B", false),
                new Opening(id + "-D2", wkt("LINESTRING (20 8, 20 9)"), id + "-B", id + "-C", false),
                new Opening(id + "-D3", wkt("LINESTRING (30 1, 30 2)"), id + "-C", id + "-S", false));
        return new FloorPlan(id, level, elevationMetres, (Polygon) wkt(box(0, 0, 34, 10)), zones, walls, openings,
                anchors, receivers, beacons);
    }

    private static Zone room(String id, double fromX, double toX) {
        return new Zone(id, "Room " + id, ZoneKind.ROOM, (Polygon) wkt(box(fromX, 0, toX, 10)));
    }

    private static String box(double x0, double y0, double x1, double y1) {
        return "POLYGON ((" + x0 + " " + y0 + ", " + x1 + " " + y0 + ", " + x1 + " " + y1 + ", " + x0 + " " + y1
                + ", " + x0 + " " + y0 + "))";
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKT '" + text + "'", e);
        }
    }
}
