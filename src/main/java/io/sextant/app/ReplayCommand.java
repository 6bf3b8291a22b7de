package io.sextant.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sextant.engine.LocationEngine;
import io.sextant.engine.UwbStage;
import io.sextant.geometry.Site;
import io.sextant.ingest.FloorPlanFiles;
import io.sextant.ingest.ReadingCodec;

/**
 * {@code replay --floorplan <dir> --readings <file.jsonl> --out <fixes.csv>}: runs the location
 * engine on recorded readings, with no database and no server, and writes one CSV row per fix
 * (docs/replay.md). Single-threaded and deterministic: the same input gives the same bytes.
 */
final class ReplayCommand {

    static final String USAGE = "usage: replay --floorplan <dir> --readings <file.jsonl> --out <fixes.csv> "
            + "[--ble-mode position|room] [--tag-height <metres>] [--wall-excess <metres>]";

    private final PrintStream err;

    ReplayCommand(PrintStream err) {
        this.err = err;
    }

    /** @return the process exit code: 0 done, 1 failed, 2 wrong arguments */
    int run(String... args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println(USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (!options.keySet().containsAll(java.util.List.of("floorplan", "readings", "out"))) {
            err.println(USAGE);
            return 2;
        }
        LocationEngine.Settings settings;
        try {
            settings = settings(options);
        } catch (IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            Site site = FloorPlanFiles.load(Path.of(options.get("floorplan")));
            Summary summary = replay(site, settings, Path.of(options.get("readings")), Path.of(options.get("out")));
            err.printf("replay: %d readings, %d rejected, %d fixes written to %s%n", summary.readings(), summary.rejected(),
                    summary.fixes(), options.get("out"));
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("replay: " + e.getMessage());
            return 1;
        }
    }

    record Summary(long readings, long rejected, long fixes) {
    }

    Summary replay(Site site, LocationEngine.Settings settings, Path readingsFile, Path out) {
        ObjectMapper json = new ObjectMapper();
        LocationEngine engine = new LocationEngine(site, settings);
        long readings = 0;
        long rejected = 0;
        try (BufferedReader in = Files.newBufferedReader(readingsFile, StandardCharsets.UTF_8);
                BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            FixCsv csv = new FixCsv(writer);
            csv.header();
            String line;
            long lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                readings++;
                ReadingCodec.Decoded decoded = decode(json, line);
                if (!decoded.isOk()) {
                    rejected++;
                    err.println("line " + lineNumber + ": " + decoded.error());
                    continue;
                }
                engine.accept(decoded.reading(), csv);
            }
            engine.flush(csv);
            return new Summary(readings, rejected, csv.rows());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static ReadingCodec.Decoded decode(ObjectMapper json, String line) {
        try {
            return ReadingCodec.decode(json.readTree(line));
        } catch (JsonProcessingException e) {
            return ReadingCodec.decode(null);
        }
    }

    private static LocationEngine.Settings settings(Map<String, String> options) {
        LocationEngine.Settings settings = LocationEngine.Settings.DEFAULTS;
        if (options.containsKey("ble-mode")) {
            settings = settings.withBleMode(LocationEngine.BleMode.valueOf(options.get("ble-mode").toUpperCase(java.util.Locale.ROOT)));
        }
        if (options.containsKey("tag-height")) {
            settings = settings.withTagHeightMetres(Double.parseDouble(options.get("tag-height")));
        }
        if (options.containsKey("wall-excess")) {
            double excess = Double.parseDouble(options.get("wall-excess"));
            settings = settings.withWalls(excess == 0 ? UwbStage.WallCorrection.OFF
                    : new UwbStage.WallCorrection(excess, UwbStage.WallCorrection.TYPICAL.excessSigmaMetres()));
        }
        return settings;
    }
}
