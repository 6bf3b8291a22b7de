package io.sextant.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.locationtech.jts.geom.Coordinate;

class GeoreferenceTest {

    /** Metres per degree of latitude, near enough to turn a small angular difference into a distance. */
    private static final double METRES_PER_DEGREE = 111_300;

    @TestFactory
    Stream<DynamicTest> scenarios() {
        Scenario scenario = Scenario.read("georeference.cases");
        Map<String, Georeference> sets = new HashMap<>();
        return scenario.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            if (c.keyword().equals("gcps")) {
                sets.put(c.text(0), new Georeference(controlPoints(c.text(1))));
                return;
            }
            Georeference georeference = sets.get(c.text(0));
            switch (c.keyword()) {
            case "roundtrip" -> {
                double[] local = c.numbers(1);
                Wgs84Point wgs84 = georeference.toWgs84(local[0], local[1]);
                Coordinate back = georeference.toLocal(wgs84.latitudeDegrees(), wgs84.longitudeDegrees());
                assertTrue(back.distance(new Coordinate(local[0], local[1])) < c.number(2), "back at " + back);
            }
            case "position" -> {
                double[] local = c.numbers(1), expected = c.numbers(2);
                Wgs84Point wgs84 = georeference.toWgs84(local[0], local[1]);
                double northMetres = (wgs84.latitudeDegrees() - expected[0]) * METRES_PER_DEGREE;
                double eastMetres = (wgs84.longitudeDegrees() - expected[1]) * METRES_PER_DEGREE
                        * Math.cos(Math.toRadians(expected[0]));
                assertTrue(Math.hypot(northMetres, eastMetres) < c.number(3), "placed at " + wgs84);
            }
            case "residual" -> assertEquals(c.number(1), georeference.rmsResidualMetres(), c.number(2));
            case "rotation" -> assertEquals(c.number(1), georeference.rotationDegrees(), c.number(2));
            case "scale" -> assertEquals(c.number(1), georeference.scale(), c.number(2));
            default -> throw new IllegalArgumentException(c.where() + ": unknown case " + c.keyword());
            }
        }));
    }

    @Test
    void worksAcrossTheAntimeridian() {
        // 100 m of longitude at 17 S is 0.000939 degrees, here split across the antimeridian
        Georeference georeference = new Georeference(List.of(new GroundControlPoint(0, 0, -17.0, 179.99953045),
                new GroundControlPoint(100, 0, -17.0, -179.99953045)));
        assertEquals(1, georeference.scale(), 0.0001);
        Wgs84Point middle = georeference.toWgs84(50, 0);
        assertEquals(180, Math.abs(middle.longitudeDegrees()), 1e-9);
        assertEquals(50, georeference.toLocal(middle.latitudeDegrees(), middle.longitudeDegrees()).x, 1e-6);
    }

    @Test
    void theHospitalSiteIsGeoreferenced() {
        Site site = Scenario.read("hospital.site").site();
        Georeference georeference = site.georeference().orElseThrow();
        Wgs84Point origin = georeference.toWgs84(0, 0);
        assertEquals(52.52, origin.latitudeDegrees(), 1e-8);
        assertEquals(13.405, origin.longitudeDegrees(), 1e-8);
    }

    @Test
    void needsTwoSpreadOutPoints() {
        GroundControlPoint p = new GroundControlPoint(1, 2, 52.5, 13.4);
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class, () -> new Georeference(List.of(p)));
        assertTrue(one.getMessage().contains("got 1"), one.getMessage());
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> new Georeference(List.of(p, new GroundControlPoint(1, 2, 52.6, 13.4))));
        assertTrue(same.getMessage().contains("(1.0, 2.0)"), same.getMessage());
    }

    @Test
    void rejectsAPoleOrANonFiniteCoordinate() {
        assertThrows(IllegalArgumentException.class, () -> new GroundControlPoint(0, 0, 90, 0));
        assertThrows(IllegalArgumentException.class, () -> new GroundControlPoint(Double.NaN, 0, 50, 0));
    }

    private static List<GroundControlPoint> controlPoints(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).map(point -> {
            double[] v = Arrays.stream(point.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
            return new GroundControlPoint(v[0], v[1], v[2], v[3]);
        }).toList();
    }
}
