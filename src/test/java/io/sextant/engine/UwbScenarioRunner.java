package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import io.sextant.testing.ScenarioCase;

/**
 * Runs a scenario file ({@code twr.cases}, {@code tdoa.cases}; formats in their headers) against either solver,
 * through the one thing that differs: how a batch of simulated or written readings is solved.
 */
final class UwbScenarioRunner {

    /** Solves readings for one anchor set. */
    interface Solve {

        /** Solves the simulation's current draw for all anchors. */
        UwbSolution simulated(UwbSimulation simulation, double tagHeightMetres);

        /** Solves written readings: TWR ranges, or TDoA pseudoranges to turn into arrivals. */
        UwbSolution written(int[] anchors, double[] valuesMetres, double tagHeightMetres, double priorX,
                double priorY);
    }

    /** A solver for an anchor set. */
    interface SolverFactory {
        Solve create(UwbAnchors anchors);
    }

    /** 2.45 sigma: the square root of the chi-square 95 % quantile with 2 degrees of freedom. */
    static final double SIGMA_95 = Math.sqrt(5.991);
    /** 3.44 sigma: the square root of the chi-square 99.73 % (three-sigma) quantile with 2 degrees of freedom. */
    static final double SIGMA_3 = Math.sqrt(11.829);

    private UwbScenarioRunner() {
    }

    static Stream<DynamicTest> run(String file, SolverFactory factory) {
        UwbCases cases = UwbCases.read(file);
        return cases.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            UwbAnchors anchors = cases.anchors(c.text(0));
            Solve solve = factory.create(anchors);
            switch (c.keyword()) {
            case "fix" -> fix(c, anchors, solve);
            case "trials" -> trials(c, anchors, solve);
            case "readings" -> readings(c, anchors, solve);
            default -> throw new IllegalArgumentException(c.where() + ": unknown case " + c.keyword());
            }
        }));
    }

    private static void fix(ScenarioCase c, UwbAnchors anchors, Solve solve) {
        double[] truth = c.numbers(1);
        double[] noise = c.numbers(2);
        UwbSimulation simulation = new UwbSimulation(anchors, (long) noise[1]);
        simulation.draw(truth[0], truth[1], truth[2], noise[0], nlos(anchors, c, 3));
        UwbSolution s = solve.simulated(simulation, 1.2);
        String[] expected = c.text(4).split("\\s+");
        assertEquals(UwbQuality.valueOf(expected[0]), s.quality(), s.toString());
        double maxSigmas = c.numbers(5)[0];
        assertTrue(Math.sqrt(UwbSimulation.mahalanobisSquared(s, truth[0], truth[1])) <= maxSigmas, s.toString());
        boolean threeD = expected.length > 1 && expected[1].equals("3d");
        assertEquals(threeD, s.isThreeDimensional(), s.toString());
        if (threeD) {
            assertTrue(Math.abs(s.zMetres() - truth[2]) <= maxSigmas * Math.sqrt(s.covZZ()), s.toString());
        }
        String[] excluded = new String[s.excludedCount()];
        for (int i = 0; i < excluded.length; i++) {
            excluded[i] = anchors.id(s.excludedAnchor(i));
        }
        List<String> expectedExcluded = c.isDash(6) ? List.of() : List.of(c.text(6).split("\\s+"));
        assertEquals(expectedExcluded, Arrays.asList(excluded), s.toString());
    }

    private static void trials(ScenarioCase c, UwbAnchors anchors, Solve solve) {
        double[] truth = c.numbers(1);
        double[] noise = c.numbers(2);
        double[] bounds = c.numbers(4);
        UwbSimulation simulation = new UwbSimulation(anchors, (long) noise[1]);
        int count = (int) noise[2];
        int within95 = 0;
        int within3Sigma = 0;
        for (int t = 0; t < count; t++) {
            simulation.draw(truth[0], truth[1], truth[2], noise[0], nlos(anchors, c, 3));
            UwbSolution s = solve.simulated(simulation, 1.2);
            double distance = Math.sqrt(UwbSimulation.mahalanobisSquared(s, truth[0], truth[1]));
            within95 += distance <= SIGMA_95 ? 1 : 0;
            within3Sigma += distance <= SIGMA_3 ? 1 : 0;
        }
        double share95 = within95 / (double) count;
        assertTrue(share95 >= bounds[0] && share95 <= bounds[1], "share within 2.45 sigma " + share95);
        assertTrue(within3Sigma >= bounds[2] * count, "share within 3.44 sigma " + within3Sigma / (double) count);
    }

    private static void readings(ScenarioCase c, UwbAnchors anchors, Solve solve) {
        double height = Double.parseDouble(c.text(1));
        UwbCases.Readings readings = c.isDash(2) ? new UwbCases.Readings(new int[0], new double[0])
                : UwbCases.readings(anchors, c.text(2));
        double[] prior = c.isDash(3) ? new double[] { Double.NaN, Double.NaN } : c.numbers(3);
        UwbSolution s = solve.written(readings.anchors(), readings.values(), height, prior[0], prior[1]);
        assertEquals(UwbQuality.valueOf(c.text(4)), s.quality(), s.toString());
        assertFinite(s);
        if (!c.isDash(5)) {
            double[] expected = c.numbers(5);
            assertEquals(expected[0], s.xMetres(), expected[2], s.toString());
            assertEquals(expected[1], s.yMetres(), expected[2], s.toString());
        }
    }

    /** The promise made to every consumer: whatever came in, nothing that comes out is NaN or infinite. */
    static void assertFinite(UwbSolution s) {
        double[] values = { s.xMetres(), s.yMetres(), s.zMetres(), s.covXX(), s.covXY(), s.covYY(), s.covXZ(),
                s.covYZ(), s.covZZ(), s.rmsResidualMetres(), s.radius95Metres() };
        for (double v : values) {
            assertFalse(Double.isNaN(v) || Double.isInfinite(v), s.toString());
        }
    }

    private static double[] nlos(UwbAnchors anchors, ScenarioCase c, int field) {
        double[] biases = new double[anchors.size()];
        if (!c.isDash(field)) {
            UwbCases.Readings nlos = UwbCases.readings(anchors, c.text(field));
            for (int i = 0; i < nlos.anchors().length; i++) {
                biases[nlos.anchors()[i]] = nlos.values()[i];
            }
        }
        return biases;
    }
}
