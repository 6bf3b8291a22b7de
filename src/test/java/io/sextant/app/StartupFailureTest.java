package io.sextant.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StartupFailureTest {

    private final LaunchSettings external = new LaunchSettings(Path.of("/tmp/sextant-data"),
            Optional.of("jdbc:postgresql://db.example:5432/sextant"), Optional.empty(), false, false, false, false);

    @Test
    void refusedConnectionNamesTheDatabase() {
        Exception e = new RuntimeException("Failed to migrate", new SQLException("wrapped",
                "08001", new ConnectException("Connection refused")));
        String line = StartupFailure.describe(e, external);
        assertEquals("Cannot connect to the database at jdbc:postgresql://db.example:5432/sextant: wrapped", line);
    }

    @Test
    void unknownHostNamesTheHost() {
        Exception e = new IllegalStateException("boom", new UnknownHostException("db.example"));
        assertEquals("Cannot reach the database at jdbc:postgresql://db.example:5432/sextant: unknown host db.example",
                StartupFailure.describe(e, external));
    }

    @Test
    void badCredentialsAreSaidSo() {
        Exception e = new RuntimeException(new SQLException("FATAL: password authentication failed for user \"x\"", "28P01"));
        assertTrue(StartupFailure.describe(e, external).startsWith("The database at jdbc:postgresql://db.example:5432/sextant refused the credentials"));
    }

    @Test
    void startupExceptionsSpeakForThemselves() {
        Exception e = new RuntimeException("wrapper", new StartupException("MQTT port 1883 on 0.0.0.0 is already in use"));
        assertEquals("MQTT port 1883 on 0.0.0.0 is already in use", StartupFailure.describe(e, external));
    }

    @Test
    void anythingElseIsOneLineWithAPointerToDetails() {
        Exception e = new RuntimeException("outer", new IllegalArgumentException("first line\nsecond line"));
        String line = StartupFailure.describe(e, external);
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith("IllegalArgumentException: first line (details in "), line);
    }
}
