package io.sextant.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void secondInstanceOnTheSameDirectoryIsRefusedInOneLine() {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, false)) {
            StartupException e = assertThrows(StartupException.class, () -> EmbeddedDatabase.start(dataDir, false));
            assertTrue(e.getMessage().startsWith("Another Sextant is already running on data directory " + dataDir), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void durableModeHasFsyncAndSynchronousCommitOn() throws Exception {
        // zonky passes -F (fsync off) before our settings; ours must win.
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, true);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "");
                Statement s = c.createStatement()) {
            assertEquals("on", show(s, "fsync"));
            assertEquals("on", show(s, "synchronous_commit"));
            assertEquals("on", show(s, "full_page_writes"));
            assertEquals("localhost", show(s, "listen_addresses"));
        }
    }

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, true);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "");
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('still here')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, true);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from kept")) {
            assertTrue(rs.next());
            assertEquals("still here", rs.getString(1));
        }
    }
}
