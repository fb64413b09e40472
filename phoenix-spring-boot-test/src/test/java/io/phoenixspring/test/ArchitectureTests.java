package io.phoenixspring.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The test helpers use only the framework's public API. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.phoenixspring.test");

    @Test
    void testHelpersDoNotReachIntoInternals() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.phoenixspring..internal..")
                .check(CLASSES);
    }

    @Test
    void testHelpersUseOnlyTheCustomizerTypesOfAutoConfiguration() {
        noClasses()
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "auto-configuration classes other than customizers",
                        (com.tngtech.archunit.core.domain.JavaClass c) ->
                                c.getPackageName().startsWith("io.phoenixspring.autoconfigure")
                                        && !c.getSimpleName().endsWith("Customizer")))
                .check(CLASSES);
    }
}
