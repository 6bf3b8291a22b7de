package io.sextant.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers; reports the storage dialect and server version. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final StorageInfo storage;

    DatabaseReadiness(DataSource dataSource, StorageInfo storage) {
        this.dataSource = dataSource;
        this.storage = storage;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        if (storage.dialect() != null) {
            response.withData("dialect", storage.dialect().id()).withData("postgresql", storage.serverVersion());
            storage.timescaleVersion().ifPresent(v -> response.withData("timescaledb", v));
        }
        try (Connection c = dataSource.getConnection()) {
            return response.status(c.isValid(VALIDATION_TIMEOUT_SECONDS)).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
