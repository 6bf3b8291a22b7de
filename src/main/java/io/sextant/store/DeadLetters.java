package io.sextant.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Records what ingest refused, with the reason, in {@code dead_letter}, and counts it by reason
 * ({@code sextant.ingest.dead.letters}). Written in batches from one thread, so a flood of bad
 * input costs the good input nothing; when the buffer is full, the surplus is only counted.
 */
@ApplicationScoped
public class DeadLetters {

    /** One refused message or reading. */
    public record DeadLetter(Instant receivedAt, String transport, String sender, String topic, String reason, String detail,
            String payload) {
    }

    static final int MAX_PAYLOAD_BYTES = 4096;
    private static final int BUFFER = 100_000;
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final BlockingQueue<DeadLetter> buffer = new ArrayBlockingQueue<>(BUFFER);
    private final Counter overflow;
    private final Thread thread;
    private volatile boolean running = true;

    DeadLetters(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.overflow = Counter.builder("sextant.ingest.dead.letters.unrecorded")
                .description("Refusals counted but not recorded because the dead-letter buffer was full").register(registry);
        thread = new Thread(this::run, "sextant-dead-letters");
        thread.setDaemon(true);
        thread.start();
    }

    public void record(DeadLetter letter) {
        Counter.builder("sextant.ingest.dead.letters").description("Messages and readings refused, by reason")
                .tags("transport", letter.transport(), "reason", letter.reason()).register(registry).increment();
        if (!buffer.offer(letter)) {
            overflow.increment();
        }
    }

    /** The payload as stored: UTF-8 text cut to {@value #MAX_PAYLOAD_BYTES} bytes. */
    public static String truncate(byte[] payload) {
        int length = Math.min(payload.length, MAX_PAYLOAD_BYTES);
        return new String(payload, 0, length, StandardCharsets.UTF_8).replace('\u0000', ' ');
    }

    private void run() {
        List<DeadLetter> batch = new ArrayList<>();
        while (running || !buffer.isEmpty()) {
            try {
                DeadLetter first = buffer.poll(250, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                buffer.drainTo(batch, 999);
                write(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException e) {
                LOG.warnf("Recording %d dead letters failed (%s); retrying", batch.size(), e.getMessage());
                sleepQuietly();
            }
        }
    }

    private void write(List<DeadLetter> batch) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into dead_letter (received_at, transport, sender, topic, reason, detail, payload)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (DeadLetter d : batch) {
                insert.setTimestamp(1, Timestamp.from(d.receivedAt()));
                insert.setString(2, d.transport());
                insert.setString(3, d.sender());
                insert.setString(4, d.topic());
                insert.setString(5, d.reason());
                insert.setString(6, d.detail());
                insert.setString(7, d.payload());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Last at shutdown, while the database pool is still open: what is buffered is written. */
    void stop(@Observes @Priority(4) ShutdownEvent event) throws InterruptedException {
        running = false;
        thread.join(TimeUnit.SECONDS.toMillis(5));
    }
}
