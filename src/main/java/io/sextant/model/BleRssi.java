package io.sextant.model;

import java.time.Instant;

/**
 * A BLE advertisement of a tag heard by a fixed receiver.
 *
 * @param rssiDbm received signal strength, dBm
 * @param txPowerDbm the tag's advertised transmit power at 1 m, dBm, NaN when not advertised
 */
public record BleRssi(String tagId, String receiverId, double rssiDbm, double txPowerDbm, Instant time)
        implements Reading {
}
