package io.sextant.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.sextant.ingest.ReadingCodec;
import io.sextant.model.Reading;

class SimulatorMainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aScenarioRunsToFiles(@TempDir Path dir) throws IOException {
        Path readings = dir.resolve("readings.jsonl"), truth = dir.resolve("truth.jsonl");
        assertEquals(0, SimulatorMain.run("--scenario", SimulatorFixture.SMALL_SCENARIO.toString(), "--out-readings",
                readings.toString(), "--out-truth", truth.toString()));
        assertTrue(Files.size(readings) > 0);
        // 7 tags, one truth line per tag and second of the 120 s
        assertEquals(7 * 120, Files.readAllLines(truth).size());
    }

    @Test
    void loadModeRangesTheGivenNumberOfTags(@TempDir Path dir) throws IOException {
        Path readings = dir.resolve("load.jsonl");
        assertEquals(0, SimulatorMain.run("--load", "--tags", "5", "--rate", "2", "--duration", "5",
                "--out-readings", readings.toString()));
        List<String> lines = Files.readAllLines(readings);
        Set<String> tags = lines.stream().map(l -> decode(l).tagId()).collect(Collectors.toSet());
        assertEquals(Set.of("load-001", "load-002", "load-003", "load-004", "load-005"), tags);
    }

    @Test
    void badOptionsAreAUsageError() {
        assertEquals(2, SimulatorMain.run("--scenario"));
        assertEquals(2, SimulatorMain.run("--scenario", SimulatorFixture.SMALL_SCENARIO.toString()));
        assertEquals(2, SimulatorMain.run("--load", "--tags", "many", "--rate", "2", "--duration", "5", "--mqtt",
                "tcp://localhost:1"));
    }

    @Test
    void aScenarioErrorNamesTheGroupAndTheProblem() throws IOException {
        var root = JSON.readTree("""
                {"site": ".", "durationSeconds": 10, "groups": [
                  {"count": 1, "idPrefix": "cart-", "kind": "equipment", "behaviour": "staff", "bleHz": 1}]}""");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFile.parse(root, Path.of(".")));
        assertTrue(e.getMessage().contains("cart-") && e.getMessage().contains("no BLE"), e.getMessage());
    }

    private static Reading decode(String line) {
        try {
            ReadingCodec.Decoded decoded = ReadingCodec.decode(JSON.readTree(line));
            assertTrue(decoded.isOk(), () -> decoded.error() + " in " + line);
            return decoded.reading();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
