package io.sextant.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to simulate: a site, a seed, a time span, gateways and groups of tags (simulators/README.md describes the
 * file). Immutable, thread-safe.
 *
 * @param siteDirectory the floor-plan directory ({@link io.sextant.ingest.FloorPlanFiles})
 * @param seed fixes every random draw: the same scenario and seed give the same readings, byte for byte
 * @param start the simulated time of the first reading
 */
public record Scenario(Path siteDirectory, long seed, Instant start, Duration duration, GatewaySettings gateways,
        List<TagGroup> groups) {

    public Scenario {
        Objects.requireNonNull(siteDirectory, "siteDirectory");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(gateways, "gateways");
        groups = List.copyOf(groups);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration is " + duration + "; expected > 0");
        }
    }

    /** The same scenario starting now (a looping demo plays it again and again with live times). */
    public Scenario startingNow() {
        return new Scenario(siteDirectory, seed, Instant.now(), duration, gateways, groups);
    }
}
