package io.sextant.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.sextant.app.EmbeddedDatabase;
import io.sextant.security.PasswordHasher;
import io.sextant.security.SigningKeys;

/**
 * Gives every {@code @QuarkusTest} what the launcher gives a real start: a real PostgreSQL
 * (throw-away, fsync off), token signing keys and a data directory, all in a temporary folder.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /** The {@code admin} password of the test instance; tests log in with it. */
    public static final String ADMIN_PASSWORD = PasswordHasher.randomPassword(24);

    private Path dataDir;
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("sextant-test");
            SigningKeys.ensure(dataDir.resolve("keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = EmbeddedDatabase.start(dataDir, false);
        return Map.of(
                "sextant.data-dir", dataDir.toString(),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.reactive.url", database.reactiveUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "sextant.auth.initial-admin-password", ADMIN_PASSWORD,
                "sextant.demo.load", "true");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
