package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class Accuracy95Test {

    @Test
    void circularErrorIsTheRayleighQuantile() {
        // sqrt(-2 ln 0.05) = 2.4477 sigma
        assertEquals(2.4477 * 0.3, Accuracy95.radiusMetres(0.09, 0, 0.09), 1e-3);
    }

    @Test
    void errorAlongALineIsTheNormalQuantile() {
        assertEquals(1.96 * 0.5, Accuracy95.radiusMetres(0.25, 0, 0), 2e-3);
    }

    @Test
    void rotationDoesNotMatter() {
        // diag(1, 0.25) rotated by 30 degrees
        double c = Math.cos(Math.PI / 6);
        double s = Math.sin(Math.PI / 6);
        double cxx = c * c * 1 + s * s * 0.25;
        double cyy = s * s * 1 + c * c * 0.25;
        double cxy = c * s * (1 - 0.25);
        assertEquals(Accuracy95.radiusMetres(1, 0, 0.25), Accuracy95.radiusMetres(cxx, cxy, cyy), 1e-9);
    }

    @Test
    void ellipticalRadiusHolds95PercentOfSamples() {
        SplittableRandom random = new SplittableRandom(1);
        double r = Accuracy95.radiusMetres(1.0, 0, 0.09);
        int inside = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = gaussian(random);
            double y = 0.3 * gaussian(random);
            inside += Math.hypot(x, y) <= r ? 1 : 0;
        }
        assertEquals(0.95, inside / (double) n, 0.003);
    }

    @Test
    void zeroAndUnusableCovariances() {
        assertEquals(0, Accuracy95.radiusMetres(0, 0, 0));
        assertEquals(Double.POSITIVE_INFINITY, Accuracy95.radiusMetres(Double.NaN, 0, 1));
        assertEquals(Double.POSITIVE_INFINITY, Accuracy95.radiusMetres(Double.POSITIVE_INFINITY, 0, 1));
    }

    static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
