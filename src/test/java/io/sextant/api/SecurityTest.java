package io.sextant.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sextant.security.Roles;
import io.sextant.testing.EmbeddedPostgresResource;
import io.sextant.testing.TestTokens;

/** Every endpoint but health, metrics and the API description needs a valid bearer token. */
@QuarkusTest
class SecurityTest {

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi" })
    void operationalEndpointsAreOpen(String path) {
        given().when().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/system", "/api/v1/auth/me" })
    void everythingElseNeedsAToken(String path) {
        given().when().get(path).then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void missingTokenIsAProblemDocument() {
        given().when().get("/api/v1/system").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("detail", containsString("/api/v1/auth/token"));
    }

    @Test
    void forgedExpiredAndForeignTokensAreRefused() {
        for (String token : new String[] { TestTokens.forged(Roles.ADMIN), TestTokens.expired(Roles.ADMIN),
                TestTokens.wrongIssuer(Roles.ADMIN), "not-a-jwt" }) {
            given().auth().oauth2(token).when().get("/api/v1/system").then().statusCode(401);
        }
    }

    @Test
    void wrongRoleIsForbidden() {
        given().header("Authorization", TestTokens.bearer(Roles.STAFF)).when().get("/api/v1/system").then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void adminSeesTheSystemStatus() {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN)).when().get("/api/v1/system").then()
                .statusCode(200)
                .body("storage.dialect", equalTo("postgres"))
                .body("mqtt.listening", equalTo(true))
                .body("mqtt.listenerPort", notNullValue());
    }

    @Test
    void theFirstAdminLogsInWithThePasswordGivenAtFirstStart() {
        String token = given().contentType(ContentType.JSON)
                .body("{\"username\":\"admin\",\"password\":\"" + EmbeddedPostgresResource.ADMIN_PASSWORD + "\"}")
                .when().post("/api/v1/auth/token").then()
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("roles", hasItem("admin"))
                .extract().path("access_token");
        given().auth().oauth2(token).when().get("/api/v1/auth/me").then()
                .statusCode(200)
                .body("username", equalTo("admin"))
                .body("roles", hasItem("admin"));
    }

    @Test
    void wrongPasswordOrUnknownUserGetsNoToken() {
        for (String body : new String[] { "{\"username\":\"admin\",\"password\":\"guess\"}",
                "{\"username\":\"nobody\",\"password\":\"guess\"}" }) {
            given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auth/token").then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void malformedLoginIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"username\":").when().post("/api/v1/auth/token").then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/auth/token").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
