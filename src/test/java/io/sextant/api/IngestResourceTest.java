package io.sextant.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sextant.security.Roles;
import io.sextant.testing.TestTokens;

/** HTTP ingest takes the MQTT batch format and applies the same checks. */
@QuarkusTest
class IngestResourceTest {

    private static final String PATH = "/api/v1/sites/general/gateways/gw-http/readings";

    @Test
    void aBatchIsTakenReadingByReading() {
        String now = Instant.now().toString();
        String batch = "{\"gateway\":\"gw-http\",\"readings\":["
                + "{\"type\":\"ble-rssi\",\"tag\":\"b-http\",\"receiver\":\"ble-room-101\",\"rssi_dbm\":-60,\"time\":\"" + now + "\"},"
                + "{\"type\":\"ble-rssi\",\"tag\":\"b-http\",\"receiver\":\"nowhere\",\"rssi_dbm\":-60,\"time\":\"" + now + "\"}]}";
        given().header("Authorization", TestTokens.bearer(Roles.GATEWAY)).contentType(ContentType.JSON).body(batch)
                .when().post(PATH).then()
                .statusCode(202)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(1));
    }

    @Test
    void aBrokenBatchIsAProblem() {
        given().header("Authorization", TestTokens.bearer(Roles.GATEWAY)).contentType(ContentType.JSON).body("{\"readings\": [")
                .when().post(PATH).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", startsWith("malformed-json"));
    }

    @Test
    void onlyGatewaysAndAdminsPost() {
        given().header("Authorization", TestTokens.bearer(Roles.STAFF)).contentType(ContentType.JSON).body("{\"readings\":[]}")
                .when().post(PATH).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"readings\":[]}").when().post(PATH).then().statusCode(401);
    }
}
