package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RssiSmootherTest {

    private final RssiSmoother smoother = new RssiSmoother();

    @Test
    void aNewLinkStartsAtItsFirstPacket() {
        RssiLinkState link = smoother.update(null, -70, 1000);
        assertEquals(new RssiLinkState(-70, 1000, 1), link);
    }

    /**
     * Gaussian fading of 4 dB at 1 Hz: in steady state the exponential filter's spread is
     * 4 x sqrt(gain / (2 - gain)) with gain = 1 - exp(-1/3), about 1.6 dB; no estimate strays five of those.
     */
    @Test
    void fadingIsSmoothedToTheSpreadTheTimeConstantPromises() {
        SplittableRandom random = new SplittableRandom(1);
        double gain = 1 - Math.exp(-1.0 / 3), spreadDb = 4 * Math.sqrt(gain / (2 - gain));
        RssiLinkState link = null;
        double sumSquares = 0;
        int counted = 0;
        for (int second = 0; second < 5000; second++) {
            link = smoother.update(link, -70 + 4 * random.nextGaussian(), second * 1000L);
            if (second >= 20) {
                assertEquals(-70, link.rssiDbm(), 5 * spreadDb, "at " + second + " s");
                sumSquares += (link.rssiDbm() + 70) * (link.rssiDbm() + 70);
                counted++;
            }
        }
        assertEquals(spreadDb, Math.sqrt(sumSquares / counted), 0.1 * spreadDb);
    }

    @Test
    void aStepIsFollowedWithinAFewTimeConstants() {
        RssiLinkState link = null;
        for (int second = 0; second < 30; second++) {
            link = smoother.update(link, -80, second * 1000L);
        }
        for (int second = 30; second < 45; second++) {
            link = smoother.update(link, -70, second * 1000L);
        }
        // 15 s is five time constants: exp(-5) of the 10 dB step is left
        assertEquals(-70, link.rssiDbm(), 10 * Math.exp(-5) + 1e-9);
    }

    @Test
    void anOutlierMovesTheEstimateByAtMostTheGainTimesTheClip() {
        RssiLinkState link = null;
        for (int second = 0; second < 30; second++) {
            link = smoother.update(link, -80, second * 1000L);
        }
        double gain = 1 - Math.exp(-1.0 / 3);
        RssiLinkState spiked = smoother.update(link, -20, 30_000);
        assertEquals(-80 + gain * RssiSmoother.DEFAULT_CLIP_DB, spiked.rssiDbm(), 1e-9);
        RssiLinkState faded = smoother.update(link, -115, 30_000);
        assertEquals(-80 - gain * RssiSmoother.DEFAULT_CLIP_DB, faded.rssiDbm(), 1e-9);
    }

    @Test
    void theGainFollowsTheTimeBetweenPackets() {
        RssiLinkState link = null;
        for (int second = 0; second < 30; second++) {
            link = smoother.update(link, -80, second * 1000L);
        }
        RssiLinkState soon = smoother.update(link, -75, 29_100);
        RssiLinkState late = smoother.update(link, -75, 35_000);
        assertEquals(-80 + 5 * (1 - Math.exp(-0.1 / 3)), soon.rssiDbm(), 1e-9);
        assertEquals(-80 + 5 * (1 - Math.exp(-6.0 / 3)), late.rssiDbm(), 1e-9);
    }

    @Test
    void aLinkNotHeardForTheMaxAgeIsStaleAndRestarts() {
        RssiLinkState link = smoother.update(smoother.update(null, -80, 0), -80, 1000);
        assertTrue(smoother.isCurrent(link, 1000 + RssiSmoother.DEFAULT_MAX_AGE_MILLIS));
        assertFalse(smoother.isCurrent(link, 1001 + RssiSmoother.DEFAULT_MAX_AGE_MILLIS));
        assertFalse(smoother.isCurrent(null, 0));
        assertEquals(new RssiLinkState(-60, 20_000, 1), smoother.update(link, -60, 20_000));
    }

    @Test
    void implausibleRssisAreIgnored() {
        RssiLinkState link = smoother.update(null, -70, 0);
        for (double rssi : new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, -121 }) {
            assertSame(link, smoother.update(link, rssi, 500));
            assertNull(smoother.update(null, rssi, 500));
        }
    }

    @Test
    void aLatePacketCountsWithoutTimeWeightAndDoesNotMoveTheClockBack() {
        RssiLinkState link = null;
        for (int second = 0; second < 30; second++) {
            link = smoother.update(link, -80, second * 1000L);
        }
        RssiLinkState late = smoother.update(link, -70, 10_000);
        assertEquals(29_000, late.lastHeardMillis());
        // only the running-mean floor of the gain applies: 1 / 31 packets
        assertEquals(-80 + 10.0 / 31, late.rssiDbm(), 1e-9);
    }

    @Test
    void theFirstPacketsAreAveragedUnclippedEvenInABurst() {
        RssiLinkState link = smoother.update(null, -95, 0);
        link = smoother.update(link, -65, 0);
        assertEquals(-80, link.rssiDbm(), 1e-9);
        link = smoother.update(link, -80, 0);
        assertEquals(-80, link.rssiDbm(), 1e-9);
        // from the third packet on, a packet pulls by at most the clip
        assertEquals(-80 + RssiSmoother.DEFAULT_CLIP_DB / 4, smoother.update(link, -40, 0).rssiDbm(), 1e-9);
    }

    @Test
    void theSameSequenceGivesTheSameResult() {
        SplittableRandom random = new SplittableRandom(3);
        double[] packets = random.doubles(200, -95, -50).toArray();
        RssiLinkState first = null, second = null;
        for (int i = 0; i < packets.length; i++) {
            first = smoother.update(first, packets[i], i * 700L);
            second = new RssiSmoother().update(second, packets[i], i * 700L);
        }
        assertEquals(first, second);
    }

    @Test
    void settingsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RssiSmoother(0, 10, 1000));
        assertThrows(IllegalArgumentException.class, () -> new RssiSmoother(3000, Double.NaN, 1000));
        assertThrows(IllegalArgumentException.class, () -> new RssiSmoother(3000, 10, 0));
    }
}
