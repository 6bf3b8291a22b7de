package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.Anchor;

class UwbBiasCalibrationTest {

    private static final UwbAnchors ROOM8 = UwbCases.read("twr.cases").anchors("room8");
    /** Field-like biases, median near +0.18 m. */
    private static final double[] TRUE_BIASES = { 0.18, 0.22, 0.15, 0.20, 0.12, 0.25, 0.17, 0.19 };

    @Test
    void aSurveyFindsEachAnchorsBiasDespiteNonLineOfSight() {
        Random noise = new Random(1);
        SplittableRandom survey = new SplittableRandom(2);
        List<UwbBiasCalibration.SurveySample> samples = new ArrayList<>();
        for (int point = 0; point < 200; point++) {
            double x = 20 * survey.nextDouble();
            double y = 15 * survey.nextDouble();
            for (int a = 0; a < ROOM8.size(); a++) {
                double truth = UwbSimulation.trueDistance(ROOM8, a, x, y, 1.2);
                // one sample in ten behind an obstacle, 0.3 to 2 m long
                double nlos = survey.nextDouble() < 0.1 ? 0.3 + 1.7 * survey.nextDouble() : 0;
                double measured = truth + TRUE_BIASES[a] + 0.1 * noise.nextGaussian() + nlos;
                samples.add(new UwbBiasCalibration.SurveySample(ROOM8.id(a), measured, truth));
            }
        }
        samples.add(new UwbBiasCalibration.SurveySample("A0", Double.NaN, 3));
        Map<String, UwbBiasCalibration.Estimate> estimates = UwbBiasCalibration.fromSurvey(samples);
        assertEquals(List.of("A0", "A1", "A2", "A3", "A4", "A5", "A6", "A7"), List.copyOf(estimates.keySet()));
        for (int a = 0; a < ROOM8.size(); a++) {
            UwbBiasCalibration.Estimate e = estimates.get(ROOM8.id(a));
            // median of 200: standard error 1.25 sigma / √200 = 9 mm, plus about 14 mm of NLOS skew
            assertEquals(TRUE_BIASES[a], e.biasMetres(), 0.05, e.toString());
            assertEquals(200, e.samples());
            assertEquals(0.1, e.spreadMetres(), 0.03, e.toString());
        }
    }

    @Test
    void selfCalibrationFromGoodFixesConvergesOverRounds() {
        UwbAnchors biased = withBiasesUnknown();
        UwbSimulation sim = new UwbSimulation(biased, 3);
        SplittableRandom places = new SplittableRandom(4);
        UwbSolution s = new UwbSolution();
        UwbAnchors current = biased;
        for (int round = 0; round < 4; round++) {
            UwbBiasCalibration calibration = new UwbBiasCalibration(current, 0.3);
            TwrSolver roundSolver = new TwrSolver(current, TwrSettings.DEFAULTS);
            for (int fix = 0; fix < 3000; fix++) {
                double x = 20 * places.nextDouble();
                double y = 15 * places.nextDouble();
                sim.draw(x, y, 1.2, 0.1, trueBiasesAsNlos());
                calibration.addFix(roundSolver.solve(sim.indices, sim.rangesMetres, 8, 1.2, s));
            }
            Map<String, Double> update = new HashMap<>();
            calibration.selfCalibrated(100).forEach((id, e) -> update.put(id, e.biasMetres()));
            current = current.withBiases(update);
        }
        // a bias common to all anchors converges more slowly than their differences
        double trueMean = Arrays.stream(TRUE_BIASES).average().orElseThrow();
        double estimatedMean = 0;
        for (int a = 0; a < 8; a++) {
            estimatedMean += current.biasMetres(a) / 8;
        }
        for (int a = 0; a < 8; a++) {
            assertEquals(TRUE_BIASES[a] - trueMean, current.biasMetres(a) - estimatedMean, 0.02, "anchor " + a);
            assertEquals(TRUE_BIASES[a], current.biasMetres(a), 0.03, "anchor " + a);
        }
    }

    @Test
    void onlyWellDeterminedFixesFeedSelfCalibration() {
        UwbBiasCalibration calibration = new UwbBiasCalibration(ROOM8, 0.3);
        assertFalse(calibration.addFix(new UwbSolution()), "a NONE solution");
        TwrSolver solver = new TwrSolver(ROOM8, TwrSettings.DEFAULTS);
        UwbSimulation sim = new UwbSimulation(ROOM8, 5);
        sim.draw(7, 4, 1.2, 0.1, null);
        int[] four = { 0, 1, 2, 3 };
        assertFalse(calibration.addFix(solver.solve(four, sim.rangesMetres, 4, 1.2, new UwbSolution())),
                "4 anchors are too few");
        assertTrue(calibration.addFix(solver.solve(sim.indices, sim.rangesMetres, 8, 1.2, new UwbSolution())));
        assertEquals(8, calibration.selfCalibrated(1).size());
        assertTrue(calibration.selfCalibrated(2).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new UwbBiasCalibration(ROOM8, 0));
    }

    /** The room's anchors as the plan has them: no bias known. */
    private static UwbAnchors withBiasesUnknown() {
        List<Anchor> plan = new ArrayList<>();
        for (int a = 0; a < ROOM8.size(); a++) {
            plan.add(new Anchor(ROOM8.id(a), ROOM8.xMetres(a), ROOM8.yMetres(a), ROOM8.zMetres(a), 0));
        }
        return UwbAnchors.of(plan, 0);
    }

    /** The true biases, added to the ranges the way {@link UwbSimulation} adds NLOS. */
    private static double[] trueBiasesAsNlos() {
        return TRUE_BIASES.clone();
    }
}
