package io.sextant.model;

import java.time.Instant;
import java.util.List;

/**
 * A position computed for a tag at a time.
 *
 * @param z height above the floor, metres; NaN for a 2D fix
 * @param accuracyMetres radius around (x, y) that contains the true position with 95 % probability
 * @param sources the anchors, receivers or beacons whose readings made the fix
 * @param residual root-mean-square residual of the solution (metres for UWB, dB for BLE); NaN when
 *        not applicable
 * @param zoneIds the zones containing the fix, innermost first
 */
public record Fix(String tagId, Instant time, String siteId, String buildingId, String floorId, double x, double y,
        double z, double accuracyMetres, Technology technology, List<String> sources, double residual,
        List<String> zoneIds) {

    public Fix {
        sources = List.copyOf(sources);
        zoneIds = List.copyOf(zoneIds);
    }
}
