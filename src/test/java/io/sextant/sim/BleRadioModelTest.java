package io.sextant.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.Beacon;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Receiver;
import io.sextant.model.BleRssi;
import io.sextant.model.BleScan;

class BleRadioModelTest {

    private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private static final double TAG_HEIGHT = 1.2;
    private static final Receiver RECEIVER = new Receiver("rx", 2, 2, TAG_HEIGHT, -59, 2.2);
    private static final Beacon BEACON = new Beacon("bcn", 2, 2, TAG_HEIGHT, -62);
    private static final FloorPlan FLOOR = TestFloors.threeRooms(List.of(), List.of(RECEIVER), List.of(BEACON));
    /** Path loss and walls only: every packet arrives at its predicted strength. */
    private static final BleRadioSettings EXACT = BleRadioSettings.DEFAULTS.withShadowingSigmaDb(0)
            .withRicianKDb(Double.POSITIVE_INFINITY).withPacketLossProbability(0)
            .withDetectionThresholdDbm(Double.NEGATIVE_INFINITY);

    @Test
    void theSameSeedsGiveTheSameReadingsAndOtherSeedsOthers() {
        assertEquals(advertisements(7, 1), advertisements(7, 1));
        assertNotEquals(advertisements(7, 1), advertisements(8, 1), "packet draws");
        assertNotEquals(advertisements(7, 1), advertisements(7, 2), "shadowing field");
    }

    @Test
    void withoutShadowingOrFadingRssiIsTheLogDistanceModel() {
        BleRadioModel model = new BleRadioModel(FLOOR, EXACT, 1);
        double rssiDbm = single(model.advertisement("t", 7, 6, TAG_HEIGHT, T0, new SplittableRandom(1)));
        assertEquals(-59 - 22 * Math.log10(Math.hypot(5, 4)), rssiDbm, 1e-9);
        assertEquals(rssiDbm, model.pathLossRssiDbm(RECEIVER, 7, 6, TAG_HEIGHT), 1e-12);
        BleScan scan = model.scan("t", 7, 6, TAG_HEIGHT, T0, new SplittableRandom(1)).get(0);
        assertEquals(-62 - 25 * Math.log10(Math.hypot(5, 4)), scan.rssiDbm(), 1e-9);
        assertEquals("bcn", scan.beaconId());
    }

    @Test
    void eachWallCrossedTakesItsAttenuationOnce() {
        BleRadioModel model = new BleRadioModel(FLOOR, EXACT, 1);
        // from the receiver at (2, 2): straight through W1; through W1 and W2; through door D1 only
        assertEquals(TestFloors.WALL_1_DB, wallLossDb(model, 14, 2), 1e-9);
        assertEquals(TestFloors.WALL_1_DB + TestFloors.WALL_2_DB, wallLossDb(model, 26, 2), 1e-9);
        assertEquals(0, wallLossDb(model, 18, 8), 1e-9);
    }

    @Test
    void meanRssiFallsWithDistanceAtThePathLossExponent() {
        Receiver centre = new Receiver("centre", 500, 500, TAG_HEIGHT, -59, 2.7);
        BleRadioSettings noisy = BleRadioSettings.DEFAULTS.withPacketLossProbability(0)
                .withDetectionThresholdDbm(Double.NEGATIVE_INFINITY);
        BleRadioModel model = new BleRadioModel(TestFloors.hall(1000, List.of(), List.of(centre)), noisy, 3);
        SplittableRandom random = new SplittableRandom(3);
        int samples = 40_000;
        double[] tenLogDistance = new double[samples], rssiDbm = new double[samples];
        for (int i = 0; i < samples; i++) {
            double metres = Math.pow(10, 2.7 * random.nextDouble()), bearing = 2 * Math.PI * random.nextDouble();
            tenLogDistance[i] = 10 * Math.log10(metres);
            rssiDbm[i] = single(model.advertisement("t", 500 + metres * Math.cos(bearing),
                    500 + metres * Math.sin(bearing), TAG_HEIGHT, T0, random));
        }
        assertEquals(-2.7, Stats.slope(tenLogDistance, rssiDbm), 0.05);
    }

    @Test
    void twoTagsAtOneSpotShareItsShadowing() {
        BleRadioModel model = new BleRadioModel(FLOOR, EXACT.withShadowingSigmaDb(6), 4);
        double first = single(model.advertisement("a", 7, 6, TAG_HEIGHT, T0, new SplittableRandom(1)));
        double second = single(model.advertisement("b", 7, 6, TAG_HEIGHT, T0, new SplittableRandom(2)));
        assertEquals(first, second, 1e-12);
        assertNotEquals(model.pathLossRssiDbm(RECEIVER, 7, 6, TAG_HEIGHT), first);
    }

    @Test
    void packetsBelowTheDetectionThresholdAreLost() {
        BleRadioSettings settings = EXACT.withRicianKDb(Double.NEGATIVE_INFINITY).withDetectionThresholdDbm(-95);
        BleRadioModel model = new BleRadioModel(FLOOR, settings, 5);
        double meanDbm = model.pathLossRssiDbm(RECEIVER, 18, 2, TAG_HEIGHT);
        assertEquals(-92.5, meanDbm, 0.1, "behind one wall, a little above the threshold");
        SplittableRandom random = new SplittableRandom(5);
        int heard = 0, packets = 20_000;
        for (int i = 0; i < packets; i++) {
            for (BleRssi rssi : model.advertisement("t", 18, 2, TAG_HEIGHT, T0, random)) {
                assertTrue(rssi.rssiDbm() >= -95, rssi.toString());
                heard++;
            }
        }
        // a Rayleigh fade loses the packet when the power falls below threshold / mean: probability 1 - exp(-ratio)
        double lost = 1 - Math.exp(-Math.pow(10, (-95 - meanDbm) / 10));
        assertEquals(1 - lost, (double) heard / packets, 0.01);
    }

    @Test
    void theConfiguredShareOfPacketsIsLost() {
        BleRadioModel model = new BleRadioModel(FLOOR, EXACT.withPacketLossProbability(0.1), 6);
        SplittableRandom random = new SplittableRandom(6);
        int heard = 0, packets = 20_000;
        for (int i = 0; i < packets; i++) {
            heard += model.advertisement("t", 3, 3, TAG_HEIGHT, T0, random).size()
                    + model.scan("t", 3, 3, TAG_HEIGHT, T0, random).size();
        }
        assertEquals(0.1, 1 - heard / (2.0 * packets), 0.005);
    }

    @Test
    void rayleighFadingPowerIsExponentialWithUnitMean() {
        double[] power = fadingPower(Double.NEGATIVE_INFINITY);
        assertEquals(1, Stats.mean(power), 0.02);
        assertEquals(0.5, fractionBelow(power, Math.log(2)), 0.01, "median ln 2");
        assertEquals(1 - Math.exp(-0.1), fractionBelow(power, 0.1), 0.005, "deep fades");
    }

    @Test
    void ricianFadingHasUnitMeanAndTheVarianceOfItsKFactor() {
        double k = Math.pow(10, 0.6);
        double[] power = fadingPower(6);
        assertEquals(1, Stats.mean(power), 0.01);
        assertEquals((1 + 2 * k) / ((1 + k) * (1 + k)), Math.pow(Stats.std(power), 2), 0.01);
    }

    @Test
    void theDefaultModelFadesByTheDefaultKFactor() {
        BleRadioModel model = new BleRadioModel(FLOOR, EXACT.withRicianKDb(BleRadioSettings.DEFAULTS.ricianKDb()), 7);
        double predictedDbm = model.pathLossRssiDbm(RECEIVER, 3, 3, TAG_HEIGHT);
        SplittableRandom random = new SplittableRandom(7);
        double[] power = new double[20_000];
        for (int i = 0; i < power.length; i++) {
            power[i] = Math.pow(10,
                    (single(model.advertisement("t", 3, 3, TAG_HEIGHT, T0, random)) - predictedDbm) / 10);
        }
        double k = Math.pow(10, 0.6);
        assertEquals(1, Stats.mean(power), 0.02);
        assertEquals((1 + 2 * k) / ((1 + k) * (1 + k)), Math.pow(Stats.std(power), 2), 0.02);
    }

    private static List<BleRssi> advertisements(long packetSeed, long environmentSeed) {
        BleRadioModel model = new BleRadioModel(FLOOR, BleRadioSettings.DEFAULTS, environmentSeed);
        SplittableRandom random = new SplittableRandom(packetSeed);
        List<BleRssi> readings = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            readings.addAll(model.advertisement("t", 3 + i * 0.1, 4, TAG_HEIGHT, T0.plusSeconds(i), random));
        }
        return readings;
    }

    /** How much less than free-space path loss the tag at (x, y) hears. */
    private static double wallLossDb(BleRadioModel model, double x, double y) {
        double freeSpaceDbm = -59 - 22 * Math.log10(Math.hypot(x - RECEIVER.x(), y - RECEIVER.y()));
        return freeSpaceDbm - single(model.advertisement("t", x, y, TAG_HEIGHT, T0, new SplittableRandom(1)));
    }

    private static double single(List<BleRssi> readings) {
        assertEquals(1, readings.size(), readings::toString);
        return readings.get(0).rssiDbm();
    }

    private static double[] fadingPower(double kDb) {
        SplittableRandom random = new SplittableRandom(11);
        double[] power = new double[100_000];
        for (int i = 0; i < power.length; i++) {
            power[i] = Math.pow(10, BleRadioModel.fadingDb(kDb, random) / 10);
        }
        return power;
    }

    private static double fractionBelow(double[] values, double limit) {
        return (double) java.util.Arrays.stream(values).filter(v -> v < limit).count() / values.length;
    }
}
