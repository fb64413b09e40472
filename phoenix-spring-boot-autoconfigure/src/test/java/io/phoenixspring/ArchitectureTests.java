package io.phoenixspring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layering rules of the framework's packages. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.phoenixspring");

    private static final List<String> CORE = List.of(
            "conn",
            "plug",
            "router",
            "controller",
            "view",
            "endpoint",
            "socket",
            "channel",
            "pubsub",
            "presence",
            "token",
            "telemetry");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.phoenixspring.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void corePackagesDoNotDependOnSpringBootOrAutoConfiguration() {
        for (String core : CORE) {
            noClasses()
                    .that()
                    .resideInAPackage("io.phoenixspring." + core + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.springframework.boot..", "io.phoenixspring.autoconfigure..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    /** The socket transports run the channel servers: for this rule, socket and channel are one concern. */
    private static final java.util.Map<String, List<String>> SHARED_INTERNALS =
            java.util.Map.of("channel", List.of("socket"));

    @Test
    void internalPackagesAreUsedOnlyByTheirConcernOrAutoConfiguration() {
        for (String core : CORE) {
            java.util.List<String> allowed = new java.util.ArrayList<>(
                    List.of("io.phoenixspring." + core + "..", "io.phoenixspring.autoconfigure.."));
            SHARED_INTERNALS.getOrDefault(core, List.of()).forEach(p -> allowed.add("io.phoenixspring." + p + ".."));
            noClasses()
                    .that()
                    .resideOutsideOfPackages(allowed.toArray(String[]::new))
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("io.phoenixspring." + core + ".internal..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void micrometerIsUsedOnlyByTheTelemetryBridge() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.phoenixspring.autoconfigure.telemetry..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.micrometer..")
                .check(CLASSES);
    }
}
