package io.sextant.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    @Test
    void environmentNamesFollowQuarkusRules() {
        assertEquals("QUARKUS_DATASOURCE_JDBC_URL", LaunchSettings.envName("quarkus.datasource.jdbc.url"));
        assertEquals("SEXTANT_DATA_DIR", LaunchSettings.envName("sextant.data-dir"));
    }

    @Test
    void reactiveUrlIsTheJdbcUrlWithoutPrefix() {
        assertEquals("postgresql://db.example:5432/sextant?sslmode=require",
                LaunchSettings.reactiveUrlOf("jdbc:postgresql://db.example:5432/sextant?sslmode=require"));
    }
}
