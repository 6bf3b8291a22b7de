package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TrackFilterTest {

    private static final double SIGMA = 0.15;
    private static final long STEP_MICROS = 100_000;
    private final TrackFilter filter = new TrackFilter(TrackFilter.Settings.PEOPLE);

    @Test
    void aStillTagSettlesBelowTheMeasurementNoise() {
        SplittableRandom random = new SplittableRandom(3);
        TrackState track = filter.start(0, "f", 5 + noise(random), 5 + noise(random), SIGMA * SIGMA, 0, SIGMA * SIGMA);
        double squaredErrors = 0;
        for (int i = 1; i <= 200; i++) {
            track = filter.update(track, i * STEP_MICROS, 5 + noise(random), 5 + noise(random), SIGMA * SIGMA, 0, SIGMA * SIGMA).state();
            if (i > 100) {
                squaredErrors += Math.pow(track.x() - 5, 2) + Math.pow(track.y() - 5, 2);
            }
        }
        double rms = Math.sqrt(squaredErrors / 100);
        // A raw measurement's 2D RMS error is sigma * sqrt(2); the settled filter must do clearly better.
        assertTrue(rms < 0.7 * SIGMA * Math.sqrt(2), "RMS error " + rms);
        assertTrue(track.accuracyMetres() < 2.45 * SIGMA, "accuracy " + track.accuracyMetres());
        assertTrue(track.stillCount() >= TrackFilter.Settings.PEOPLE.stillUpdates());
    }

    @Test
    void followsAWalkAndLearnsItsVelocity() {
        SplittableRandom random = new SplittableRandom(4);
        TrackState track = filter.start(0, "f", 0, 0, SIGMA * SIGMA, 0, SIGMA * SIGMA);
        for (int i = 1; i <= 100; i++) {
            double t = i * 0.1;
            track = filter.update(track, i * STEP_MICROS, 1.2 * t + noise(random), 0.5 * t + noise(random),
                    SIGMA * SIGMA, 0, SIGMA * SIGMA).state();
        }
        // Within 3 standard deviations of the filter's own velocity and position uncertainty.
        assertEquals(1.2, track.vx(), 3 * Math.sqrt(track.pvxvx()));
        assertEquals(0.5, track.vy(), 3 * Math.sqrt(track.pvyvy()));
        assertEquals(12, track.x(), 3 * Math.sqrt(track.pxx()));
    }

    /** The reported 95 % radius holds about 95 % of the true errors on a randomly accelerating walk. */
    @Test
    void accuracyIsCalibrated() {
        SplittableRandom random = new SplittableRandom(5);
        double x = 0;
        double y = 0;
        double vx = 0;
        double vy = 0;
        TrackState track = filter.start(0, "f", noise(random), noise(random), SIGMA * SIGMA, 0, SIGMA * SIGMA);
        int inside = 0;
        int counted = 0;
        for (int i = 1; i <= 20_000; i++) {
            vx += AccuracyNoise.gaussian(random) * Math.sqrt(0.1);
            vy += AccuracyNoise.gaussian(random) * Math.sqrt(0.1);
            double speed = Math.hypot(vx, vy);
            if (speed > 2.5) {
                vx *= 2.5 / speed;
                vy *= 2.5 / speed;
            }
            x += vx * 0.1;
            y += vy * 0.1;
            track = filter.update(track, i * STEP_MICROS, x + noise(random), y + noise(random), SIGMA * SIGMA, 0, SIGMA * SIGMA)
                    .state();
            if (i > 50) {
                counted++;
                inside += Math.hypot(track.x() - x, track.y() - y) <= track.accuracyMetres() ? 1 : 0;
            }
        }
        double rate = inside / (double) counted;
        assertTrue(rate > 0.92 && rate < 0.985, "fraction inside the 95 % radius: " + rate);
    }

    @Test
    void anImpossibleJumpIsRefusedAndTheTrackRestartsIfItPersists() {
        TrackState track = filter.start(0, "f", 0, 0, 0.01, 0, 0.01);
        for (int i = 1; i <= 10; i++) {
            track = filter.update(track, i * STEP_MICROS, 0, 0, 0.01, 0, 0.01).state();
        }
        TrackFilter.Update jump = filter.update(track, 11 * STEP_MICROS, 20, 0, 0.01, 0, 0.01);
        assertFalse(jump.accepted());
        assertEquals(0, jump.state().x(), 0.01);
        track = jump.state();
        for (int i = 12; i < 16; i++) {
            track = filter.update(track, i * STEP_MICROS, 20, 0, 0.01, 0, 0.01).state();
        }
        assertEquals(20, track.x(), 0.01, "restarted where the tag now is");
        assertEquals(0, track.rejectedCount());
    }

    @Test
    void aJumpAfterALongSilenceIsPlausible() {
        TrackState track = filter.start(0, "f", 0, 0, 0.01, 0, 0.01);
        assertTrue(filter.update(track, 60_000_000, 20, 0, 0.01, 0, 0.01).accepted());
    }

    @Test
    void anOlderMeasurementIsIgnored() {
        TrackState track = filter.start(1_000_000, "f", 0, 0, 0.01, 0, 0.01);
        TrackFilter.Update late = filter.update(track, 900_000, 1, 1, 0.01, 0, 0.01);
        assertFalse(late.accepted());
        assertEquals(track, late.state());
    }

    private static double noise(SplittableRandom random) {
        return SIGMA * AccuracyNoise.gaussian(random);
    }

    /** Box-Muller, deterministic for a seeded generator. */
    static final class AccuracyNoise {
        static double gaussian(SplittableRandom random) {
            return Accuracy95Test.gaussian(random);
        }
    }
}
