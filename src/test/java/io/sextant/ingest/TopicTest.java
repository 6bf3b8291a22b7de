package io.sextant.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicTest {

    @ParameterizedTest
    @CsvSource({
            "sextant/v1/general/gateways/gw-01/readings, general, gw-01, readings",
            "sextant/v1/site_2/gateways/AA.BB.CC/status, site_2, AA.BB.CC, status" })
    void parsesContractTopics(String topic, String site, String gateway, String kind) {
        assertEquals(new Topic(site, gateway, kind), Topic.parse(topic));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "sextant", "sextant/v1/site/gateways/gw/readings/extra", "other/v1/site/gateways/gw/readings",
            "sextant/v1/site/anchors/gw/readings", "sextant/v1//gateways/gw/readings", "sextant/v1/site/gateways/g w/readings",
            "sextant/v1/site/gateways/gw/positions", "sextant/v1/site/gateways/gw/" })
    void rejectsTopicsOutsideTheContract(String topic) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topic.parse(topic));
        assertTrue(e.getMessage().contains("'" + topic + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "sextant/v2/site/gateways/gw/readings" })
    void namesAnUnsupportedVersion(String topic) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Topic.parse(topic));
        assertTrue(e.getMessage().contains("version 'v2'"), e.getMessage());
    }
}
