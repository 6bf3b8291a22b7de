package io.sextant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** The plain stages stay plain: no framework types in geometry, engine and events. */
class ArchitectureTest {

    private static final String[] PLAIN = { "io.sextant.geometry..", "io.sextant.engine..", "io.sextant.events.." };

    static final ArchRule PLAIN_STAGES_USE_NO_FRAMEWORK = noClasses()
            .that().resideInAnyPackage(PLAIN)
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.vertx..", "org.hibernate..", "jakarta..")
            .allowEmptyShould(true)
            .because("geometry, engine and events are plain Java (+ JTS): fast, and testable without a container");

    static final ArchRule PLAIN_STAGES_DO_NOT_REACH_INTO_THE_EDGES = noClasses()
            .that().resideInAnyPackage(PLAIN)
            .should().dependOnClassesThat().resideInAnyPackage("io.sextant.app..", "io.sextant.api..",
                    "io.sextant.ingest..", "io.sextant.store..", "io.sextant.security..")
            .allowEmptyShould(true)
            .because("the plain stages know nothing of transports, storage or wiring");

    @Test
    void plainStagesUseNoFramework() {
        PLAIN_STAGES_USE_NO_FRAMEWORK.check(productionClasses());
    }

    @Test
    void plainStagesDoNotReachIntoTheEdges() {
        PLAIN_STAGES_DO_NOT_REACH_INTO_THE_EDGES.check(productionClasses());
    }

    @Test
    void theRuleCatchesAFrameworkImport() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.sextant.engine.archfixture");
        AssertionError e = assertThrows(AssertionError.class, () -> PLAIN_STAGES_USE_NO_FRAMEWORK.check(fixture));
        assertTrue(e.getMessage().contains("io.vertx.core.Vertx"), e.getMessage());
    }

    private static JavaClasses productionClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.sextant");
    }
}
