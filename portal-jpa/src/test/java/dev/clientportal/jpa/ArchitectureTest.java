package dev.clientportal.jpa;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.clientportal.core.testing.PortalApiRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * portal-jpa knows core's API and the Jakarta Persistence API, never a provider: it must run on whichever Hibernate
 * (6.6 or 7) the host brings.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clientportal.jpa");
    private static final JavaClasses PLANTED = new ClassFileImporter()
            .importPackages("dev.clientportal.jpa.archviolation");

    /** What adapter code may use: core, itself, the JPA API, Jackson, Caffeine, SLF4J and the JDK. */
    static ArchRule onlyCoreTheJpaApiAndTheJdk(String packageName) {
        return classes().that().resideInAPackage(packageName + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.clientportal.core..", "dev.clientportal.jpa..", "jakarta.persistence..",
                        "com.fasterxml.jackson..", "com.github.benmanes.caffeine..", "org.slf4j..", "java..")
                .because("an adapter knows core and its one technology, and the host picks the JPA provider");
    }

    @Test
    void mainCodeUsesOnlyCoreTheJpaApiAndTheJdk() {
        assertThat(MAIN.contain(JpaWorkspaces.class)).isTrue();
        onlyCoreTheJpaApiAndTheJdk("dev.clientportal.jpa").check(MAIN);
    }

    @Test
    void theRuleCatchesAPlantedUseOfHibernate() {
        EvaluationResult result = onlyCoreTheJpaApiAndTheJdk("dev.clientportal.jpa.archviolation").evaluate(PLANTED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("org.hibernate"));
    }

    @Test
    void mainCodeUsesOnlyTheApiOfCore() {
        PortalApiRules.onlyTheApiOfCore("dev.clientportal.jpa").check(MAIN);
    }
}
