package io.sextant.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.sextant.model.Reading;

/**
 * Writes readings as a replay file (docs/readings.md: one reading per line, as the gateways sent them, skew and
 * duplicates included) and ground truth as JSON Lines. Not thread-safe.
 */
public final class JsonLinesOutput implements SimulationOutput {

    private final Optional<Writer> readings;
    private final Optional<Writer> truth;

    /** @param readingsFile where readings go, if anywhere; @param truthFile where ground truth goes, if anywhere */
    public JsonLinesOutput(Optional<Path> readingsFile, Optional<Path> truthFile) {
        readings = readingsFile.map(JsonLinesOutput::open);
        truth = truthFile.map(JsonLinesOutput::open);
    }

    @Override
    public void readings(String gatewayId, Instant sentAt, List<Reading> batch) {
        readings.ifPresent(w -> batch.forEach(r -> line(w, WireFormat.reading(r))));
    }

    @Override
    public void status(String gatewayId, Instant sentAt, List<StatusEvent> events) {
        // status messages are not readings: a replay file has no place for them
    }

    @Override
    public void truth(String tagId, WalkSample sample) {
        truth.ifPresent(w -> line(w, WireFormat.truth(tagId, sample)));
    }

    @Override
    public void close() {
        try {
            for (Writer w : List.of(readings, truth).stream().flatMap(Optional::stream).toList()) {
                w.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish a JSON Lines file: " + e.getMessage(), e);
        }
    }

    private static Writer open(Path file) {
        try {
            return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void line(Writer writer, String json) {
        try {
            writer.write(json);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a JSON Lines file: " + e.getMessage(), e);
        }
    }
}
