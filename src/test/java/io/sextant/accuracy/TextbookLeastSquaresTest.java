package io.sextant.accuracy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TextbookLeastSquaresTest {

    private static final double[] X = { -3.42, 0.0, 3.61, 3.60, 3.57, -0.01, -3.47, -3.49 };
    private static final double[] Y = { 3.01, 3.01, 2.98, 0.0, -3.01, -2.97, -2.96, -0.01 };

    @Test
    void isExactOnNoiseFreeRanges() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            double x = random.nextDouble() * 20 - 10;
            double y = random.nextDouble() * 20 - 10;
            assertArrayEquals(new double[] { x, y }, TextbookLeastSquares.solve(X, Y, ranges(X, Y, x, y)), 1e-9);
        }
    }

    @Test
    void isExactWithTheMinimumOfThreeAnchors() {
        double[] x = { 0, 10, 0 };
        double[] y = { 0, 0, 10 };
        assertArrayEquals(new double[] { 2.5, 7 }, TextbookLeastSquares.solve(x, y, ranges(x, y, 2.5, 7)), 1e-9);
    }

    @Test
    void isExactOnNoiseFreeRssiFromTheUncalibratedModel() {
        double[] rssi = new double[X.length];
        double[] distances = ranges(X, Y, 1.5, -0.5);
        for (int i = 0; i < rssi.length; i++) {
            rssi[i] = -59 - 20 * Math.log10(distances[i]);
        }
        assertArrayEquals(new double[] { 1.5, -0.5 }, TextbookLeastSquares.solveRssi(X, Y, rssi), 1e-9);
    }

    @Test
    void invertsTheLogDistanceModel() {
        assertEquals(1, TextbookLeastSquares.distanceMetres(-59, -59, 2), 1e-12);
        assertEquals(10, TextbookLeastSquares.distanceMetres(-79, -59, 2), 1e-12);
        assertEquals(100, TextbookLeastSquares.distanceMetres(-89, -59, 1.5), 1e-9);
    }

    @Test
    void degenerateInputGivesNaNWithoutThrowing() {
        double[] two = { 0, 1 };
        assertNaN(TextbookLeastSquares.solve(two, two, two));
        assertNaN(TextbookLeastSquares.solve(new double[] { 0, 1, 2, 3 }, new double[] { 0, 1, 2, 3 },
                new double[] { 1, 1, 1, 1 }));
        assertNaN(TextbookLeastSquares.solve(new double[] { 0, 0, 0 }, new double[] { 0, 0, 0 },
                new double[] { 1, 2, 3 }));
        assertNaN(TextbookLeastSquares.solve(X, Y, new double[] { 1, 2, 3 }));
        assertNaN(TextbookLeastSquares.solve(null, Y, ranges(X, Y, 0, 0)));
        assertNaN(TextbookLeastSquares.solve(new double[0], new double[0], new double[0]));
        double[] withNaN = ranges(X, Y, 0, 0);
        withNaN[3] = Double.NaN;
        assertNaN(TextbookLeastSquares.solve(X, Y, withNaN));
        double[] withInfinity = ranges(X, Y, 0, 0);
        withInfinity[0] = Double.POSITIVE_INFINITY;
        assertNaN(TextbookLeastSquares.solve(X, Y, withInfinity));
        assertNaN(TextbookLeastSquares.solveRssi(X, Y, null));
    }

    private static double[] ranges(double[] x, double[] y, double tagX, double tagY) {
        double[] ranges = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            ranges[i] = Math.hypot(x[i] - tagX, y[i] - tagY);
        }
        return ranges;
    }

    private static void assertNaN(double[] fix) {
        assertEquals(2, fix.length);
        assertTrue(Double.isNaN(fix[0]) && Double.isNaN(fix[1]), () -> "expected NaN, got " + fix[0] + ", " + fix[1]);
    }
}
