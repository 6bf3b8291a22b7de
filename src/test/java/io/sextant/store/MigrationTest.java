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

    @Inject
    PositionPartitions partitions;

    @Test
    void dailyPositionPartitionsAreKeptAheadAndExpiredOnesDropped() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String name = "position_p" + java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(today.plusDays(PositionPartitions.DAYS_AHEAD));
        assertTrue(exists(name), name + " created at start");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table position_p20200101 partition of position for values from ('2020-01-01') to ('2020-01-02')");
        }
        partitions.maintain(today);
        assertTrue(!exists("position_p20200101"), "a partition past retention is dropped");
        assertTrue(exists(name));
    }

    private boolean exists(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select to_regclass('" + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

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
        assertTrue(applied.containsAll(List.of("1", "2", "3")), "V1-V3 applied: " + applied);
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
