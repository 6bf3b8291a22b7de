package io.sextant.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sextant.geometry.Anchor;
import io.sextant.engine.UwbStage;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.WallCrossing;
import io.sextant.ingest.MqttListener;
import io.sextant.ingest.ReadingCodec;
import io.sextant.model.UwbRange;
import io.sextant.security.Roles;
import io.sextant.testing.DemoHospital;
import io.sextant.testing.TestTokens;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;

/** Readings published over MQTT become positions the API shows; a bad reading costs its batch nothing. */
@QuarkusTest
class PositionsApiTest {

    private static final double X = 10.0;
    private static final double Y = 41.5;

    @Inject
    Vertx vertx;

    @Inject
    MqttListener listener;

    @Inject
    MeterRegistry registry;

    @Inject
    javax.sql.DataSource dataSource;

    @Test
    void rangesPublishedByAGatewayBecomeTheTagsPosition() throws Exception {
        FloorPlan floor = DemoHospital.load().floor("main-1").orElseThrow();
        List<Anchor> nearest = floor.anchors().stream()
                .sorted(Comparator.comparingDouble(a -> Math.hypot(a.x() - X, a.y() - Y))).limit(6).toList();
        WallCrossing walls = new WallCrossing(floor);
        MqttClient client = MqttClient.create(vertx, new MqttClientOptions().setClientId("gw-test").setMaxInflightQueue(100));
        client.connect(listener.port(), "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        double rejectedBefore = rejected();
        Instant start = Instant.now();
        for (int round = 0; round < 5; round++) {
            ObjectNode batch = new ObjectMapper().createObjectNode().put("gateway", "gw-test");
            ArrayNode readings = batch.putArray("readings");
            Instant time = start.plusMillis(100L * round);
            for (Anchor a : nearest) {
                // Through a wall a range reads long by the engine's default wall excess, as it assumes.
                double excess = walls.crossesWall(a.x(), a.y(), X, Y) ? UwbStage.WallCorrection.TYPICAL.excessMetres() : 0;
                double range = excess + Math.sqrt(Math.pow(a.x() - X, 2) + Math.pow(a.y() - Y, 2) + Math.pow(a.z() - 1.2, 2));
                readings.add(ReadingCodec.encode(new UwbRange("t-api", a.id(), range, time)));
            }
            readings.addObject().put("type", "uwb-range").put("tag", "t-api").put("range_m", -3).put("time", 0);
            client.publish("sextant/v1/general/gateways/gw-test/readings", Buffer.buffer(batch.toString()),
                    MqttQoS.AT_LEAST_ONCE, false, false).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        client.disconnect();

        String token = TestTokens.bearer(Roles.STAFF);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath fix = given().header("Authorization", token).when().get("/api/v1/sites/general/positions/t-api").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals("main-1", fix.getString("floorId"));
            assertEquals(X, fix.getDouble("x"), 0.3);
            assertEquals(Y, fix.getDouble("y"), 0.3);
            assertEquals("UWB_TWR", fix.getString("technology"));
            assertTrue(fix.get("z") == null, "2D fix: z is null, not NaN");
            assertTrue(fix.getList("zoneIds").contains("ward-1"), fix.prettify());
        });
        given().header("Authorization", token).queryParam("floor", "main-1").when().get("/api/v1/sites/general/positions")
                .then().statusCode(200).body("tagId", hasItem("t-api"));
        await().atMost(Duration.ofSeconds(5)).until(() -> rejected() >= rejectedBefore + 5);

        // Every fix is stored, in the day's partition, and the latest one per tag kept apart.
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from position where tag_id = 't-api'") >= 4);
        assertEquals(0, count("select count(*) from position_default where tag_id = 't-api'"));
        assertEquals(1, count("select count(*) from latest_position where tag_id = 't-api' and floor_id = 'main-1'"));
    }

    private long count(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Inject
    io.sextant.app.LiveLocations locations;

    @Test
    void storedLatestPositionsAreRestoredAtStart() throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("""
                    insert into latest_position (site_id, tag_id, time, building_id, floor_id, x, y, z, accuracy_m, technology,
                                                 sources, residual, zone_ids)
                    values ('general', 't-warm', now(), 'main', 'main-1', 12.5, 30.0, null, 0.4, 'uwb_twr',
                            '{uwb-1-01,uwb-1-02}', 0.05, '{ward-1}')
                    on conflict do nothing""");
        }
        locations.restoreFromStore();
        JsonPath fix = given().header("Authorization", TestTokens.bearer(Roles.STAFF))
                .when().get("/api/v1/sites/general/positions/t-warm").then().statusCode(200).extract().jsonPath();
        assertEquals(12.5, fix.getDouble("x"), 1e-9);
        assertEquals("main-1", fix.getString("floorId"));
        assertTrue(fix.get("z") == null);
    }

    @Test
    void positionsNeedAToken() {
        given().when().get("/api/v1/sites/general/positions").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(Roles.GATEWAY)).when().get("/api/v1/sites/general/positions")
                .then().statusCode(403);
    }

    private double rejected() {
        var counter = registry.find("sextant.ingest.readings").tags("transport", "mqtt-listener", "outcome", "rejected").counter();
        return counter == null ? 0 : counter.count();
    }
}
