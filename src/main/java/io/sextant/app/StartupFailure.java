package io.sextant.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import io.quarkus.runtime.QuarkusBindException;

/**
 * Turns an exception that stopped Sextant from starting into one line an operator can act on.
 * The full stack trace goes to {@code <data-dir>/startup-error.log} for whoever needs it.
 */
final class StartupFailure {

    private StartupFailure() {
    }

    static String describe(Throwable failure, LaunchSettings settings) {
        String database = settings.jdbcUrl().or(settings::reactiveUrl).orElse("the embedded database");
        // The most specific cause wins, wherever it sits in the chain.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupException) {
                return t.getMessage();
            }
            if (t instanceof QuarkusBindException bind) {
                return "HTTP port " + bind.getPort() + " is already in use; stop the other process or set quarkus.http.port";
            }
            if (t instanceof UnknownHostException) {
                return "Cannot reach the database at " + database + ": unknown host " + t.getMessage();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "Cannot reach the database at " + database + ": " + t.getMessage();
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")) {
                    return "Cannot connect to the database at " + database + ": " + firstLine(sql.getMessage());
                }
                if (state.equals("28P01") || state.equals("28000")) {
                    return "The database at " + database + " refused the credentials: " + firstLine(sql.getMessage());
                }
                if (state.equals("3D000")) {
                    return "The database at " + database + " does not exist: " + firstLine(sql.getMessage());
                }
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + firstLine(String.valueOf(root.getMessage()))
                + " (details in " + detailsFile(settings.dataDir()) + ")";
    }

    static void writeDetails(Throwable failure, Path dataDir) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(dataDir);
            Files.writeString(detailsFile(dataDir), trace.toString());
        } catch (IOException e) {
            System.err.println("(could not write " + detailsFile(dataDir) + ": " + e.getMessage() + ")");
        }
    }

    private static Path detailsFile(Path dataDir) {
        return dataDir.resolve("startup-error.log");
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
