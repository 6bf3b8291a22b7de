package io.sextant.store;

/**
 * Which storage features the database offers. Detected at start-up and recorded in
 * {@code sextant_info}; migrations and time-bucketed queries branch on it.
 */
public enum StorageDialect {
    /** PostgreSQL with the timescaledb extension: hypertables, compression, continuous aggregates. */
    TIMESCALE("timescale"),
    /** Plain PostgreSQL: range partitions, BRIN indexes, {@code date_bin}, rollup tables. */
    POSTGRES("postgres");

    private final String id;

    StorageDialect(String id) {
        this.id = id;
    }

    /** The name used in logs, health details and {@code sextant_info}. */
    public String id() {
        return id;
    }
}
