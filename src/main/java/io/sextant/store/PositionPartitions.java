package io.sextant.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * On plain PostgreSQL, keeps the {@code position} table's daily partitions (UTC days) ahead of the
 * clock — yesterday to three days ahead, checked at start and every hour — and drops the ones past
 * retention. TimescaleDB does both itself (chunks, retention policy), so this does nothing there.
 */
@ApplicationScoped
public class PositionPartitions {

    static final int DAYS_AHEAD = 3;
    /** How long position history is kept on plain PostgreSQL (TimescaleDB: the retention policy of V3). */
    static final int RETENTION_DAYS = 90;
    private static final DateTimeFormatter NAME = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Logger LOG = Logger.getLogger(PositionPartitions.class);

    private final DataSource dataSource;
    private final StorageInfo storage;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sextant-partitions");
        t.setDaemon(true);
        return t;
    });

    PositionPartitions(DataSource dataSource, StorageInfo storage) {
        this.dataSource = dataSource;
        this.storage = storage;
    }

    void start(@Observes @Priority(2) StartupEvent event) {
        if (storage.dialect() != StorageDialect.POSTGRES) {
            return;
        }
        maintain(LocalDate.now(ZoneOffset.UTC));
        scheduler.scheduleAtFixedRate(() -> {
            try {
                maintain(LocalDate.now(ZoneOffset.UTC));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Maintaining position partitions failed; retrying within the hour");
            }
        }, 1, 1, TimeUnit.HOURS);
    }

    void stop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }

    /** Creates the partitions from yesterday to {@value #DAYS_AHEAD} days after {@code today}; drops expired ones. */
    void maintain(LocalDate today) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(DAYS_AHEAD)); day = day.plusDays(1)) {
                s.execute("create table if not exists position_p" + NAME.format(day) + " partition of position for values from ('"
                        + day + " 00:00:00+00') to ('" + day.plusDays(1) + " 00:00:00+00')");
            }
            for (String expired : partitionsBefore(c, today.minusDays(RETENTION_DAYS))) {
                s.execute("drop table " + expired);
                LOG.infof("Dropped position partition %s (older than %d days)", expired, RETENTION_DAYS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot maintain the position partitions: " + e.getMessage(), e);
        }
    }

    private static List<String> partitionsBefore(Connection c, LocalDate cutoff) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("""
                select child.relname from pg_inherits
                join pg_class parent on parent.oid = pg_inherits.inhparent
                join pg_class child on child.oid = pg_inherits.inhrelid
                where parent.relname = 'position' and child.relname ~ '^position_p[0-9]{8}$'""");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (LocalDate.parse(name.substring("position_p".length()), NAME).isBefore(cutoff)) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
