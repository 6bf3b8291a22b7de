package io.sextant.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.sextant.app.LiveLocations;
import io.sextant.engine.UwbStage;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.WallCrossing;
import io.sextant.testing.DemoHospital;

/** Bad input is refused with its reason and recorded; the good readings beside it still count. */
@QuarkusTest
class DeadLetterTest {

    private static final String READINGS = "sextant/v1/general/gateways/gw-dl/readings";

    @Inject
    IngestEntryPoint ingest;

    @Inject
    LiveLocations locations;

    @Inject
    DataSource dataSource;

    @Test
    void everyBadReadingIsDeadLetteredWithItsReasonAndTheGoodOnesAreLocated() throws Exception {
        String sender = "gw-" + UUID.randomUUID();
        Instant now = Instant.now();
        StringBuilder good = new StringBuilder();

        for (String anchor : new String[] { "uwb-1-01", "uwb-1-02", "uwb-1-03", "uwb-1-04", "uwb-1-05", "uwb-1-06" }) {
            good.append(reading("t-dl", anchor, 6.0, "\"" + now + "\"")).append(',');
        }
        String batch = "{\"gateway\":\"gw-dl\",\"readings\":[" + good
                + reading("t-dl", "no-such-anchor", 5, "\"" + now + "\"") + ","
                + reading("t-dl", "uwb-1-01", 5, "\"" + now.plusSeconds(3600) + "\"") + ","
                + reading("t-dl", "uwb-1-01", 5, "\"" + now.minusSeconds(86_400) + "\"") + ","
                + reading("t-dl", "uwb-1-01", -5, "\"" + now + "\"") + ","
                + reading("t dl", "uwb-1-01", 5, "\"" + now + "\"") + ","
                + reading("t-dl", "uwb-1-01", 5, "\"yesterday\"") + ","
                + "{\"type\":\"wifi\",\"tag\":\"t-dl\",\"time\":0},"
                + "{\"tag\":\"t-dl\",\"anchor\":\"uwb-1-01\",\"range_m\":5,\"time\":0},"
                + "\"not an object\",42,null]}";
        IngestEntryPoint.Outcome outcome = accept(sender, READINGS, batch);
        IngestEntryPoint.Received received = assertInstanceOf(IngestEntryPoint.Received.class, outcome);
        assertEquals(6, received.readings());
        assertEquals(11, received.rejectedReadings());

        accept(sender, READINGS, "{\"readings\": [");
        accept(sender, READINGS, "{\"gateway\":\"gw-dl\"}");
        accept(sender, "sextant/v1/nowhere/gateways/gw-dl/readings", "{\"readings\":[]}");
        accept(sender, "sextant/v1/general/sensors/gw-dl/readings", "{}");
        accept(sender, READINGS, "");

        Map<String, Integer> expected = new TreeMap<>(Map.of("unknown-device", 1, "time-in-future", 1, "too-late", 1,
                "out-of-range", 1, "invalid-id", 1, "invalid-time", 1, "unknown-type", 1, "malformed-reading", 4,
                "malformed-json", 1, "malformed-batch", 1));
        expected.putAll(Map.of("unknown-site", 1, "unknown-topic", 1, "empty-payload", 1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(expected, reasons(sender)));
        await().atMost(Duration.ofSeconds(10)).until(() -> locations.latest("general", "t-dl").isPresent());
    }

    private IngestEntryPoint.Outcome accept(String sender, String topic, String payload) throws Exception {
        return ingest.accept(new InboundMessage("test", sender, topic, payload.getBytes(StandardCharsets.UTF_8), 1, Instant.now()))
                .toCompletableFuture().get();
    }

    private static String reading(String tag, String anchor, double range, String time) {
        return "{\"type\":\"uwb-range\",\"tag\":\"" + tag + "\",\"anchor\":\"" + anchor + "\",\"range_m\":" + range
                + ",\"time\":" + time + "}";
    }

    private Map<String, Integer> reasons(String sender) throws Exception {
        Map<String, Integer> reasons = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select reason, count(*) from dead_letter where sender = '" + sender + "' group by reason")) {
            while (rs.next()) {
                reasons.put(rs.getString(1), rs.getInt(2));
            }
        }
        return reasons;
    }
}
