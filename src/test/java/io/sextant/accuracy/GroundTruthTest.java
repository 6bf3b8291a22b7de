package io.sextant.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class GroundTruthTest {

    private final GroundTruth truth = GroundTruth.of(new double[] { 10, 11, 13 }, new double[] { 0, 2, 2 },
            new double[] { 0, 0, 4 }, new double[] { 1, 1, 1 });

    @Test
    void isExactAtSamples() {
        assertEquals(2, truth.xAt(11), 0);
        assertEquals(0, truth.yAt(11), 0);
        assertEquals(4, truth.yAt(13), 0);
        assertEquals(1, truth.zAt(10), 0);
    }

    @Test
    void interpolatesLinearlyBetweenSamples() {
        assertEquals(1, truth.xAt(10.5), 1e-12);
        assertEquals(1, truth.yAt(11.5), 1e-12);
    }

    @Test
    void answersNaNOutsideItsSpan() {
        assertTrue(Double.isNaN(truth.xAt(9.999)));
        assertTrue(Double.isNaN(truth.yAt(13.001)));
        assertFalse(truth.covers(13.001));
        assertTrue(Double.isNaN(truth.errorMetres(20, 0, 0)));
    }

    @Test
    void errorIsHorizontalDistance() {
        assertEquals(5, truth.errorMetres(10, 3, 4), 1e-12);
    }

    @Test
    void keepsTheFirstOfSamplesSharingATime() {
        GroundTruth twice = GroundTruth.of(new double[] { 1, 1, 2 }, new double[] { 5, 7, 9 }, new double[3],
                new double[3]);
        assertEquals(2, twice.size());
        assertEquals(5, twice.xAt(1), 0);
    }

    @Test
    void rejectsTimeGoingBackwards() {
        assertThrows(IllegalArgumentException.class,
                () -> GroundTruth.of(new double[] { 2, 1 }, new double[2], new double[2], new double[2]));
    }

    @Test
    void shiftingMovesTheClock() {
        GroundTruth later = truth.shifted(0.5);
        assertEquals(2, later.xAt(11.5), 0);
        assertEquals(1, later.xAt(11), 1e-12);
    }

    @Test
    void stationaryTruthHoldsAtAnyTime() {
        GroundTruth still = GroundTruth.stationary(1, 2, Double.NaN);
        assertEquals(1, still.xAt(-1e9), 0);
        assertEquals(2, still.yAt(1e12), 0);
        assertTrue(still.covers(0));
    }

    @Test
    void secondsAndInstantsRoundTripToTheMicrosecond() {
        Instant time = Instant.parse("2020-02-09T12:04:44.779766Z");
        assertEquals(time, GroundTruth.instant(GroundTruth.seconds(time)));
    }
}
