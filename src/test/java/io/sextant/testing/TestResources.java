package io.sextant.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the test resources for every {@code @QuarkusTest}, so they all share one application. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestResources {

    private TestResources() {
    }
}
