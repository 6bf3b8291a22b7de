package io.sextant.accuracy;

import java.util.List;

import io.sextant.model.BleRssi;

/**
 * One Danis BLE track as Sextant sees it: the beacon's advertisements heard by the receivers, in time order, and the
 * beacon's true trajectory on the same clock.
 *
 * @param name the track's file name without {@code _all_sensors.mbd}, e.g. {@code straight_01}
 */
public record BleTrack(String name, List<BleRssi> readings, GroundTruth truth) {

    public BleTrack {
        readings = List.copyOf(readings);
    }

    public double durationSeconds() {
        return GroundTruth.seconds(readings.get(readings.size() - 1).time())
                - GroundTruth.seconds(readings.get(0).time());
    }
}
