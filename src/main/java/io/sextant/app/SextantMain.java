package io.sextant.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.sextant.security.SigningKeys;
import io.sextant.sim.SimulatorMain;

/**
 * Starts Sextant. Before Quarkus boots it prepares what the application expects to find: the
 * embedded PostgreSQL when no database URL is configured, and the token signing keys. After
 * Quarkus has stopped, and only then, it stops the embedded PostgreSQL.
 */
@QuarkusMain
public final class SextantMain {

    private SextantMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("replay")) {
            System.exit(new ReplayCommand(System.err).run(args));
            return;
        }
        if (args.length > 0 && args[0].equals("simulate")) {
            System.exit(SimulatorMain.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        LaunchSettings settings;
        EmbeddedDatabase database = null;
        try {
            settings = LaunchSettings.load();
            System.setProperty(LaunchSettings.DATA_DIR, settings.dataDir().toString());
            if (settings.embeddedDatabase()) {
                database = EmbeddedDatabase.start(settings.dataDir(), true);
                useEmbeddedDatabase(database, settings.dataDir());
                if (!settings.demoLoadSet()) {
                    System.setProperty(LaunchSettings.DEMO_LOAD, "true");
                }
                if (!settings.demoSimulateSet()) {
                    System.setProperty(LaunchSettings.DEMO_SIMULATE, "true");
                }
            } else if (settings.reactiveUrl().isEmpty()) {
                System.setProperty(LaunchSettings.REACTIVE_URL, LaunchSettings.reactiveUrlOf(settings.jdbcUrl().get()));
            }
            if (!settings.customSignKey() && !settings.customVerifyKey()) {
                SigningKeys.ensure(settings.dataDir().resolve("keys"));
            }
        } catch (StartupException | IOException e) {
            System.err.println("Sextant could not start: " + e.getMessage());
            if (database != null) {
                database.close();
            }
            System.exit(1);
            return;
        }
        Shutdown shutdown = new Shutdown(database, settings);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::onJvmShutdown, "sextant-embedded-db-stop"));
        Quarkus.run(Application.class, shutdown::onQuarkusExit, args);
    }

    private static void useEmbeddedDatabase(EmbeddedDatabase database, Path dataDir) {
        System.setProperty(LaunchSettings.JDBC_URL, database.jdbcUrl());
        System.setProperty(LaunchSettings.REACTIVE_URL, database.reactiveUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.out.println("Embedded PostgreSQL on localhost:" + database.port() + ", data in " + dataDir.resolve("postgres"));
    }

    /** Runs until Quarkus is asked to exit (Ctrl-C, SIGTERM). */
    public static final class Application implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }

    /**
     * Orders the shutdown: Quarkus stops first (its last writes still reach PostgreSQL), then the
     * embedded PostgreSQL. On Ctrl-C the JVM runs shutdown hooks in parallel, so our hook waits
     * for Quarkus's exit handler before stopping the database.
     */
    private static final class Shutdown {
        private static final long QUARKUS_STOP_WAIT_SECONDS = 60;

        private final EmbeddedDatabase database;
        private final LaunchSettings settings;
        private final CountDownLatch quarkusStopped = new CountDownLatch(1);
        private volatile boolean jvmShuttingDown;

        Shutdown(EmbeddedDatabase database, LaunchSettings settings) {
            this.database = database;
            this.settings = settings;
        }

        void onQuarkusExit(int exitCode, Throwable failure) {
            if (failure != null) {
                System.err.println("Sextant could not start: " + StartupFailure.describe(failure, settings));
                StartupFailure.writeDetails(failure, settings.dataDir());
            }
            stopDatabase();
            quarkusStopped.countDown();
            if (!jvmShuttingDown) {
                System.exit(exitCode);
            }
        }

        void onJvmShutdown() {
            jvmShuttingDown = true;
            try {
                quarkusStopped.await(QUARKUS_STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopDatabase();
        }

        private synchronized void stopDatabase() {
            if (database != null) {
                database.close();
            }
        }
    }
}
