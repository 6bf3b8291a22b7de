package io.sextant.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The few settings the launcher needs before Quarkus starts: where the data directory is and
 * whether an external database is configured. They are read from the same places Quarkus reads
 * them, in the same order: system properties, environment variables, {@code config/application.properties}
 * in the working directory, then the built-in {@code application.properties}.
 */
record LaunchSettings(Path dataDir, Optional<String> jdbcUrl, Optional<String> reactiveUrl,
        boolean customVerifyKey, boolean customSignKey, boolean demoLoadSet, boolean demoSimulateSet) {

    static final String DATA_DIR = "sextant.data-dir";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey.location";
    static final String SIGN_KEY = "smallrye.jwt.sign.key.location";
    static final String DEMO_LOAD = "sextant.demo.load";
    static final String DEMO_SIMULATE = "sextant.demo.simulate";

    static LaunchSettings load() {
        Properties external = read(Path.of("config", "application.properties"));
        Properties builtIn = readClasspath("application.properties");
        Lookup lookup = new Lookup(external, builtIn);
        Path dataDir = Path.of(lookup.get(DATA_DIR).orElse("data")).toAbsolutePath().normalize();
        return new LaunchSettings(dataDir, lookup.get(JDBC_URL), lookup.get(REACTIVE_URL),
                lookup.getOverride(VERIFY_KEY).isPresent(), lookup.getOverride(SIGN_KEY).isPresent(),
                lookup.getOverride(DEMO_LOAD).isPresent(), lookup.getOverride(DEMO_SIMULATE).isPresent());
    }

    boolean embeddedDatabase() {
        return jdbcUrl.isEmpty() && reactiveUrl.isEmpty();
    }

    /** The Vert.x PostgreSQL client takes the JDBC URL without its {@code jdbc:} prefix. */
    static String reactiveUrlOf(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
    }

    private record Lookup(Properties external, Properties builtIn) {
        Optional<String> get(String key) {
            return getOverride(key).or(() -> nonBlank(builtIn.getProperty(key)))
                    .filter(v -> !v.contains("${"));
        }

        /** A value the user set, as opposed to the built-in default. */
        Optional<String> getOverride(String key) {
            return nonBlank(System.getProperty(key))
                    .or(() -> nonBlank(System.getenv(envName(key))))
                    .or(() -> nonBlank(external.getProperty(key)));
        }
    }

    static String envName(String key) {
        StringBuilder name = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? c : '_');
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new StartupException("Cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    private static Properties readClasspath(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new StartupException("Cannot read built-in " + resource + ": " + e.getMessage(), e);
        }
        return properties;
    }
}
