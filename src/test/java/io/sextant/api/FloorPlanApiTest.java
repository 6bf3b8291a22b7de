package io.sextant.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sextant.security.Roles;
import io.sextant.testing.TestTokens;

/** Import, validation, revisions and reading of floor plans, on a small two-floor building. */
@QuarkusTest
class FloorPlanApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String admin = TestTokens.bearer(Roles.ADMIN);
    private String site;

    @BeforeEach
    void createSiteAndBuilding() {
        site = "test-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", admin).contentType(ContentType.JSON).body("{\"name\":\"Test site\"}")
                .when().put("/api/v1/sites/" + site).then().statusCode(200);
        given().header("Authorization", admin).contentType(ContentType.JSON).body("{\"name\":\"Mini\"}")
                .when().put("/api/v1/sites/" + site + "/buildings/mini").then().statusCode(200);
    }

    @Test
    void validBuildingImportsAndReadsBackLosslessly() throws IOException {
        JsonNode floor0 = fixture("mini-0.geojson");
        JsonNode floor1 = fixture("mini-1.geojson");
        importBoth(floor0, floor1).statusCode(200)
                .body("revisions.m0", equalTo(1))
                .body("revisions.m1", equalTo(1));

        String back = given().header("Authorization", TestTokens.bearer(Roles.STAFF))
                .when().get("/api/v1/sites/" + site + "/floors/m1/plan").then()
                .statusCode(200).contentType("application/geo+json").extract().asString();
        assertEquals(floor1, JSON.readTree(back));

        given().header("Authorization", TestTokens.bearer(Roles.STAFF)).when().get("/api/v1/sites/" + site).then()
                .statusCode(200)
                .body("buildings[0].floors.id", equalTo(List.of("m0", "m1")))
                .body("georeference.controlPoints", equalTo(3))
                .body("georeference.rmsResidualMetres", lessThan(0.05f));
    }

    @Test
    void invalidPlanListsEveryProblemAndChangesNothing() throws IOException {
        importBoth(fixture("mini-0.geojson"), fixture("mini-1.geojson")).statusCode(200);

        given().header("Authorization", admin).contentType("application/geo+json").body(fixture("mini-1-invalid.geojson").toString())
                .when().put("/api/v1/sites/" + site + "/buildings/mini/floors/m1/plan").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.feature", hasItems("m1-lounge", "m1-room-a"))
                .body("errors.find { it.feature == 'm1-lounge' }.message", equalTo("unknown zone subtype 'lounge'"))
                .body("errors.find { it.feature == 'm1-room-a' }.message", equalTo("duplicate feature id"));

        given().header("Authorization", admin).when().get("/api/v1/sites/" + site + "/floors/m1/plan/revisions").then()
                .statusCode(200).body("revision", equalTo(List.of(1)));
    }

    @Test
    void geometricProblemsAreAllListedWithTheirFeatures() throws IOException {
        importBoth(fixture("mini-0.geojson"), fixture("mini-1.geojson")).statusCode(200);
        JsonNode invalid = fixture("mini-1-invalid.geojson");
        // Only the geometric faults: drop the two structural ones, which stop validation earlier.
        ((com.fasterxml.jackson.databind.node.ArrayNode) invalid.get("features")).removeIf(
                f -> f.get("id").asText().equals("m1-lounge") || f.get("properties").get("kind").asText().equals("beacon"));

        given().header("Authorization", admin).contentType("application/geo+json").body(invalid.toString())
                .when().put("/api/v1/sites/" + site + "/buildings/mini/floors/m1/plan").then()
                .statusCode(422)
                .body("errors.feature", hasItems("m1-bowtie", "m1-uwb-2", "m1-door-a"))
                .body("errors.feature", hasItem(org.hamcrest.Matchers.anyOf(equalTo("m1-room-b"), equalTo("m1-room-a"))))
                .body("errors.floor", org.hamcrest.Matchers.everyItem(equalTo("m1")));
    }

    @Test
    void everyValidImportIsANewRevisionAndOldOnesStayReadable() throws IOException {
        JsonNode floor0 = fixture("mini-0.geojson");
        JsonNode floor1 = fixture("mini-1.geojson");
        importBoth(floor0, floor1).statusCode(200);
        JsonNode renamed = floor1.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) renamed.get("floor")).put("name", "Level one, renovated");

        given().header("Authorization", admin).contentType("application/geo+json").body(renamed.toString())
                .when().put("/api/v1/sites/" + site + "/buildings/mini/floors/m1/plan").then()
                .statusCode(200).body("revisions.m1", equalTo(2));

        String old = given().header("Authorization", admin).queryParam("revision", 1)
                .when().get("/api/v1/sites/" + site + "/floors/m1/plan").then().statusCode(200).extract().asString();
        assertEquals(floor1, JSON.readTree(old));
        given().header("Authorization", admin).when().get("/api/v1/sites/" + site + "/floors/m1/plan/revisions").then()
                .body("revision", equalTo(List.of(1, 2)))
                .body("active", equalTo(List.of(false, true)));
    }

    @Test
    void aFloorThatStairsDoNotReachIsRefused() throws IOException {
        JsonNode floor1 = fixture("mini-1.geojson");
        ((com.fasterxml.jackson.databind.node.ArrayNode) floor1.get("features")).forEach(f -> {
            if (f.get("id").asText().equals("m1-stairs")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) f.get("properties")).put("connector", "s9");
            }
        });
        importBoth(fixture("mini-0.geojson"), floor1).statusCode(422);
    }

    @Test
    void zonesDevicesAndRoutesOfTheImportedBuilding() throws IOException {
        importBoth(fixture("mini-0.geojson"), fixture("mini-1.geojson")).statusCode(200);
        String staff = TestTokens.bearer(Roles.STAFF);
        given().header("Authorization", staff).queryParam("floor", "m0").queryParam("subtype", "room")
                .when().get("/api/v1/sites/" + site + "/zones").then()
                .statusCode(200).body("id", containsInAnyOrder("m0-room-a", "m0-room-c"));
        given().header("Authorization", staff).when().get("/api/v1/sites/" + site + "/zones/m0-bay-c1").then()
                .statusCode(200).body("parent", equalTo("m0-room-c")).body("areaSquareMetres", equalTo(6.0f));
        given().header("Authorization", staff).queryParam("kind", "anchor")
                .when().get("/api/v1/sites/" + site + "/devices").then().statusCode(200).body("$", hasSize(8));
        given().header("Authorization", staff).when().get("/api/v1/sites/" + site + "/devices/m1-ble-a").then()
                .statusCode(200).body("kind", equalTo("receiver")).body("pathLossExponent", equalTo(2.2f));

        // Room 1A (upstairs) to room 0C: down the corridor, the stairs, and back along the ground floor.
        given().header("Authorization", staff).queryParam("from", "m1,3,8").queryParam("to", "m0,3,2")
                .when().get("/api/v1/sites/" + site + "/route").then()
                .statusCode(200)
                .body("floors", equalTo(List.of("m1", "m0")))
                .body("distanceMetres", greaterThan(30f))
                .body("distanceMetres", lessThan(80f));
    }

    @Test
    void onlyAdminsImport() throws IOException {
        given().header("Authorization", TestTokens.bearer(Roles.STAFF)).contentType("application/geo+json")
                .body(fixture("mini-0.geojson").toString())
                .when().put("/api/v1/sites/" + site + "/buildings/mini/floors/m0/plan").then().statusCode(403);
        given().contentType("application/geo+json").body(fixture("mini-0.geojson").toString())
                .when().put("/api/v1/sites/" + site + "/buildings/mini/floors/m0/plan").then().statusCode(401);
    }

    @Test
    void unknownSiteFloorOrZoneIsA404Problem() {
        given().header("Authorization", admin).when().get("/api/v1/sites/nowhere/zones").then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", admin).when().get("/api/v1/sites/" + site + "/zones/nothing").then().statusCode(404);
        given().header("Authorization", admin).when().get("/api/v1/sites/" + site + "/floors/nothing/plan").then().statusCode(404);
    }

    private ValidatableResponse importBoth(JsonNode floor0, JsonNode floor1) {
        return given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(JSON.createArrayNode().add(floor0).add(floor1).toString())
                .when().put("/api/v1/sites/" + site + "/buildings/mini/plans").then();
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = FloorPlanApiTest.class.getResourceAsStream("/floorplans/" + name)) {
            return JSON.readTree(in);
        }
    }
}
