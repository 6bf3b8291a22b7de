package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TdoaSolverTest {

    private static final UwbCases ROOMS = UwbCases.read("tdoa.cases");
    private static final UwbAnchors ROOM = ROOMS.anchors("room");
    private static final double SIGMA_METRES = TdoaSettings.DEFAULTS.arrivalSigmaPicos() * TdoaSettings.METRES_PER_PICO;

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return UwbScenarioRunner.run("tdoa.cases", TdoaSolverTest::solve);
    }

    static UwbScenarioRunner.Solve solve(UwbAnchors anchors) {
        TdoaSolver solver = new TdoaSolver(anchors, TdoaSettings.DEFAULTS);
        UwbSolution out = new UwbSolution();
        return new UwbScenarioRunner.Solve() {
            @Override
            public UwbSolution simulated(UwbSimulation sim, double tagHeightMetres) {
                return solver.solve(sim.indices, sim.arrivalPicos, sim.indices.length, tagHeightMetres, out);
            }

            @Override
            public UwbSolution written(int[] indices, double[] rangesMetres, double tagHeightMetres, double priorX,
                    double priorY) {
                long[] arrivals = new long[rangesMetres.length];
                for (int i = 0; i < arrivals.length; i++) {
                    long flightPicos = Math.round(rangesMetres[i] / TdoaSettings.METRES_PER_PICO);
                    arrivals[i] = UwbSimulation.EMISSION_PICOS + flightPicos;
                }
                return solver.solve(indices, arrivals, indices.length, tagHeightMetres, priorX, priorY, out);
            }
        };
    }

    @Test
    void covarianceIsCalibratedAllOverTheRoom() {
        TdoaSolver solver = new TdoaSolver(ROOM, TdoaSettings.DEFAULTS);
        UwbSimulation sim = new UwbSimulation(ROOM, 1);
        SplittableRandom places = new SplittableRandom(2);
        UwbSolution s = new UwbSolution();
        int trials = 4000;
        int within95 = 0;
        double sumMahalanobis = 0;
        for (int t = 0; t < trials; t++) {
            double x = 20 * places.nextDouble();
            double y = 15 * places.nextDouble();
            sim.draw(x, y, 1.2, SIGMA_METRES, null);
            solver.solve(sim.indices, sim.arrivalPicos, 6, 1.2, s);
            double m2 = UwbSimulation.mahalanobisSquared(s, x, y);
            within95 += m2 <= 5.991 ? 1 : 0;
            sumMahalanobis += m2;
        }
        double share = within95 / (double) trials;
        assertTrue(share >= 0.94 && share <= 0.975, "share within 2.45 sigma " + share);
        double meanSquared = sumMahalanobis / trials;
        assertTrue(meanSquared >= 1.6 && meanSquared <= 2.2, "mean squared Mahalanobis distance " + meanSquared);
    }

    @Test
    void robustSolverBeatsPlainLeastSquaresUnderNonLineOfSight() {
        for (double nlosMetres : new double[] { 0.5, 1.0, 1.5 }) {
            double[] rmse = nlosRmse(ROOM, 1, nlosMetres);
            assertTrue(rmse[0] < rmse[1], nlosMetres + " m on one of 6: robust " + rmse[0] + ", plain " + rmse[1]);
        }
        double[] heavy = nlosRmse(ROOM, 1, 1.5);
        assertTrue(heavy[0] < 0.5 * heavy[1], "1.5 m on one of 6: robust " + heavy[0] + ", plain " + heavy[1]);
        double[] twoOfEight = nlosRmse(ROOMS.anchors("room8"), 2, Double.NaN);
        assertTrue(twoOfEight[0] < 0.8 * twoOfEight[1], "2 of 8: robust " + twoOfEight[0] + ", plain " + twoOfEight[1]);
    }

    private static double[] nlosRmse(UwbAnchors anchors, int affected, double nlosMetres) {
        TdoaSolver robust = new TdoaSolver(anchors, TdoaSettings.DEFAULTS);
        TdoaSolver plain = new TdoaSolver(anchors, TdoaSettings.DEFAULTS.plainLeastSquares());
        return UwbSimulation.nlosRmse(anchors, affected, nlosMetres, SIGMA_METRES,
                (sim, n, s) -> robust.solve(sim.indices, sim.arrivalPicos, n, 1.2, s),
                (sim, n, s) -> plain.solve(sim.indices, sim.arrivalPicos, n, 1.2, s));
    }

    @Test
    void aCommonBiasDoesNoHarm() {
        TdoaSolver solver = new TdoaSolver(ROOM, TdoaSettings.DEFAULTS);
        int[] indices = { 0, 1, 2, 3, 4, 5 };
        double[] ranges = { 8.219, 13.673, 17.124, 13.103, 5.281, 11.5 };
        long[] arrivals = new long[6];
        for (int i = 0; i < 6; i++) {
            arrivals[i] = 123_456_789L + Math.round((ranges[i] + 0.18) / TdoaSettings.METRES_PER_PICO);
        }
        UwbSolution s = solver.solve(indices, arrivals, 6, 1.2, new UwbSolution());
        assertEquals(UwbQuality.GOOD, s.quality(), s.toString());
        assertEquals(7, s.xMetres(), 0.01);
        assertEquals(4, s.yMetres(), 0.01);
    }

    @Test
    void theHotPathAllocatesNothing() {
        TdoaSolver solver = new TdoaSolver(ROOM, TdoaSettings.DEFAULTS);
        UwbSimulation sim = new UwbSimulation(ROOM, 6);
        sim.draw(7, 4, 1.2, SIGMA_METRES, new double[] { 0, 1.0, 0, 0, 0, 0 });
        UwbSolution s = new UwbSolution();
        long bytes = TwrSolverTest.leastAllocatedBytes(() -> solver.solve(sim.indices, sim.arrivalPicos, 6, 1.2, s));
        assertTrue(bytes < 1000, "10,000 blinks, each with an exclusion search, allocated " + bytes + " bytes");
    }
}
