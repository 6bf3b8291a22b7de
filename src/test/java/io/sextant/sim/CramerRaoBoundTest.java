package io.sextant.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import io.sextant.geometry.Anchor;

class CramerRaoBoundTest {

    private static final double SIGMA = 0.1;
    private static final List<Anchor> ROOM = List.of(anchor(0, 0, 2.5), anchor(10, 0, 2.5),
            anchor(10, 8, 2.5), anchor(0, 8, 2.5), anchor(5, 12, 2.8));
    private static final double[] ROOM_SIGMAS = { 0.1, 0.15, 0.1, 0.2, 0.1 };

    /**
     * Anchors at the corners (c ± a, c ± a) of a square, tag at its centre h below them: every g_i = (±a, ±a) / r
     * with r² = 2a² + h², the cross terms cancel, so J = 4a² / (σ² r²) I and the RMSE bound is σ r / (a √2),
     * which is σ when anchors and tag are at one height.
     */
    @Test
    void squareCentreHasTheClosedForm() {
        double a = 5, h = 1.8, r = Math.sqrt(2 * a * a + h * h);
        List<Anchor> corners = List.of(anchor(0, 0, 3), anchor(10, 0, 3), anchor(10, 10, 3), anchor(0, 10, 3));
        PositionCovariance bound = CramerRaoBound.twr(corners, SIGMA, 5, 5, 3 - h);
        assertEquals(SIGMA * SIGMA * r * r / (4 * a * a), bound.xxSquareMetres(), 1e-15);
        assertEquals(bound.xxSquareMetres(), bound.yySquareMetres(), 1e-15);
        assertEquals(0, bound.xySquareMetres(), 1e-15);
        assertEquals(SIGMA * r / (a * Math.sqrt(2)), bound.rmseMetres(), 1e-12);
        assertEquals(SIGMA, CramerRaoBound.twr(corners, SIGMA, 5, 5, 3).rmseMetres(), 1e-12);
    }

    /** N anchors evenly on a circle of radius ρ, h above the tag at its centre: RMSE = 2σ/√N · √(1 + h²/ρ²). */
    @Test
    void evenlySpreadAnchorsShareTheInformationEqually() {
        int n = 7;
        double rho = 6, h = 2;
        List<Anchor> ring = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ring.add(anchor(rho * Math.cos(2 * Math.PI * i / n), rho * Math.sin(2 * Math.PI * i / n), h));
        }
        double expected = 2 * SIGMA / Math.sqrt(n) * Math.sqrt(1 + h * h / (rho * rho));
        assertEquals(expected, CramerRaoBound.twr(ring, SIGMA, 0, 0, 0).rmseMetres(), 1e-12);
        // the mean range gradient is zero at the centre, so knowing the emission time would not help TDoA
        assertEquals(expected, CramerRaoBound.tdoa(ring, SIGMA, 0, 0, 0).rmseMetres(), 1e-12);
    }

    /** TDoA is TOA with an unknown emission time: the Schur complement of that nuisance must give the same bound. */
    @Test
    void tdoaMatchesToaWithAnUnknownEmissionTime() {
        double x = 2.5, y = 6.5, z = 1.1;
        double[] info = new double[6];
        for (int i = 0; i < ROOM.size(); i++) {
            Anchor anchor = ROOM.get(i);
            double r = Math.sqrt(Math.pow(x - anchor.x(), 2) + Math.pow(y - anchor.y(), 2)
                    + Math.pow(z - anchor.z(), 2));
            double gx = (x - anchor.x()) / r, gy = (y - anchor.y()) / r, w = 1 / (ROOM_SIGMAS[i] * ROOM_SIGMAS[i]);
            double[] terms = { gx * gx, gx * gy, gy * gy, gx, gy, 1 };
            for (int t = 0; t < 6; t++) {
                info[t] += w * terms[t];
            }
        }
        double xx = info[0] - info[3] * info[3] / info[5], xy = info[1] - info[3] * info[4] / info[5];
        double yy = info[2] - info[4] * info[4] / info[5];
        PositionCovariance expected = PositionCovariance.inverseOf(xx, xy, yy);
        PositionCovariance bound = CramerRaoBound.tdoa(ROOM, ROOM_SIGMAS, 0, x, y, z);
        assertEquals(expected.xxSquareMetres(), bound.xxSquareMetres(), 1e-12);
        assertEquals(expected.xySquareMetres(), bound.xySquareMetres(), 1e-12);
        assertEquals(expected.yySquareMetres(), bound.yySquareMetres(), 1e-12);
    }

    @Test
    void theTdoaBoundDoesNotDependOnTheReferenceAnchor() {
        PositionCovariance first = CramerRaoBound.tdoa(ROOM, ROOM_SIGMAS, 0, 3, 2, 1.2);
        for (int reference = 1; reference < ROOM.size(); reference++) {
            PositionCovariance other = CramerRaoBound.tdoa(ROOM, ROOM_SIGMAS, reference, 3, 2, 1.2);
            assertEquals(first.xxSquareMetres(), other.xxSquareMetres(), 1e-12);
            assertEquals(first.xySquareMetres(), other.xySquareMetres(), 1e-12);
            assertEquals(first.yySquareMetres(), other.yySquareMetres(), 1e-12);
        }
    }

    @Test
    void maximumLikelihoodTwrReachesTheBound() {
        double x = 3, y = 2, z = 1.2;
        double mse = MaximumLikelihood.meanSquaredError(ROOM, ROOM_SIGMAS, x, y, z, false, new SplittableRandom(1));
        double bound = CramerRaoBound.twr(ROOM, ROOM_SIGMAS, x, y, z).traceSquareMetres();
        assertEquals(1, mse / bound, 0.07);
    }

    @Test
    void maximumLikelihoodTdoaReachesTheBound() {
        double x = 3, y = 2, z = 1.2;
        double mse = MaximumLikelihood.meanSquaredError(ROOM, ROOM_SIGMAS, x, y, z, true, new SplittableRandom(2));
        double bound = CramerRaoBound.tdoa(ROOM, ROOM_SIGMAS, 2, x, y, z).traceSquareMetres();
        assertEquals(1, mse / bound, 0.07);
    }

    @Test
    void aPositionTheGeometryCannotFixIsUnbounded() {
        List<Anchor> line = List.of(anchor(0, 0, 1), anchor(10, 0, 1));
        assertEquals(PositionCovariance.UNBOUNDED, CramerRaoBound.twr(line, SIGMA, 5, 0, 1));
        assertEquals(Double.POSITIVE_INFINITY, CramerRaoBound.tdoa(ROOM.subList(0, 2), SIGMA, 3, 2, 1).rmseMetres());
    }

    @Test
    void theBoundOverPointsIsTheRootOfTheMeanSquaredErrorBound() {
        List<Coordinate> points = List.of(new Coordinate(3, 2), new Coordinate(5, 5), new Coordinate(9, 7));
        double sum = 0, tdoaSum = 0;
        for (Coordinate p : points) {
            sum += CramerRaoBound.twr(ROOM, SIGMA, p.x, p.y, 1).traceSquareMetres();
            tdoaSum += CramerRaoBound.tdoa(ROOM, SIGMA, p.x, p.y, 1).traceSquareMetres();
        }
        assertEquals(Math.sqrt(sum / 3), CramerRaoBound.twrRmseOverPointsMetres(ROOM, SIGMA, 1, points), 1e-12);
        assertEquals(Math.sqrt(tdoaSum / 3), CramerRaoBound.tdoaRmseOverPointsMetres(ROOM, SIGMA, 1, points), 1e-12);
    }

    @Test
    void badInputsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> CramerRaoBound.twr(ROOM, new double[2], 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> CramerRaoBound.twr(ROOM, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> CramerRaoBound.tdoa(ROOM, ROOM_SIGMAS, 5, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> CramerRaoBound.twrRmseOverPointsMetres(ROOM, SIGMA, 1, List.of()));
    }

    private static Anchor anchor(double x, double y, double z) {
        return new Anchor("a-" + x + "-" + y, x, y, z, 0);
    }
}
