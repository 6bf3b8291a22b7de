package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TwrSolverTest {

    private static final UwbCases ROOMS = UwbCases.read("twr.cases");
    private static final UwbAnchors ROOM = ROOMS.anchors("room");

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return UwbScenarioRunner.run("twr.cases", TwrSolverTest::solve);
    }

    static UwbScenarioRunner.Solve solve(UwbAnchors anchors) {
        TwrSolver solver = new TwrSolver(anchors, TwrSettings.DEFAULTS);
        UwbSolution out = new UwbSolution();
        return new UwbScenarioRunner.Solve() {
            @Override
            public UwbSolution simulated(UwbSimulation sim, double tagHeightMetres) {
                return solver.solve(sim.indices, sim.rangesMetres, sim.indices.length, tagHeightMetres, out);
            }

            @Override
            public UwbSolution written(int[] indices, double[] ranges, double tagHeightMetres, double priorX,
                    double priorY) {
                return solver.solve(indices, ranges, indices.length, tagHeightMetres, priorX, priorY, out);
            }
        };
    }

    @Test
    void covarianceIsCalibratedAllOverTheRoom() {
        TwrSolver solver = new TwrSolver(ROOM, TwrSettings.DEFAULTS);
        UwbSimulation sim = new UwbSimulation(ROOM, 1);
        SplittableRandom places = new SplittableRandom(2);
        UwbSolution s = new UwbSolution();
        int trials = 4000;
        int within95 = 0;
        double sumMahalanobis = 0;
        for (int t = 0; t < trials; t++) {
            double x = 20 * places.nextDouble();
            double y = 15 * places.nextDouble();
            sim.draw(x, y, 1.2, 0.1, null);
            solver.solve(sim.indices, sim.rangesMetres, 6, 1.2, s);
            double m2 = UwbSimulation.mahalanobisSquared(s, x, y);
            within95 += m2 <= 5.991 ? 1 : 0;
            sumMahalanobis += m2;
        }
        // 95 % nominal; the a-posteriori inflation only ever widens, so a little above is expected
        double share = within95 / (double) trials;
        assertTrue(share >= 0.94 && share <= 0.975, "share within 2.45 sigma " + share);
        // E[d²] = 2 for a calibrated 2D error
        double meanSquared = sumMahalanobis / trials;
        assertTrue(meanSquared >= 1.6 && meanSquared <= 2.2, "mean squared Mahalanobis distance " + meanSquared);
    }

    @Test
    void robustSolverBeatsPlainLeastSquaresUnderNonLineOfSight() {
        for (double nlosMetres : new double[] { 0.3, 0.5, 1.0, 1.5 }) {
            double[] rmse = nlosRmse(ROOM, 1, nlosMetres);
            assertTrue(rmse[0] < rmse[1], nlosMetres + " m on one of 6: robust " + rmse[0] + ", plain " + rmse[1]);
            if (nlosMetres >= 1) {
                assertTrue(rmse[0] < 0.13, nlosMetres + " m: robust " + rmse[0] + " should be near the clean 0.085");
            }
        }
        double[] twoOfSix = nlosRmse(ROOM, 2, Double.NaN);
        assertTrue(twoOfSix[0] < 0.6 * twoOfSix[1], "2 of 6: robust " + twoOfSix[0] + ", plain " + twoOfSix[1]);
        double[] twoOfEight = nlosRmse(ROOMS.anchors("room8"), 2, Double.NaN);
        assertTrue(twoOfEight[0] < 0.4 * twoOfEight[1], "2 of 8: robust " + twoOfEight[0] + ", plain " + twoOfEight[1]);
    }

    private static double[] nlosRmse(UwbAnchors anchors, int affected, double nlosMetres) {
        TwrSolver robust = new TwrSolver(anchors, TwrSettings.DEFAULTS);
        TwrSolver plain = new TwrSolver(anchors, TwrSettings.DEFAULTS.plainLeastSquares());
        return UwbSimulation.nlosRmse(anchors, affected, nlosMetres, 0.1,
                (sim, n, s) -> robust.solve(sim.indices, sim.rangesMetres, n, 1.2, s),
                (sim, n, s) -> plain.solve(sim.indices, sim.rangesMetres, n, 1.2, s));
    }

    @Test
    void aPriorPicksTheStartButNotTheAnswer() {
        TwrSolver solver = new TwrSolver(ROOM, TwrSettings.DEFAULTS);
        UwbSimulation sim = new UwbSimulation(ROOM, 5);
        sim.draw(7, 4, 1.2, 0.1, null);
        UwbSolution withoutPrior = solver.solve(sim.indices, sim.rangesMetres, 6, 1.2, new UwbSolution());
        UwbSolution farPrior = solver.solve(sim.indices, sim.rangesMetres, 6, 1.2, 18, 14, new UwbSolution());
        assertEquals(withoutPrior.xMetres(), farPrior.xMetres(), 1e-4);
        assertEquals(withoutPrior.yMetres(), farPrior.yMetres(), 1e-4);
    }

    @Test
    void anAnchorIndexOutOfRangeIsDroppedLikeAnUnknownId() {
        TwrSolver solver = new TwrSolver(ROOM, TwrSettings.DEFAULTS);
        int[] indices = { 0, 1, 2, 3, 4, 5, 6, -7, Integer.MAX_VALUE };
        double[] ranges = { 8.219, 13.673, 17.124, 13.103, 5.281, 11.5, 3, 3, 3 };
        UwbSolution s = solver.solve(indices, ranges, indices.length, 1.2, new UwbSolution());
        assertEquals(UwbQuality.GOOD, s.quality(), s.toString());
        assertEquals(3, s.droppedCount());
        assertEquals(6, s.usedCount());
    }

    @Test
    void readsOnlyCountReadingsAndRejectsACountBeyondTheArrays() {
        TwrSolver solver = new TwrSolver(ROOM, TwrSettings.DEFAULTS);
        int[] indices = { 0, 1, 2, 3, 4, 5 };
        double[] ranges = { 8.219, 13.673, 17.124, 13.103, 5.281, 11.5 };
        assertEquals(3, solver.solve(indices, ranges, 3, 1.2, new UwbSolution()).usedCount());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(indices, ranges, 7, 1.2, new UwbSolution()));
        assertTrue(e.getMessage().contains("count 7"), e.getMessage());
    }

    @Test
    void aNoneSolutionIsFiniteAndWorthless() {
        UwbSolution s = new TwrSolver(ROOM, TwrSettings.DEFAULTS).solve(new int[] { 0 }, new double[] { 3 }, 1,
                Double.POSITIVE_INFINITY, new UwbSolution());
        assertEquals(UwbQuality.NONE, s.quality());
        UwbScenarioRunner.assertFinite(s);
        assertEquals(UwbSolution.NO_INFORMATION_VARIANCE_M2, s.covXX());
        assertEquals(0, s.zMetres(), "a non-finite tag height reports the floor elevation");
    }

    @Test
    void theHotPathAllocatesNothing() {
        TwrSolver solver = new TwrSolver(ROOM, TwrSettings.DEFAULTS);
        UwbSimulation sim = new UwbSimulation(ROOM, 6);
        sim.draw(7, 4, 1.2, 0.1, new double[] { 0, 1.0, 0, 0, 0, 0 });
        UwbSolution s = new UwbSolution();
        long bytes = leastAllocatedBytes(() -> solver.solve(sim.indices, sim.rangesMetres, 6, 1.2, s));
        assertTrue(bytes < 1000, "10,000 fixes, each with an exclusion search, allocated " + bytes + " bytes");
    }

    /**
     * The fewest bytes allocated by 10,000 runs, over 10 rounds: the JIT allocates while it compiles the first
     * rounds, a per-run allocation would show in every round as 10,000 times its size.
     */
    static long leastAllocatedBytes(Runnable run) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 10_000; i++) {
                run.run();
            }
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        return least;
    }
}
