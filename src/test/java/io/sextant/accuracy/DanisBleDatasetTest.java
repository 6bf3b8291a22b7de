package io.sextant.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Receiver;
import io.sextant.model.BleRssi;

/** The Danis BLE adapter on the real files; skipped when ../shared/datasets is absent. */
class DanisBleDatasetTest {

    private static List<BleTrack> tracks;
    private static List<DanisBleDataset.Sensor> sensors;

    @BeforeAll
    static void load() {
        assumeTrue(DanisBleDataset.isPresent(), "../shared/datasets/" + DanisBleDataset.NAME + " is absent");
        tracks = DanisBleDataset.trackNames().stream().map(DanisBleDataset::track).toList();
        sensors = DanisBleDataset.sensors();
    }

    @Test
    void readsTwelveReceiversAtTheirTwoHeights() {
        assertEquals(12, sensors.size());
        DanisBleDataset.Sensor first = sensors.get(0);
        assertEquals("b827eb4521b4", first.mac());
        assertEquals("sensor10", first.alias());
        assertEquals(7.09, first.yMetres(), 0);
        Set<Double> heights = sensors.stream().map(DanisBleDataset.Sensor::zMetres).collect(Collectors.toSet());
        assertEquals(Set.of(1.22, 2.30), heights);
    }

    @Test
    void floorIsTheParameterFilesRectangle() {
        FloorPlan floor = DanisBleDataset.floorPlan(DanisBleDataset.uncalibratedReceivers());
        assertEquals(20.660, floor.outline().getEnvelopeInternal().getWidth(), 1e-3);
        assertEquals(17.641, floor.outline().getEnvelopeInternal().getHeight(), 1e-3);
        assertEquals(12, floor.receivers().size());
        assertTrue(floor.receivers().stream().allMatch(r -> r.rssiAt1mDbm() == -59 && r.pathLossExponent() == 2));
    }

    @Test
    void tracksAreOrderedBeaconReadingsFromKnownReceivers() {
        assertEquals(7, tracks.size());
        Set<String> macs = sensors.stream().map(DanisBleDataset.Sensor::mac).collect(Collectors.toSet());
        for (BleTrack track : tracks) {
            List<BleRssi> readings = track.readings();
            assertTrue(readings.size() > 500 && track.durationSeconds() > 20, track.name());
            for (int i = 1; i < readings.size(); i++) {
                assertTrue(!readings.get(i).time().isBefore(readings.get(i - 1).time()), track.name() + " at " + i);
            }
            assertTrue(readings.stream().allMatch(r -> r.tagId().equals(DanisBleDataset.BEACON_ID)
                    && macs.contains(r.receiverId()) && r.rssiDbm() < 0 && r.rssiDbm() > -110), track.name());
        }
    }

    @Test
    void truthIsTheSamplesOwnPositionAndStaysInTheOffice() {
        BleTrack straight = tracks.stream().filter(t -> t.name().equals("straight_01")).findFirst().orElseThrow();
        double first = GroundTruth.seconds(straight.readings().get(0).time());
        assertEquals(18.031, straight.truth().xAt(first), 0);
        assertEquals(8.465, straight.truth().yAt(first), 0);
        assertEquals(1.816, straight.truth().zAt(first), 0);
        double[] limits = DanisBleDataset.limitsMetres();
        for (BleTrack track : tracks) {
            for (BleRssi reading : track.readings()) {
                double t = GroundTruth.seconds(reading.time());
                double x = track.truth().xAt(t);
                double y = track.truth().yAt(t);
                assertTrue(x > limits[0] - 0.5 && x < limits[2] + 0.5 && y > limits[1] - 0.5 && y < limits[3] + 0.5,
                        track.name() + " truth (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void fittedPathLossIsPlausibleForEveryReceiver() {
        Map<String, PathLoss> fits = PathLossFit.perReceiver(tracks, sensors);
        for (DanisBleDataset.Sensor sensor : sensors) {
            PathLoss fit = fits.get(sensor.mac());
            assertTrue(fit.samples() > 500 && fit.rssiAt1mDbm() > -75 && fit.rssiAt1mDbm() < -45
                    && fit.pathLossExponent() > 0.8 && fit.pathLossExponent() < 3.5, sensor.alias() + ": " + fit);
        }
        List<Receiver> calibrated = DanisBleDataset.calibratedReceivers(fits);
        assertEquals(fits.get(calibrated.get(0).id()).pathLossExponent(), calibrated.get(0).pathLossExponent(), 0);
    }

    @Test
    void truthWalksOnWalkableCells() {
        DanisOccupancyGrid grid = DanisOccupancyGrid.read(0.1);
        long samples = 0;
        long walkable = 0;
        for (BleTrack track : tracks) {
            for (BleRssi reading : track.readings()) {
                double t = GroundTruth.seconds(reading.time());
                samples++;
                walkable += grid.isWalkable(track.truth().xAt(t), track.truth().yAt(t)) ? 1 : 0;
            }
        }
        assertTrue(walkable > 0.95 * samples, walkable + " of " + samples);
    }

    @Test
    void uncalibratedBaselineIsMetreLevel() {
        List<Receiver> receivers = DanisBleDataset.uncalibratedReceivers();
        for (BleTrack track : tracks) {
            ErrorStats stats = ErrorStats.of(TextbookBaseline.bleErrors(track, receivers));
            assertTrue(stats.count() > 400 && stats.medianMetres() < 6, track.name() + ": " + stats);
        }
    }
}
