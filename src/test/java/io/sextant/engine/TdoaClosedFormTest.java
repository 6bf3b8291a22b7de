package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Noise-free arrivals: each closed form must land on the truth, whatever the unknown emission time. */
class TdoaClosedFormTest {

    private static final UwbCases FILE = UwbCases.read("tdoa.cases");

    @Test
    void chanFromFourOrMoreAnchorsIsExact() {
        assertStartsAt(FILE.anchors("room"), 7, 4, 6);
        assertStartsAt(FILE.anchors("room8"), 13, 11, 8);
        assertStartsAt(FILE.anchors("square"), 3, 6, 4);
    }

    @Test
    void theSphericalIntersectionCoversChansBlindSpot() {
        // the middle of a symmetric square: every range difference is 0 and Chan's stage 1 is singular
        assertStartsAt(FILE.anchors("square"), 5, 5, 4);
    }

    @Test
    void threeAnchorsGiveTheRootNearerThePrior() {
        UwbAnchors triangle = FILE.anchors("triangle");
        assertStartsAt(triangle, 4, 3, 3);
    }

    @Test
    void anchorsOnALineOfferNothing() {
        UwbLeastSquares fit = load(FILE.anchors("corridor"), 10, 3, 4);
        UwbStart start = new UwbStart(fit);
        start.begin(1.2);
        new TdoaClosedForm().offerStarts(fit, start, 1.2, Double.NaN, Double.NaN);
        assertFalse(start.moveFit());
    }

    private static void assertStartsAt(UwbAnchors anchors, double x, double y, int n) {
        UwbLeastSquares fit = load(anchors, x, y, n);
        UwbStart start = new UwbStart(fit);
        start.begin(1.2);
        new TdoaClosedForm().offerStarts(fit, start, 1.2, x + 0.5, y + 0.5);
        assertTrue(start.moveFit());
        assertEquals(x, fit.x, 1e-6);
        assertEquals(y, fit.y, 1e-6);
    }

    private static UwbLeastSquares load(UwbAnchors anchors, double x, double y, int n) {
        UwbLeastSquares fit = new UwbLeastSquares(TdoaSettings.DEFAULTS.fit());
        fit.reset(n, true);
        for (int i = 0; i < n; i++) {
            double pseudorange = UwbSimulation.trueDistance(anchors, i, x, y, 1.2) + 1234.5;
            fit.add(i, anchors.xMetres(i), anchors.yMetres(i), anchors.zMetres(i), pseudorange);
        }
        return fit;
    }
}
