package io.sextant.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import io.sextant.geometry.Anchor;
import io.sextant.geometry.FloorPlan;
import io.sextant.model.UwbRange;

/** The LIAS-CUHKSZ adapter on the real files; skipped when ../shared/datasets is absent. */
class LiasUwbDatasetTest {

    private static List<UwbRecording> dynamic;
    private static UwbRecording staticRun;

    @BeforeAll
    static void load() {
        assumeTrue(LiasUwbDataset.isPresent(), "../shared/datasets/" + LiasUwbDataset.NAME + " is absent");
        dynamic = List.of(LiasUwbDataset.dynamic("fast"), LiasUwbDataset.dynamic("mid"));
        staticRun = LiasUwbDataset.staticRun("8_20_pos2_deg_120");
    }

    @Test
    void findsTheRunsThatHaveBothFiles() {
        assertEquals(List.of("fast", "mid"), LiasUwbDataset.dynamicRuns());
        List<String> runs = LiasUwbDataset.staticRuns();
        assertEquals(22, runs.size());
        assertTrue(runs.contains("8_14_pos1_deg_0") && runs.contains("8_20_pos2_deg_300"), runs::toString);
    }

    @Test
    void readingsAreOrderedAndSane() {
        for (UwbRecording recording : dynamic) {
            List<UwbRange> readings = recording.readings();
            assertTrue(readings.size() > 300_000, recording.name() + ": " + readings.size());
            assertTrue(recording.durationSeconds() > 120 && recording.durationSeconds() < 140);
            for (int i = 1; i < readings.size(); i++) {
                assertTrue(!readings.get(i).time().isBefore(readings.get(i - 1).time()), "out of order at " + i);
            }
            assertTrue(readings.stream().allMatch(r -> r.rangeMetres() > 0 && r.rangeMetres() < 10));
            assertEquals(Set.of("t0", "t1", "t2"), readings.stream().map(UwbRange::tagId).collect(Collectors.toSet()));
            assertEquals(8, readings.stream().map(UwbRange::anchorId).distinct().count());
        }
    }

    @Test
    void clockOffsetIsWithinHalfASecond() {
        for (UwbRecording recording : dynamic) {
            assertTrue(Math.abs(recording.clockOffsetSeconds()) <= 0.5,
                    recording.name() + ": " + recording.clockOffsetSeconds());
        }
    }

    @Test
    void chosenQuaternionConventionBeatsTheOthers() {
        for (UwbRecording recording : dynamic) {
            List<ClockFit> fits = recording.clockFits();
            assertEquals(MocapConvention.values().length, fits.size());
            ClockFit chosen = recording.chosenFit().orElseThrow();
            for (ClockFit other : fits.subList(1, fits.size())) {
                assertTrue(chosen.residualRmsMetres() < other.residualRmsMetres(), recording.name() + ": " + fits);
            }
        }
    }

    @Test
    void truthCoversEveryReadingAndStaysInTheRoom() {
        for (UwbRecording recording : dynamic) {
            FloorPlan floor = recording.floorPlan();
            GeometryFactory geometry = new GeometryFactory();
            for (GroundTruth truth : recording.truthByTag().values()) {
                for (UwbRange reading : recording.readings()) {
                    double t = GroundTruth.seconds(reading.time());
                    assertTrue(truth.covers(t), recording.name() + " truth misses " + reading.time());
                }
                double t = GroundTruth.seconds(recording.readings().get(0).time());
                assertTrue(floor.outline().covers(geometry.createPoint(new Coordinate(truth.xAt(t), truth.yAt(t)))));
            }
        }
    }

    @Test
    void floorsCarryTheirLayoutsAnchors() {
        FloorPlan floor = staticRun.floorPlan();
        assertEquals(LiasLayout.AUG_20, staticRun.layout());
        assertEquals(8, floor.anchors().size());
        Anchor a0 = floor.anchors().get(0);
        assertEquals("a0", a0.id());
        assertEquals(0.9998, a0.x(), 0);
        assertEquals(1.3172, a0.z(), 0);
        assertEquals(-3.4203, LiasLayout.AUG_14.anchors().get(0).x(), 0);
    }

    @Test
    void staticTruthIsTheReadmePoseNearestTheNominalAngle() {
        GroundTruth t0 = staticRun.truthByTag().get("t0");
        double yaw = Math.toRadians(119.542);
        double[] offset = LiasLayout.AUG_20.tagOffsetMetres(0);
        assertEquals(-0.0445 + Math.cos(yaw) * offset[0] - Math.sin(yaw) * offset[1], t0.xAt(0), 1e-12);
        assertEquals(0.8971 + Math.sin(yaw) * offset[0] + Math.cos(yaw) * offset[1], t0.yAt(1e9), 1e-12);
        assertTrue(staticRun.clockFits().isEmpty());
    }

    @Test
    void textbookBaselineIsDecimetreLevel() {
        for (UwbRecording recording : List.of(dynamic.get(0), staticRun)) {
            ErrorStats stats = ErrorStats.of(TextbookBaseline.uwbErrors(recording, "t2"));
            assertTrue(stats.count() > 10_000 && stats.p90Metres() < 0.5, recording.name() + ": " + stats);
        }
    }
}
