package io.sextant.sim;

import java.time.Duration;

/**
 * What a run produced and how fast. Immutable, thread-safe.
 *
 * @param simulated the simulated time span
 * @param readings readings sent, duplicates included
 * @param batches reading batches sent
 * @param statusMessages status messages sent
 * @param gateways gateways that could send
 * @param wall wall-clock time the run took
 */
public record SimulationSummary(Duration simulated, long readings, long batches, long statusMessages, int gateways,
        Duration wall) {

    public double readingsPerSecond() {
        return perWallSecond(readings);
    }

    /** Batches and status messages per wall-clock second. */
    public double messagesPerSecond() {
        return perWallSecond(batches + statusMessages);
    }

    /** One line for a terminal. */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "simulated %d s: %d readings in %d batches and %d status messages from %d gateways; %.1f s wall,"
                        + " %.0f readings/s, %.0f messages/s",
                simulated.toSeconds(), readings, batches, statusMessages, gateways, wall.toMillis() / 1000.0,
                readingsPerSecond(), messagesPerSecond());
    }

    private double perWallSecond(long count) {
        return count / Math.max(1e-3, wall.toNanos() / 1e9);
    }
}
