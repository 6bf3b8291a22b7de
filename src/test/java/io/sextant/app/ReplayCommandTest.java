package io.sextant.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sextant.geometry.Site;
import io.sextant.ingest.ReadingCodec;
import io.sextant.sim.UwbRadioSettings;
import io.sextant.testing.DemoHospital;
import io.sextant.testing.SimulatedRun;

class ReplayCommandTest {

    private static final String FLOORPLAN = "floorplans/demo-hospital";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ReplayCommand command = new ReplayCommand(new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void theSameRecordingGivesTheSameFixesTwice() throws IOException {
        Path readings = recording(UwbRadioSettings.DEFAULTS);
        assertEquals(0, command.run("replay", "--floorplan", FLOORPLAN, "--readings", readings.toString(), "--out",
                dir.resolve("a.csv").toString()));
        assertEquals(0, command.run("replay", "--floorplan", FLOORPLAN, "--readings", readings.toString(), "--out",
                dir.resolve("b.csv").toString()));

        List<String> rows = Files.readAllLines(dir.resolve("a.csv"));
        assertEquals(FixCsv.HEADER, rows.get(0));
        assertTrue(rows.size() > 400, rows.size() + " rows");
        assertTrue(rows.get(1).matches("t-1,2026-11-21T08:00:.*,general,main,main-\\d,[\\d.]+,[\\d.]+,,[\\d.]+,uwb_twr,.+"), rows.get(1));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.csv")), Files.readAllBytes(dir.resolve("b.csv")));
    }

    @Test
    void badLinesAreReportedAndSkipped() throws IOException {
        Path readings = recording(UwbRadioSettings.DEFAULTS.withoutWalls());
        List<String> lines = new ArrayList<>(Files.readAllLines(readings));
        lines.add(3, "{not json");
        lines.add(5, "{\"type\":\"uwb-range\",\"tag\":\"t-1\",\"anchor\":\"uwb-0-01\",\"range_m\":-4,\"time\":0}");
        lines.add(0, "# recorded by a test");
        Files.write(readings, lines);

        assertEquals(0, command.run("replay", "--floorplan", FLOORPLAN, "--readings", readings.toString(), "--out",
                dir.resolve("fixes.csv").toString()));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("line 5: reading is not a JSON object"), messages);
        assertTrue(messages.contains("line 7: range_m -4.0 is outside 0.0..300.0"), messages);
        assertTrue(messages.contains(", 2 rejected,"), messages);
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        assertEquals(2, command.run("replay", "--floorplan", FLOORPLAN));
        assertEquals(2, command.run("replay", "--floorplan"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(ReplayCommand.USAGE));
    }

    @Test
    void anInvalidFloorPlanDirectoryFailsWithItsProblems() throws IOException {
        Path readings = Files.writeString(dir.resolve("r.jsonl"), "");
        assertEquals(1, command.run("replay", "--floorplan", dir.toString(), "--readings", readings.toString(), "--out",
                dir.resolve("o.csv").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No floor files"));
    }

    private Path recording(UwbRadioSettings radio) throws IOException {
        Site site = DemoHospital.load();
        SimulatedRun run = SimulatedRun.uwb(site, "t-1", Duration.ofMinutes(1), 10, radio, 21);
        List<String> lines = new ArrayList<>();
        run.readings().forEach(r -> lines.add(ReadingCodec.encode(r).toString()));
        return Files.write(dir.resolve("readings.jsonl"), lines);
    }
}
