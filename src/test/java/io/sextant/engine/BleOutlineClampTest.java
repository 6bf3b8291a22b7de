package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class BleOutlineClampTest {

    private static final Polygon L_SHAPE = BleScenario.read("ble-floors.site").floor("K").outline();
    private static final BleOutlineClamp CLAMP = new BleOutlineClamp(L_SHAPE,
            BleLattice.covering(L_SHAPE.getEnvelopeInternal(), 0.5));
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void pointsInsideStay() {
        double[] result = new double[2];
        for (double[] p : new double[][] { { 1, 1 }, { 19.9, 0.1 }, { 5, 19 }, { 9.8, 9.8 }, { 15, 9.5 } }) {
            CLAMP.clamp(p[0], p[1], result);
            assertEquals(p[0], result[0], 0);
            assertEquals(p[1], result[1], 0);
            assertTrue(CLAMP.isInside(p[0], p[1]));
        }
    }

    @Test
    void pointsOutsideComeWithinHalfACellDiagonalOfTheOutline() {
        SplittableRandom random = new SplittableRandom(3);
        double[] result = new double[2];
        for (int i = 0; i < 5000; i++) {
            double x = -10 + 40 * random.nextDouble(), y = -10 + 40 * random.nextDouble();
            CLAMP.clamp(x, y, result);
            double outside = L_SHAPE.distance(GEOMETRY.createPoint(new Coordinate(result[0], result[1])));
            assertTrue(outside <= 0.5 / Math.sqrt(2) + 1e-9, x + " " + y + " -> " + result[0] + " " + result[1]);
        }
    }

    @Test
    void theMissingCornerIsOutside() {
        double[] result = new double[2];
        CLAMP.clamp(16, 16, result);
        assertFalse(CLAMP.isInside(16, 16));
        assertTrue(result[0] <= 10.25 || result[1] <= 10.25, result[0] + " " + result[1]);
    }

    @Test
    void nonFinitePositionsLandOnTheFloor() {
        double[] result = new double[2];
        CLAMP.clamp(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, result);
        assertEquals(20, result[0]);
        assertEquals(0, result[1]);
        CLAMP.clamp(Double.NaN, 3, result);
        assertTrue(Double.isFinite(result[0]) && result[1] == 3, result[0] + " " + result[1]);
    }
}
