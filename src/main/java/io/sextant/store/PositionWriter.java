package io.sextant.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.sextant.model.Fix;

/**
 * Stores fixes: batched COPY into {@code position} and an upsert of each tag's latest into
 * {@code latest_position}, from one writer thread. A batch is written when it holds
 * {@value #BATCH_ROWS} fixes or {@value #FLUSH_MILLIS} ms after its first. When the database is
 * away, the batch is retried until it succeeds; meanwhile fixes wait in a bounded buffer, and
 * what does not fit is counted and logged, never silently lost.
 */
@ApplicationScoped
public class PositionWriter {

    static final int BATCH_ROWS = 5_000;
    static final long FLUSH_MILLIS = 250;
    private static final int BUFFER = 500_000;
    private static final long RETRY_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(PositionWriter.class);

    private final DataSource dataSource;
    private final BlockingQueue<Fix> buffer = new ArrayBlockingQueue<>(BUFFER);
    private final Counter written;
    private final Counter dropped;
    private final Timer writeTime;
    private final Thread thread;
    private volatile boolean running = true;

    PositionWriter(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.written = Counter.builder("sextant.store.positions.written").description("Fixes stored").register(registry);
        this.dropped = Counter.builder("sextant.store.positions.dropped")
                .description("Fixes lost because the write buffer was full (database away too long)").register(registry);
        this.writeTime = Timer.builder("sextant.store.positions.write").description("Time to store one batch").register(registry);
        Gauge.builder("sextant.store.positions.buffered", buffer, BlockingQueue::size)
                .description("Fixes waiting to be stored").register(registry);
        thread = new Thread(this::run, "sextant-position-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a fix for storage; never blocks. */
    public void store(Fix fix) {
        if (!buffer.offer(fix)) {
            dropped.increment();
            if ((long) dropped.count() % 10_000 == 1) {
                LOG.errorf("Position buffer full (%d fixes): %d fixes dropped so far", BUFFER, (long) dropped.count());
            }
        }
    }

    private void run() {
        List<Fix> batch = new ArrayList<>(BATCH_ROWS);
        while (running || !buffer.isEmpty()) {
            try {
                Fix first = buffer.poll(FLUSH_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FLUSH_MILLIS);
                while (batch.size() < BATCH_ROWS) {
                    Fix next = buffer.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                writeUntilStored(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void writeUntilStored(List<Fix> batch) throws InterruptedException {
        while (true) {
            try {
                writeTime.record(() -> write(batch));
                written.increment(batch.size());
                return;
            } catch (IllegalStateException e) {
                LOG.warnf("Storing %d positions failed (%s); retrying in %d ms", batch.size(), e.getMessage(), RETRY_MILLIS);
                Thread.sleep(RETRY_MILLIS);
            }
        }
    }

    private void write(List<Fix> batch) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY position (time, site_id, tag_id, building_id, floor_id, x, y, z, accuracy_m, technology, sources, "
                            + "residual, zone_ids) FROM STDIN WITH (FORMAT csv)", new StringReader(csv(batch)));
            upsertLatest(c, batch);
            c.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void upsertLatest(Connection c, List<Fix> batch) throws SQLException {
        Map<String, Fix> latest = new LinkedHashMap<>();
        for (Fix fix : batch) {
            latest.merge(fix.siteId() + "\u0000" + fix.tagId(), fix, (a, b) -> b.time().isAfter(a.time()) ? b : a);
        }
        try (PreparedStatement upsert = c.prepareStatement("""
                insert into latest_position (site_id, tag_id, time, building_id, floor_id, x, y, z, accuracy_m, technology,
                                             sources, residual, zone_ids)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (site_id, tag_id) do update set time = excluded.time, building_id = excluded.building_id,
                    floor_id = excluded.floor_id, x = excluded.x, y = excluded.y, z = excluded.z,
                    accuracy_m = excluded.accuracy_m, technology = excluded.technology, sources = excluded.sources,
                    residual = excluded.residual, zone_ids = excluded.zone_ids
                where latest_position.time <= excluded.time""")) {
            for (Fix f : latest.values()) {
                upsert.setString(1, f.siteId());
                upsert.setString(2, f.tagId());
                upsert.setTimestamp(3, Timestamp.from(f.time()));
                upsert.setString(4, f.buildingId());
                upsert.setString(5, f.floorId());
                upsert.setDouble(6, f.x());
                upsert.setDouble(7, f.y());
                setNullable(upsert, 8, f.z());
                upsert.setFloat(9, (float) f.accuracyMetres());
                upsert.setString(10, f.technology().name().toLowerCase(Locale.ROOT));
                upsert.setArray(11, c.createArrayOf("text", f.sources().toArray()));
                setNullable(upsert, 12, f.residual());
                upsert.setArray(13, c.createArrayOf("text", f.zoneIds().toArray()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isFinite(value)) {
            statement.setDouble(index, value);
        } else {
            statement.setNull(index, Types.DOUBLE);
        }
    }

    /** Ids are restricted to [A-Za-z0-9._:-], so arrays need no escaping inside their quoted CSV field. */
    static String csv(List<Fix> batch) {
        StringBuilder out = new StringBuilder(batch.size() * 160);
        for (Fix f : batch) {
            out.append(f.time()).append(',').append(f.siteId()).append(',').append(f.tagId()).append(',')
                    .append(f.buildingId()).append(',').append(f.floorId()).append(',').append(f.x()).append(',')
                    .append(f.y()).append(',').append(Double.isFinite(f.z()) ? String.valueOf(f.z()) : "").append(',')
                    .append((float) f.accuracyMetres()).append(',').append(f.technology().name().toLowerCase(Locale.ROOT))
                    .append(",\"{").append(String.join(",", f.sources())).append("}\",")
                    .append(Double.isFinite(f.residual()) ? String.valueOf((float) f.residual()) : "")
                    .append(",\"{").append(String.join(",", f.zoneIds())).append("}\"\n");
        }
        return out.toString();
    }

    /** Last at shutdown, while the database pool is still open: what is buffered is written. */
    void stop(@Observes @Priority(4) ShutdownEvent event) throws InterruptedException {
        running = false;
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }
}
