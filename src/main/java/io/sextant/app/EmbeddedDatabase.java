package io.sextant.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries packaged on Maven Central, with its cluster
 * kept in a directory of ours. Used when no external database is configured, and by the tests.
 *
 * <p>Holds an exclusive lock on {@code <dir>/sextant.lock} for as long as it runs, so that a
 * second Sextant on the same directory refuses to start instead of corrupting the cluster.
 * Stopping it is the caller's job, after Quarkus has stopped: PostgreSQL must outlive the
 * application's last write. Not thread-safe; one owner starts and closes it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "sextant";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts PostgreSQL on a free localhost port with its cluster in {@code <dataDir>/postgres},
     * creating the cluster and the {@code sextant} database on first use.
     *
     * @param durable fsync and synchronous commit on (production); off only for throw-away test data
     * @throws StartupException if another process holds the directory, or PostgreSQL fails to start
     */
    public static EmbeddedDatabase start(Path dataDir, boolean durable) {
        Path lockFile = dataDir.resolve("sextant.lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new StartupException("Another Sextant is already running on data directory " + dataDir
                        + " (" + lockFile.getFileName() + " is locked); stop it or set sextant.data-dir to another directory");
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, channel, lock);
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof StartupException startup) {
                throw startup;
            }
            throw new StartupException("Embedded PostgreSQL failed to start in " + dataDir.resolve("postgres")
                    + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM already
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database " + DATABASE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StartupException("Cannot create database '" + DATABASE + "' in embedded PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** Stops PostgreSQL (fast shutdown: running transactions roll back, data on disk is consistent). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel close below releases it as well
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
