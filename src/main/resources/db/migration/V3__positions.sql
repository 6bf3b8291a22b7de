-- Position history and every tag's latest position.
-- With TimescaleDB: a hypertable (1-day chunks), compressed after a day (segment by tag), kept 90
-- days. Plain PostgreSQL: a table partitioned by day (Sextant creates the partitions ahead of time
-- and drops expired ones), with a BRIN index on time and a btree on (tag, time).

DO $$
DECLARE
    timescale boolean := EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb');
    columns text := '
        time        timestamptz NOT NULL,
        site_id     text NOT NULL,
        tag_id      text NOT NULL,
        building_id text NOT NULL,
        floor_id    text NOT NULL,
        x           double precision NOT NULL,
        y           double precision NOT NULL,
        z           double precision,
        accuracy_m  real NOT NULL,
        technology  text NOT NULL,
        sources     text[] NOT NULL,
        residual    real,
        zone_ids    text[] NOT NULL';
BEGIN
    IF timescale THEN
        EXECUTE 'CREATE TABLE position (' || columns || ')';
        EXECUTE 'SELECT create_hypertable(''position'', ''time'', chunk_time_interval => INTERVAL ''1 day'')';
        EXECUTE 'ALTER TABLE position SET (timescaledb.compress, timescaledb.compress_segmentby = ''site_id, tag_id'', '
             || 'timescaledb.compress_orderby = ''time DESC'')';
        EXECUTE 'SELECT add_compression_policy(''position'', INTERVAL ''1 day'')';
        EXECUTE 'SELECT add_retention_policy(''position'', INTERVAL ''90 days'')';
        EXECUTE 'CREATE INDEX position_tag_time ON position (site_id, tag_id, time DESC)';
    ELSE
        EXECUTE 'CREATE TABLE position (' || columns || ') PARTITION BY RANGE (time)';
        -- Readings stamped far in the past or future still have a home; the maintenance job keeps
        -- the daily partitions ahead of the clock so that normal traffic never lands here.
        EXECUTE 'CREATE TABLE position_default PARTITION OF position DEFAULT';
        EXECUTE 'CREATE INDEX position_time_brin ON position USING brin (time)';
        EXECUTE 'CREATE INDEX position_tag_time ON position (site_id, tag_id, time DESC)';
    END IF;
END
$$;

CREATE TABLE latest_position (
    site_id     text NOT NULL,
    tag_id      text NOT NULL,
    time        timestamptz NOT NULL,
    building_id text NOT NULL,
    floor_id    text NOT NULL,
    x           double precision NOT NULL,
    y           double precision NOT NULL,
    z           double precision,
    accuracy_m  real NOT NULL,
    technology  text NOT NULL,
    sources     text[] NOT NULL,
    residual    real,
    zone_ids    text[] NOT NULL,
    PRIMARY KEY (site_id, tag_id)
);
