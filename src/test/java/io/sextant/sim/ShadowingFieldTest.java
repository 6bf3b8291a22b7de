package io.sextant.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ShadowingFieldTest {

    private static final ShadowingField FIELD = new ShadowingField(42, 6, 2);
    private static final int POINTS = 20_000;

    @Test
    void valuesAreCentredWithTheConfiguredDeviation() {
        SplittableRandom random = new SplittableRandom(1);
        double[] values = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            // spread over 2 km so that the points fall in mostly independent cells
            values[i] = FIELD.shadowingDb("rx", 2000 * random.nextDouble(), 2000 * random.nextDouble());
        }
        assertEquals(0, Stats.mean(values), 0.15);
        assertEquals(6, Stats.std(values), 0.15);
    }

    @Test
    void nearbyPointsCorrelateAndDistantOnesDoNot() {
        assertTrue(correlationAtLag(0.1) > 0.95, "0.1 m apart");
        assertEquals(0, correlationAtLag(4.5), 0.03, "more than two cells apart");
    }

    @Test
    void theFieldIsContinuousAcrossCellEdges() {
        assertEquals(FIELD.shadowingDb("rx", 2 - 1e-9, 3), FIELD.shadowingDb("rx", 2 + 1e-9, 3), 1e-6);
        assertEquals(FIELD.shadowingDb("rx", 5, -1e-9), FIELD.shadowingDb("rx", 5, 1e-9), 1e-6);
    }

    @Test
    void eachDeviceAndEnvironmentSeedHasItsOwnField() {
        double value = FIELD.shadowingDb("rx", 3.3, 7.1);
        assertEquals(value, new ShadowingField(42, 6, 2).shadowingDb("rx", 3.3, 7.1));
        assertNotEquals(value, FIELD.shadowingDb("rx-2", 3.3, 7.1));
        assertNotEquals(value, new ShadowingField(43, 6, 2).shadowingDb("rx", 3.3, 7.1));
        assertEquals(0, new ShadowingField(42, 0, 2).shadowingDb("rx", 3.3, 7.1));
    }

    private static double correlationAtLag(double lagMetres) {
        SplittableRandom random = new SplittableRandom(2);
        double[] here = new double[POINTS], there = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            double x = 2000 * random.nextDouble(), y = 2000 * random.nextDouble();
            here[i] = FIELD.shadowingDb("rx", x, y);
            there[i] = FIELD.shadowingDb("rx", x + lagMetres, y);
        }
        return Stats.correlation(here, there);
    }
}
