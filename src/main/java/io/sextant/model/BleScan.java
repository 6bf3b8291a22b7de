package io.sextant.model;

import java.time.Instant;

/**
 * A fixed BLE beacon heard by a mobile tag that scans (a badge), reported by the tag.
 *
 * @param rssiDbm received signal strength at the tag, dBm
 */
public record BleScan(String tagId, String beaconId, double rssiDbm, Instant time) implements Reading {
}
