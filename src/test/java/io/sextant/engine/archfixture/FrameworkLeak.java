package io.sextant.engine.archfixture;

/** A deliberate violation: proves {@link io.sextant.ArchitectureTest}'s rule can fail. */
public class FrameworkLeak {

    public io.vertx.core.Vertx vertx() {
        return null;
    }
}
