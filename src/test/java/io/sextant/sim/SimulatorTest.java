package io.sextant.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.sextant.ingest.ReadingCodec;
import io.sextant.model.Reading;

class SimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Scenario SMALL = ScenarioFile.read(SimulatorFixture.SMALL_SCENARIO);
    private static final RecordingOutput RUN = new RecordingOutput();
    private static Map<String, Long> skewsMillis;

    @BeforeAll
    static void runTheSmallScenario() {
        Simulator simulator = SimulatorFixture.simulator(SMALL);
        skewsMillis = simulator.clockSkewsMillis();
        simulator.run(List.of(RUN), false);
    }

    @Test
    void theSameSeedWritesByteIdenticalJsonLines(@TempDir Path dir) throws IOException {
        for (String run : List.of("a", "b")) {
            try (JsonLinesOutput out = new JsonLinesOutput(Optional.of(dir.resolve(run + "-readings.jsonl")),
                    Optional.of(dir.resolve(run + "-truth.jsonl")))) {
                SimulatorFixture.simulator(SMALL).run(List.of(out), false);
            }
        }
        assertTrue(Files.size(dir.resolve("a-readings.jsonl")) > 100_000);
        assertEquals(-1, Files.mismatch(dir.resolve("a-readings.jsonl"), dir.resolve("b-readings.jsonl")));
        assertEquals(-1, Files.mismatch(dir.resolve("a-truth.jsonl"), dir.resolve("b-truth.jsonl")));
    }

    @Test
    void everyBatchFollowsTheReadingsFormatWithTheGatewaysSkew() throws IOException {
        assertTrue(skewsMillis.values().stream().anyMatch(s -> s != 0), "the test needs a skewed clock");
        for (RecordingOutput.Message batch : RUN.batches) {
            JsonNode root = JSON.readTree(batch.json());
            assertEquals(batch.gatewayId(), root.get("gateway").asText());
            assertFalse(root.get("readings").isEmpty());
            for (JsonNode node : root.get("readings")) {
                ReadingCodec.Decoded decoded = ReadingCodec.decode(node);
                assertTrue(decoded.isOk(), () -> decoded.error() + " in " + node);
                // every rate of the scenario divides a second into whole 100 ms steps from the start
                long offsetMillis = Duration.between(SMALL.start(), decoded.reading().time()).toMillis()
                        - skewsMillis.get(batch.gatewayId());
                assertEquals(0, Math.floorMod(offsetMillis, 100), () -> "off the grid: " + node);
            }
        }
    }

    @Test
    void readingsAreDuplicatedAtAboutTheConfiguredRate() throws IOException {
        List<String> readings = allReadings();
        long unique = new HashSet<>(readings).size();
        double rate = (readings.size() - unique) / (double) unique;
        assertEquals(SMALL.gateways().duplicateProbability(), rate, 0.015, "duplicate rate " + rate);
    }

    @Test
    void aSilentTagStopsTransmittingButKeepsItsTruth() throws IOException {
        Instant silentAt = SMALL.start().plusSeconds(30);
        List<Reading> pump = readingsOf("pump-002");
        assertFalse(pump.isEmpty());
        long maxSkew = SMALL.gateways().maxClockSkewMillis();
        assertTrue(pump.stream().allMatch(r -> r.time().isBefore(silentAt.plusMillis(maxSkew))));
        assertTrue(RUN.truth.stream().filter(t -> t.contains("\"pump-002\"")).count() >= 119);
    }

    @Test
    void eventsArriveAsStatusMessagesAndSilenceIsNotReported() throws IOException {
        Set<String> events = new HashSet<>();
        for (RecordingOutput.Message status : RUN.statuses) {
            JsonNode root = JSON.readTree(status.json());
            assertEquals(status.gatewayId(), root.get("gateway").asText());
            root.get("tags").forEach(t -> events.add(t.get("tag").asText() + " " + t.get("event").asText()));
            root.get("tags").forEach(t -> Instant.parse(t.get("time").asText()));
        }
        assertEquals(Set.of("nurse-001 duress", "patient-001 low-battery"), events);
    }

    private static List<String> allReadings() throws IOException {
        List<String> readings = new ArrayList<>();
        for (RecordingOutput.Message batch : RUN.batches) {
            JSON.readTree(batch.json()).get("readings").forEach(r -> readings.add(r.toString()));
        }
        return readings;
    }

    private static List<Reading> readingsOf(String tagId) throws IOException {
        List<Reading> readings = new ArrayList<>();
        for (String json : allReadings()) {
            Reading reading = ReadingCodec.decode(JSON.readTree(json)).reading();
            if (reading.tagId().equals(tagId)) {
                readings.add(reading);
            }
        }
        return readings;
    }
}
