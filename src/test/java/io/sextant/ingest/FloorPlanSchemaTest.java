package io.sextant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON Schema, the demo hospital and the reader agree on the format. */
class FloorPlanSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> floorFiles() throws IOException {
        return Stream.concat(Files.list(Path.of("floorplans", "demo-hospital")),
                Stream.of(Path.of("src/test/resources/floorplans/mini-0.geojson"), Path.of("src/test/resources/floorplans/mini-1.geojson")))
                .filter(p -> p.toString().endsWith(".geojson")).sorted();
    }

    @ParameterizedTest
    @MethodSource("floorFiles")
    void everyShippedPlanSatisfiesTheSchemaAndReadsWithoutProblems(Path file) throws IOException {
        JsonNode document = JSON.readTree(file.toFile());
        Set<ValidationMessage> errors = schema().validate(document);
        assertTrue(errors.isEmpty(), file + ": " + errors);
        FloorPlanReader.Result result = new FloorPlanReader().read(document);
        assertEquals(java.util.List.of(), result.problems(), file.toString());
        assertTrue(result.floor().isPresent());
    }

    @ParameterizedTest
    @MethodSource("floorFiles")
    void theSchemaRefusesAnUnknownSubtype(Path file) throws IOException {
        JsonNode document = JSON.readTree(file.toFile());
        for (JsonNode feature : document.get("features")) {
            if ("zone".equals(feature.path("properties").path("kind").asText())) {
                ((ObjectNode) feature.get("properties")).put("subtype", "lounge");
                break;
            }
        }
        assertFalse(schema().validate(document).isEmpty());
        assertFalse(new FloorPlanReader().read(document).problems().isEmpty());
    }

    private static JsonSchema schema() throws IOException {
        JsonNode schema = JSON.readTree(Path.of("floorplans", "schema", "floorplan.schema.json").toFile());
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }
}
