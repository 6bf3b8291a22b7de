package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsAreValidAndPlainLeastSquaresTurnsRobustnessOff() {
        TwrSettings plain = TwrSettings.DEFAULTS.plainLeastSquares();
        assertEquals(Double.POSITIVE_INFINITY, plain.huberK());
        assertEquals(0, plain.maxExclusions());
        assertEquals(0.12, TdoaSettings.DEFAULTS.fit().sigmaMetres(), 0.001);
    }

    @Test
    void rejectsSettingsOutOfRangeNamingThem() {
        IllegalArgumentException sigma = assertThrows(IllegalArgumentException.class,
                () -> new TwrSettings(0, 100, 1.5, 10, 1e-4, 3.09, 2, 1.5, 5));
        assertTrue(sigma.getMessage().contains("measurement sigma"), sigma.getMessage());
        IllegalArgumentException exclusions = assertThrows(IllegalArgumentException.class,
                () -> new TdoaSettings(400, 100, 1.5, 10, 1e-4, 3.09, 3, 1.5, 5));
        assertTrue(exclusions.getMessage().contains("max exclusions"), exclusions.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TwrSettings(0.1, -1, 1.5, 10, 1e-4, 3.09, 2, 1.5, 5));
        assertThrows(IllegalArgumentException.class,
                () -> new TwrSettings(0.1, 100, Double.NaN, 10, 1e-4, 3.09, 2, 1.5, 5));
    }

    @Test
    void theChiSquareLimitIsCloseToTheExactQuantile() {
        FitSettings fit = TwrSettings.DEFAULTS.fit();
        // exact 99.9 % quantiles for 1, 2, 4 and 10 degrees of freedom
        double[][] exact = { { 1, 10.828 }, { 2, 13.816 }, { 4, 18.467 }, { 10, 29.588 } };
        for (double[] e : exact) {
            assertEquals(e[1], fit.chiSquareLimit((int) e[0]), 0.035 * e[1], "dof " + e[0]);
        }
    }
}
