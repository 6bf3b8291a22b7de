package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Receiver;
import io.sextant.geometry.WallCrossing;

class BlePathLossTest {

    private static final BleScenario FLOORS = BleScenario.read("ble-floors.site");
    private static final FloorPlan LAB = FLOORS.floor("L");
    private static final BleAttenuationGrid GRID = new BleAttenuationGrid(LAB);
    private static final BlePathLoss MODEL = new BlePathLoss(GRID);

    @Test
    void oneMetreBelowAReceiverReadsItsRssiAtOneMetre() {
        Receiver a1 = LAB.receivers().get(0);
        double height = a1.z() - 1;
        assertEquals(a1.rssiAt1mDbm(), MODEL.expectedRssiDbm(MODEL.deviceIndex("A1"), a1.x(), a1.y(), height), 1e-9);
    }

    @Test
    void doublingTheDistanceCostsTenNLog2() {
        int a1 = MODEL.deviceIndex("A1");
        Receiver r = LAB.receivers().get(0);
        double height = r.z();
        double lossDb = MODEL.expectedRssiDbm(a1, r.x() + 2, r.y(), height)
                - MODEL.expectedRssiDbm(a1, r.x() + 4, r.y(), height);
        assertEquals(10 * r.pathLossExponent() * Math.log10(2), lossDb, 1e-9);
    }

    @Test
    void theHeightDifferenceEntersTheDistance() {
        int a1 = MODEL.deviceIndex("A1");
        // 2.5 m mount, tag at 1.2 m, 3 m away on the floor plan: 3D distance sqrt(9 + 1.69)
        double expected = -59 - 22 * Math.log10(Math.sqrt(9 + 1.3 * 1.3));
        assertEquals(expected, MODEL.expectedRssiDbm(a1, 5, 2, 1.2), 1e-9);
        assertTrue(MODEL.expectedRssiDbm(a1, 5, 2, 2.5) > expected);
    }

    @Test
    void gridWallsMatchExactCrossingsAwayFromWalls() {
        WallCrossing exact = new WallCrossing(LAB);
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 2000; i++) {
            double x = 0.5 + 19 * random.nextDouble(), y = 0.5 + 9 * random.nextDouble();
            if (Math.abs(x - 10) < BleAttenuationGrid.DEFAULT_CELL_METRES) {
                continue;
            }
            for (int d = 0; d < MODEL.deviceCount(); d++) {
                var device = MODEL.device(d);
                assertEquals(exact.attenuationDb(device.x(), device.y(), x, y), GRID.attenuationDb(d, x, y),
                        BleAttenuationGrid.STEP_DB / 2, device.id() + " at " + x + " " + y);
            }
        }
    }

    @Test
    void theGradientMatchesFiniteDifferences() {
        double[] gradient = new double[2];
        double step = 1e-5;
        for (int d = 0; d < MODEL.deviceCount(); d++) {
            for (double[] p : new double[][] { { 4.3, 6.1 }, { 13.7, 2.2 }, { 17.1, 8.8 } }) {
                MODEL.expectedRssiDbm(d, p[0], p[1], 1.2, gradient);
                double dx = (MODEL.expectedRssiDbm(d, p[0] + step, p[1], 1.2)
                        - MODEL.expectedRssiDbm(d, p[0] - step, p[1], 1.2)) / (2 * step);
                double dy = (MODEL.expectedRssiDbm(d, p[0], p[1] + step, 1.2)
                        - MODEL.expectedRssiDbm(d, p[0], p[1] - step, 1.2)) / (2 * step);
                assertEquals(dx, gradient[0], 1e-5);
                assertEquals(dy, gradient[1], 1e-5);
            }
        }
    }

    @Test
    void theBatchFormAgreesWithTheSingleForm() {
        int[] devices = { 0, 3, 8, 5 };
        double[] expected = new double[4], gradients = new double[8], single = new double[2];
        MODEL.expectedRssiDbm(devices, 4, 12.3, 4.5, 1.4, expected, gradients);
        for (int k = 0; k < devices.length; k++) {
            assertEquals(MODEL.expectedRssiDbm(devices[k], 12.3, 4.5, 1.4, single), expected[k], 0);
            assertEquals(single[0], gradients[2 * k], 0);
            assertEquals(single[1], gradients[2 * k + 1], 0);
        }
    }

    @Test
    void nothingBlowsUpDirectlyUnderADevice() {
        double[] gradient = new double[2];
        int a1 = MODEL.deviceIndex("A1");
        double rssi = MODEL.expectedRssiDbm(a1, 2, 2, 2.5, gradient);
        assertEquals(-59 + 22, rssi, 1e-9);
        assertEquals(0, gradient[0]);
        assertEquals(0, gradient[1]);
    }

    @Test
    void beaconsFollowTheReceiversWithTheirTxPowerAndTheDefaultExponent() {
        int beacon = MODEL.deviceIndex("AB");
        assertEquals(LAB.receivers().size(), beacon);
        assertEquals(-62, MODEL.rssiAt1mDbm(beacon));
        assertEquals(BlePathLoss.BEACON_PATH_LOSS_EXPONENT, MODEL.pathLossExponent(beacon));
    }

    @Test
    void unknownDevicesHaveNoIndex() {
        assertEquals(-1, MODEL.deviceIndex("nope"));
        assertEquals(-1, MODEL.deviceIndex(null));
    }

    @Test
    void plausibleRssiIsMinus120To0() {
        assertTrue(BlePathLoss.isPlausibleRssi(0));
        assertTrue(BlePathLoss.isPlausibleRssi(-120));
        double[] implausible = { 0.01, -120.01, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
        for (double rssi : implausible) {
            assertFalse(BlePathLoss.isPlausibleRssi(rssi), "" + rssi);
        }
    }

    @Test
    void aCalibrationOverridesThePlanAndWithEnoughSamplesTheSigma() {
        BleCalibration many = new BleCalibration("A1", -63, 2.6, BlePathLoss.MIN_SAMPLES_FOR_SIGMA, 4.5);
        BleCalibration few = new BleCalibration("A2", -61, 2.4, BlePathLoss.MIN_SAMPLES_FOR_SIGMA - 1, 3);
        BleCalibration none = new BleCalibration("A3", Double.NaN, 2.2, 0, Double.NaN);
        BlePathLoss calibrated = new BlePathLoss(GRID, Map.of("A1", many, "A2", few, "A3", none,
                "elsewhere", many), 7);
        int a1 = calibrated.deviceIndex("A1"), a2 = calibrated.deviceIndex("A2"), a3 = calibrated.deviceIndex("A3");
        assertEquals(-63, calibrated.rssiAt1mDbm(a1));
        assertEquals(2.6, calibrated.pathLossExponent(a1));
        assertEquals(4.5, calibrated.shadowingSigmaDb(a1));
        assertEquals(-61, calibrated.rssiAt1mDbm(a2));
        assertEquals(7, calibrated.shadowingSigmaDb(a2));
        assertEquals(-59, calibrated.rssiAt1mDbm(a3));
        assertEquals(2.2, calibrated.pathLossExponent(a3));
    }

    @Test
    void aPlanWithBrokenRadioParametersIsRejectedWhenTheModelIsBuilt() {
        FloorPlan broken = new FloorPlan("X", 0, 0, LAB.outline(), LAB.zones(), List.of(), List.of(), List.of(),
                List.of(new Receiver("bad", 1, 1, 2.5, Double.NaN, 2)), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BlePathLoss(new BleAttenuationGrid(broken)));
        assertTrue(e.getMessage().contains("'bad'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BlePathLoss(GRID, Map.of(), 0));
    }

    @Test
    void memoryIsOneBytePerNodePerDevicePlusTheClamp() {
        BleLattice lattice = GRID.lattice();
        assertEquals((long) lattice.nodeCount() * (MODEL.deviceCount() + Integer.BYTES), GRID.memoryBytes());
        // 20 x 10 m at 0.5 m: 42 x 22 nodes, one beyond each side
        assertEquals(42, lattice.columns());
        assertEquals(22, lattice.rows());
    }
}
