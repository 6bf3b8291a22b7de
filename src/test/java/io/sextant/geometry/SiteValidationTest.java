package io.sextant.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.sextant.testing.ScenarioCase;

class SiteValidationTest {

    /** Each file's problems are exactly its expectations: every one found, nothing else reported. */
    @ParameterizedTest
    @ValueSource(strings = { "hospital-is-clean", "invalid-polygons", "zones-outside-outline", "overlapping-zones",
            "duplicate-ids", "devices-outside-outline", "openings", "floor-links", "nesting" })
    void findsExactlyTheExpectedProblems(String name) {
        Scenario scenario = Scenario.read("validation/" + name + ".cases");
        List<Problem> unmatched = new ArrayList<>(SiteValidation.validate(scenario.site()));
        for (ScenarioCase expected : scenario.cases()) {
            assertEquals("expect", expected.keyword(), expected.where());
            Optional<Problem> match = unmatched.stream().filter(p -> p.featureId().equals(expected.text(0))
                    && p.message().contains(expected.text(1))).findFirst();
            assertTrue(match.isPresent(), expected.where() + ": expected " + expected + " among " + unmatched);
            unmatched.remove(match.get());
        }
        assertEquals(List.of(), unmatched, "problems not expected");
    }
}
