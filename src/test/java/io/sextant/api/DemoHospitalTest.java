package io.sextant.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sextant.security.Roles;
import io.sextant.testing.TestTokens;

/** The demo hospital loads at start (as in embedded mode), validates, and routes across floors. */
@QuarkusTest
class DemoHospitalTest {

    private final String staff = TestTokens.bearer(Roles.STAFF);

    @Test
    void loadsWithThreeValidatedFloors() {
        given().header("Authorization", staff).when().get("/api/v1/sites/general").then()
                .statusCode(200)
                .body("buildings[0].floors.level", equalTo(List.of(0, 1, 2)))
                .body("buildings[0].floors.revision", equalTo(List.of(1, 1, 1)));
    }

    @Test
    void firstFloorWardHasAtLeast24SingleRoomsEachWithOneReceiver() {
        List<Map<String, Object>> rooms = zones("main-1", "room");
        assertTrue(rooms.size() >= 24, "rooms on the ward: " + rooms.size());
        List<Map<String, Object>> receivers = given().header("Authorization", staff).queryParam("floor", "main-1")
                .queryParam("kind", "receiver").when().get("/api/v1/sites/general/devices").then().statusCode(200)
                .extract().jsonPath().getList("$");
        for (Map<String, Object> room : rooms) {
            @SuppressWarnings("unchecked")
            List<List<Float>> outline = (List<List<Float>>) room.get("outline");
            long inside = receivers.stream().filter(r -> inside(outline, ((Number) r.get("x")).doubleValue(),
                    ((Number) r.get("y")).doubleValue())).count();
            assertEquals(1, inside, "receivers in " + room.get("id"));
        }
    }

    @Test
    void routeFromAWardRoomToTheEmergencyDepartmentTakesStairsOrALift() {
        Map<String, Object> room = zones("main-1", "room").get(0);
        Map<String, Object> bay = zones("main-0", "bay").get(0);
        JsonPath route = given().header("Authorization", staff)
                .queryParam("from", "main-1," + centroid(room))
                .queryParam("to", "main-0," + centroid(bay))
                .when().get("/api/v1/sites/general/route").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("main-1", "main-0"), route.getList("floors"));
        double metres = route.getDouble("distanceMetres");
        assertTrue(metres > 20 && metres < 250, "walking distance " + metres + " m");
    }

    private List<Map<String, Object>> zones(String floor, String subtype) {
        return given().header("Authorization", staff).queryParam("floor", floor).queryParam("subtype", subtype)
                .when().get("/api/v1/sites/general/zones").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @SuppressWarnings("unchecked")
    private static String centroid(Map<String, Object> zone) {
        List<Float> c = (List<Float>) zone.get("centroid");
        return c.get(0) + "," + c.get(1);
    }

    /** Even-odd ray casting over the outline ring. */
    private static boolean inside(List<List<Float>> ring, double x, double y) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double xi = ring.get(i).get(0), yi = ring.get(i).get(1), xj = ring.get(j).get(0), yj = ring.get(j).get(1);
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }
}
