package io.sextant.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthTest {

    @Test
    void readinessCoversDatabaseAndMqttAndNamesTheDialect() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"))
                .body("checks.name", hasItem("mqtt"))
                .body("checks.find { it.name == 'database' }.data.dialect", equalTo("postgres"))
                .body("checks.find { it.name == 'mqtt' }.data.listener", startsWith("listening on port"));
    }

    @Test
    void metricsArePrometheusText() {
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("sextant_mqtt_listener_connections"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("info.title", equalTo("Sextant API"))
                .body("paths.'/api/v1/auth/token'.post", org.hamcrest.Matchers.notNullValue());
    }
}
