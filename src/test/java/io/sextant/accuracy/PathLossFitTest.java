package io.sextant.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathLossFitTest {

    @Test
    void recoversTheModelFromNoiseFreeReadings() {
        double[] distances = { 1, 2, 3.5, 7, 12, 18 };
        double[] rssi = new double[distances.length];
        for (int i = 0; i < rssi.length; i++) {
            rssi[i] = -65 - 10 * 2.7 * Math.log10(distances[i]);
        }
        PathLoss fit = PathLossFit.fit(distances, rssi);
        assertEquals(-65, fit.rssiAt1mDbm(), 1e-9);
        assertEquals(2.7, fit.pathLossExponent(), 1e-9);
        assertEquals(0, fit.residualRmsDb(), 1e-9);
        assertEquals(6, fit.samples());
        assertTrue(fit.isUsable());
    }

    @Test
    void oneDistanceLeavesTheSlopeUndetermined() {
        assertFalse(PathLossFit.fit(new double[] { 3, 3, 3 }, new double[] { -70, -72, -71 }).isUsable());
        assertFalse(PathLossFit.fit(new double[0], new double[0]).isUsable());
    }
}
