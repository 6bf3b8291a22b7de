package io.sextant.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Detects, once at start-up (after the migrations), whether the database has the timescaledb
 * extension, records the resulting {@link StorageDialect} in {@code sextant_info} and logs it.
 */
@ApplicationScoped
public class StorageInfo {

    private static final Logger LOG = Logger.getLogger(StorageInfo.class);

    private final DataSource dataSource;
    private volatile StorageDialect dialect;
    private volatile String serverVersion;
    private volatile Optional<String> timescaleVersion = Optional.empty();

    StorageInfo(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void detect(@Observes @Priority(1) StartupEvent event) {
        try (Connection c = dataSource.getConnection()) {
            serverVersion = queryString(c, "show server_version").orElse("unknown");
            timescaleVersion = queryString(c, "select extversion from pg_extension where extname = 'timescaledb'");
            dialect = timescaleVersion.isPresent() ? StorageDialect.TIMESCALE : StorageDialect.POSTGRES;
            try (PreparedStatement record = c.prepareStatement("""
                    insert into sextant_info (key, value, updated_at) values ('storage_dialect', ?, now())
                    on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at""")) {
                record.setString(1, dialect.id());
                record.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's extensions: " + e.getMessage(), e);
        }
        LOG.infof("Storage dialect: %s (PostgreSQL %s%s)", dialect.id(), serverVersion,
                timescaleVersion.map(v -> ", TimescaleDB " + v).orElse(", no TimescaleDB extension"));
    }

    public StorageDialect dialect() {
        return dialect;
    }

    public String serverVersion() {
        return serverVersion;
    }

    public Optional<String> timescaleVersion() {
        return timescaleVersion;
    }

    private static Optional<String> queryString(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }
}
