package io.phoenixspring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
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

    /**
     * The one sanctioned crossing between concerns' internals: the socket process (Phoenix.Socket) starts and drives
     * channel servers (Phoenix.Channel.Server), which users never see.
     */
    private static final Map<String, String> ALSO_USED_BY = Map.of("channel", "io.phoenixspring.socket.internal..");

    @Test
    void internalPackagesAreUsedOnlyByTheirConcernOrAutoConfiguration() {
        for (String core : CORE) {
            noClasses()
                    .that()
                    .resideOutsideOfPackages(
                            "io.phoenixspring." + core + "..",
                            "io.phoenixspring.autoconfigure..",
                            ALSO_USED_BY.getOrDefault(core, "io.phoenixspring.autoconfigure.."))
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
