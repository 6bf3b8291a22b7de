package io.sextant.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MigrationTest {

    @Inject
    DataSource dataSource;

    @Inject
    StorageInfo storage;

    @Test
    void migrationsRanAtStartUp() throws Exception {
        List<String> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), "migration " + rs.getString("version") + " failed");
                applied.add(rs.getString("version"));
            }
        }
        assertTrue(applied.contains("1"), "V1 applied: " + applied);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from information_schema.tables where table_name in ('sextant_info', 'app_user')")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
    }

    @Test
    void storageDialectIsDetectedAndRecorded() throws Exception {
        // The test database is plain PostgreSQL: no TimescaleDB package exists for it here.
        assertEquals(StorageDialect.POSTGRES, storage.dialect());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select value from sextant_info where key = 'storage_dialect'")) {
            assertTrue(rs.next());
            assertEquals("postgres", rs.getString(1));
        }
    }
}
