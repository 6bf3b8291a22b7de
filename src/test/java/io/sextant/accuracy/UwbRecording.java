package io.sextant.accuracy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sextant.geometry.FloorPlan;
import io.sextant.model.UwbRange;

/**
 * One LIAS-CUHKSZ recording as Sextant sees it: its floor, its ranges in time order, and each tag's true trajectory
 * already carried onto the UWB clock (so a reading's own time reads the truth).
 *
 * @param name e.g. {@code dynamic_fast} or {@code static_8_14_pos1_deg_0}
 * @param truthByTag true position of {@code t0..t2}; stationary for static runs
 * @param clockFits every quaternion convention's best alignment, best first; empty for static runs
 */
public record UwbRecording(String name, LiasLayout layout, List<UwbRange> readings,
        Map<String, GroundTruth> truthByTag, List<ClockFit> clockFits) {

    public UwbRecording {
        readings = List.copyOf(readings);
        truthByTag = Map.copyOf(truthByTag);
        clockFits = List.copyOf(clockFits);
    }

    public FloorPlan floorPlan() {
        return layout.floorPlan();
    }

    /** The convention and clock offset the truth was built with; empty for static runs. */
    public Optional<ClockFit> chosenFit() {
        return clockFits.stream().findFirst();
    }

    /** Seconds to add to a UWB time to read the motion capture; 0 for static runs. */
    public double clockOffsetSeconds() {
        return chosenFit().map(ClockFit::offsetSeconds).orElse(0.0);
    }

    public double durationSeconds() {
        return GroundTruth.seconds(readings.get(readings.size() - 1).time())
                - GroundTruth.seconds(readings.get(0).time());
    }
}
