package io.sextant.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.sextant.engine.BleCalibration.Sample;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.MountedDevice;

class BleCalibrationTest {

    /**
     * 200 samples between 1 and 20 m with 6 dB shadowing: the tolerances are four standard errors of the
     * least-squares line, computed from the samples' spread of 10 log10 d.
     */
    @Test
    void recoversTheParametersWithinTheirStandardErrors() {
        SplittableRandom random = new SplittableRandom(12);
        List<Sample> samples = new ArrayList<>();
        double sumX = 0, sumXX = 0;
        int count = 200;
        for (int i = 0; i < count; i++) {
            double distance = 1 + 19 * random.nextDouble(), walls = random.nextInt(3) * 5;
            double x = -10 * Math.log10(distance);
            sumX += x;
            sumXX += x * x;
            samples.add(new Sample("R", -61 - 25 * Math.log10(distance) - walls + 6 * random.nextGaussian(), distance,
                    walls));
        }
        double spreadXX = sumXX - sumX * sumX / count;
        double exponentError = 6 / Math.sqrt(spreadXX), offsetError = 6 * Math.sqrt(sumXX / count / spreadXX);
        BleCalibration fit = BleCalibration.fit("R", samples, 2);
        assertEquals(-61, fit.rssiAt1mDbm(), 4 * offsetError);
        assertEquals(2.5, fit.pathLossExponent(), 4 * exponentError);
        assertEquals(6, fit.rmsResidualDb(), 0.6);
        assertEquals(count, fit.sampleCount());
    }

    @Test
    void exactSamplesFitExactly() {
        List<Sample> samples = List.of(new Sample("R", -59, 1, 0), new Sample("R", -59 - 22 - 8, 10, 8),
                new Sample("R", -59 - 22 * Math.log10(4), 4, 0));
        BleCalibration fit = BleCalibration.fit("R", samples, 3);
        assertEquals(-59, fit.rssiAt1mDbm(), 1e-9);
        assertEquals(2.2, fit.pathLossExponent(), 1e-9);
        assertEquals(0, fit.rmsResidualDb(), 1e-9);
    }

    @Test
    void oneDistanceFitsOnlyTheOffset() {
        List<Sample> samples = List.of(new Sample("R", -80, 5, 0), new Sample("R", -82, 5, 0));
        BleCalibration fit = BleCalibration.fit("R", samples, 2);
        assertEquals(2, fit.pathLossExponent());
        assertEquals(-81 + 20 * Math.log10(5), fit.rssiAt1mDbm(), 1e-9);
        assertEquals(1, fit.rmsResidualDb(), 1e-9);
    }

    @Test
    void anImplausibleExponentFallsBackToThePlans() {
        // RSSI rising with distance: a negative slope is no path loss
        List<Sample> samples = List.of(new Sample("R", -80, 2, 0), new Sample("R", -70, 8, 0));
        BleCalibration fit = BleCalibration.fit("R", samples, 2.5);
        assertEquals(2.5, fit.pathLossExponent());
    }

    @Test
    void unusableSamplesAreSkippedAndNoneLeaveNoFit() {
        List<Sample> junk = List.of(new Sample("R", Double.NaN, 3, 0), new Sample("R", -70, 0, 0),
                new Sample("R", -70, -2, 0), new Sample("R", 3, 2, 0), new Sample("R", -70, 2, Double.NaN),
                new Sample("R", -70, Double.POSITIVE_INFINITY, 0));
        BleCalibration none = BleCalibration.fit("R", junk, 2.2);
        assertEquals(0, none.sampleCount());
        assertTrue(Double.isNaN(none.rssiAt1mDbm()));
        List<Sample> mixed = new ArrayList<>(junk);
        mixed.add(new Sample("R", -65, 2, 0));
        assertEquals(1, BleCalibration.fit("R", mixed, 2.2).sampleCount());
    }

    @Test
    void fitAllFitsEachDeviceFromItsOwnSamples() {
        FloorPlan lab = BleScenario.read("ble-floors.site").floor("L");
        List<Sample> samples = List.of(new Sample("A1", -60, 1, 0), new Sample("A1", -85, 10, 0),
                new Sample("B2", -70, 3, 0), new Sample("AB", -72, 3, 0), new Sample("stranger", -50, 1, 0));
        List<MountedDevice> devices = new ArrayList<>(lab.receivers());
        devices.addAll(lab.beacons());
        Map<String, BleCalibration> fitted = BleCalibration.fitAll(samples, devices);
        assertEquals(3, fitted.size());
        assertEquals(-60, fitted.get("A1").rssiAt1mDbm(), 1e-9);
        assertEquals(2.5, fitted.get("A1").pathLossExponent(), 1e-9);
        // one distance: the offset only, with the plan's exponent, the receiver's or the beacons' default
        assertEquals(2.2, fitted.get("B2").pathLossExponent());
        assertEquals(BlePathLoss.BEACON_PATH_LOSS_EXPONENT, fitted.get("AB").pathLossExponent());
    }
}
