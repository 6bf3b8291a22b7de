package io.sextant.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class ZoneIndexTest {

    private static final Scenario HOSPITAL = Scenario.read("zone-index.cases");

    @TestFactory
    Stream<DynamicTest> scenarios() {
        Map<String, ZoneIndex> indexes = new HashMap<>();
        return HOSPITAL.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            assertEquals("zones", c.keyword(), c.where());
            double[] point = c.numbers(1);
            ZoneIndex index = indexes.computeIfAbsent(c.text(0) + "@" + c.text(2),
                    key -> new ZoneIndex(HOSPITAL.floor(c.text(0)), c.number(2)));
            List<String> expected = c.text(3).equals("none") ? List.of() : Arrays.asList(c.text(3).split("\\s+"));
            assertEquals(expected, ids(index.zonesContaining(point[0], point[1])));
        }));
    }

    @Test
    void fillFormClearsAndMatchesListForm() {
        ZoneIndex index = new ZoneIndex(HOSPITAL.floor("F0"), 0.1);
        List<Zone> reused = new ArrayList<>(List.of(HOSPITAL.floor("F0").zones().get(0)));
        for (double x = -1; x <= 41; x += 0.37) {
            for (double y = -1; y <= 21; y += 0.41) {
                int count = index.zonesContaining(x, y, reused);
                assertEquals(index.zonesContaining(x, y), reused);
                assertEquals(reused.size(), count);
                assertEquals(reused.stream().findFirst(), index.innermostZone(x, y));
            }
        }
    }

    @Test
    void staticShortcutMatchesInstance() {
        FloorPlan floor = HOSPITAL.floor("F0");
        assertEquals(new ZoneIndex(floor, 0.1).zonesContaining(3, 14), ZoneIndex.zonesContaining(floor, 3, 14, 0.1));
    }

    @Test
    void aFloorWithoutZonesContainsNothing() {
        FloorPlan floor = HOSPITAL.floor("F0");
        FloorPlan empty = new FloorPlan("E", 0, 0, floor.outline(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        ZoneIndex index = new ZoneIndex(empty, 0.1);
        assertEquals(List.of(), index.zonesContaining(3, 14));
        assertEquals(Optional.empty(), index.innermostZone(3, 14));
    }

    @Test
    void moreThanSixtyFourZonesStayOrdered() {
        // ranks past 63 live in a second word of the hit bit set; 100 nested squares exercise both words
        List<Zone> zones = IntStream.range(0, 100).mapToObj(i -> new Zone("Z" + i, "Z" + i, ZoneKind.ROOM,
                square(i), i == 0 ? Optional.empty() : Optional.of("Z" + (i - 1)), Optional.empty())).toList();
        List<String> found = ids(new ZoneIndex(zones, 0).zonesContaining(0.05, 0.05));
        assertEquals(IntStream.range(0, 100).map(i -> 99 - i).mapToObj(i -> "Z" + i).toList(), found);
    }

    @Test
    void concurrentLookupsAgreeWithSequentialOnes() {
        ZoneIndex index = new ZoneIndex(HOSPITAL.floor("F0"), 0.1);
        List<double[]> points = IntStream.range(0, 20_000)
                .mapToObj(i -> new double[] { (i * 7.3) % 42 - 1, (i * 3.1) % 22 - 1 }).toList();
        List<List<Zone>> sequential = points.stream().map(p -> index.zonesContaining(p[0], p[1])).toList();
        List<List<Zone>> parallel = points.parallelStream().map(p -> index.zonesContaining(p[0], p[1])).toList();
        assertEquals(sequential, parallel);
    }

    @Test
    void rejectsNegativeTolerance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ZoneIndex(HOSPITAL.floor("F0"), -0.1));
        assertTrue(e.getMessage().contains("-0.1"), e.getMessage());
    }

    private static Polygon square(int i) {
        double half = 100 - i;
        return (Polygon) new GeometryFactory().toGeometry(new Envelope(-half, half, -half, half));
    }

    private static List<String> ids(List<Zone> zones) {
        return zones.stream().map(Zone::id).toList();
    }
}
