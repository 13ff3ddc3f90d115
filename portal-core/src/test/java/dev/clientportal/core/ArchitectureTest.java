package dev.clientportal.core;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency and visibility rules of core. Each rule is checked against core's main classes and against the
 * planted violations in {@code dev.clientportal.core.archfixture}, where it must report the violation it is about.
 */
class ArchitectureTest {

    private static final String CORE = "dev.clientportal.core";
    private static final List<String> FEATURE_PACKAGES = Stream.of("kernel", "internal", "workspace", "client",
            "invoice", "payment", "receivables", "audit", "pricing", "money", "memory", "spi", "access", "analytics",
            "clientview", "catalog", "notification", "notices", "files", "messaging", "approval", "quote", "agreement",
            "document", "outbox", "automation", "project", "exports", "health")
            .map(name -> CORE + "." + name).toList();

    private static final JavaClasses CORE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(CORE);
    private static final JavaClasses PLANTED_VIOLATIONS = new ClassFileImporter().importPackages(CORE + ".archfixture");

    @Test
    void coreDependsOnlyOnTheJdkSlf4jCaffeineAndJSpecify() {
        ArchRule rule = classes().that().resideInAPackage(CORE + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(CORE + "..", "java..", "javax.crypto..",
                        "org.slf4j..", "com.github.benmanes.caffeine..", "org.jspecify.annotations..")
                .as("core depends only on the JDK, SLF4J, Caffeine and the JSpecify nullness annotations")
                .because("hosts embed core with any framework; adapters bring their technology")
                .allowEmptyShould(false);
        assertHoldsForCoreAndFlags(rule, "ReachesForATestLibrary");
    }

    @Test
    void coreUsesOnlyTheJdkPackagesALibraryNeeds() {
        ArchRule rule = classes().that().resideInAPackage(CORE + "..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(CORE + "..", "java.lang..", "java.util..",
                        "java.time..", "java.math..", "java.io..", "java.nio..", "java.net..", "java.security..",
                        "java.text..", "javax.crypto..", "org.slf4j..", "com.github.benmanes.caffeine..")
                        .or(resideOutsideOfPackages("java..", "javax..")))
                .as("core uses only the JDK packages a library needs: no java.sql, java.awt, javax.swing, "
                        + "java.beans, java.rmi, javax.naming, …")
                .because("JDBC belongs to portal-jpa, drawing to portal-pdf; core runs anywhere, headless included")
                .allowEmptyShould(false);
        assertHoldsForCoreAndFlags(rule, "java.sql.Timestamp", "java.awt.Color");
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        freeOfCycles(CORE).check(CORE_CLASSES);
        EvaluationResult planted = freeOfCycles(CORE + ".archfixture.cycle").evaluate(PLANTED_VIOLATIONS);
        assertThat(planted.hasViolation()).as("the planted cycle left <-> right is reported").isTrue();
        assertThat(String.join("\n", planted.getFailureReport().getDetails())).contains("Left", "Right");
    }

    /**
     * Nothing in core reaches the composition root: it depends on every feature (to wire them), so a feature that
     * depended on it would close a cycle the slice rule cannot see (the root is no slice of its own).
     */
    @Test
    void noFeaturePackageDependsOnTheCompositionRoot() {
        ArchRule rule = noClasses().that().resideInAPackage(CORE + ".*..")
                .and().resideOutsideOfPackage(CORE + ".memory..")
                .should().dependOnClassesThat().resideInAPackage(CORE)
                .as("no feature package depends on the composition root " + CORE)
                .allowEmptyShould(false);
        rule.check(CORE_CLASSES);
    }

    /** The slices below {@code base} (one per sub-package) depend on each other without cycles. */
    private static ArchRule freeOfCycles(String base) {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles()
                .as("the packages of " + base + " are free of cycles")
                .because("a feature builds on the kernel and on features below it, never back")
                .allowEmptyShould(false);
    }

    @Test
    void noCoreClassDeclaresAFloatingPointFieldParameterOrReturnType() {
        ArchRule rule = classes().that().resideInAPackage(CORE + "..")
                .should(declareNoFloatingPointFieldParameterOrReturnType())
                .as("no class of core declares a float or double field, parameter or return type")
                .because("money is exact: amounts are minor units and BigDecimal")
                .allowEmptyShould(false);
        assertHoldsForCoreAndFlags(rule, "PricesInFloatingPoint.price", "PricesInFloatingPoint.discount(float)",
                "PricesInFloatingPoint.price()");
    }

    @Test
    void noCoreCodeConvertsBetweenBigDecimalAndBinaryFloatingPoint() {
        ArchRule rule = noClasses().that().resideInAPackage(CORE + "..")
                .should().callMethod(BigDecimal.class, "doubleValue")
                .orShould().callMethod(BigDecimal.class, "floatValue")
                .orShould().callMethod(BigDecimal.class, "valueOf", double.class)
                .orShould().callConstructor(BigDecimal.class, double.class)
                .as("no code of core converts a BigDecimal to or from double or float")
                .allowEmptyShould(false);
        assertHoldsForCoreAndFlags(rule, "PricesInFloatingPoint.set(java.math.BigDecimal)");
    }

    @Test
    void classesThatAreNotPublicAreOnlyAccessedFromTheirOwnPackage() {
        ArchRule rule = classes().that().resideInAPackage(CORE + "..").and().areNotPublic()
                .should(beAccessedOnlyFromTheirOwnPackage())
                .as("classes of core that are not public are only accessed from their own package")
                .because("feature packages reach each other only through public types")
                .allowEmptyShould(false);
        assertHoldsForCoreAndFlags(rule, "ReachesIntoAnotherPackage");
    }

    @Test
    void useCaseImplementationsAndInMemoryAdaptersAreNotPublic() {
        ArchRule rule = classes().that().resideInAPackage(CORE + "..")
                .and(simpleNameEndingWith("Service").or(simpleNameStartingWith("InMemory")))
                .and().doNotHaveSimpleName("InMemoryStores")
                .and().resideOutsideOfPackage(CORE + ".internal..")
                .should().notBePublic()
                .as("classes named *Service or InMemory* (except the InMemoryStores entry point, and the @Internal runtime "
                        + "services) are not public")
                .because("hosts use the use-case interfaces and PortalStores, never their implementations")
                .allowEmptyShould(false);
        assertHoldsForCoreAndFlags(rule, "LeakedService");
    }

    @Test
    void onlyTheMemoryPackageKnowsTheInMemoryAdapters() {
        ArchRule rule = noClasses().that().resideInAPackage(CORE + "..")
                .and().resideOutsideOfPackage(CORE + ".memory..")
                .should().dependOnClassesThat().resideInAPackage(CORE + ".memory..")
                .as("no class outside the memory package depends on the in-memory adapters")
                .because("the domain and use cases work with any PortalStores")
                .allowEmptyShould(false);
        assertHoldsForCoreAndFlags(rule, "UsesTheInMemoryAdapter");
    }

    @Test
    void coreClassesLiveInTheRootPackageOrAFeaturePackage() {
        String[] allowed = Stream.concat(Stream.of(CORE), FEATURE_PACKAGES.stream()).toArray(String[]::new);
        ArchRule rule = classes().that().resideInAPackage(CORE + "..")
                .should().resideInAnyPackage(allowed)
                .as("classes of core live in " + CORE + " or one of its feature packages")
                .because("core is packaged by feature; there is no util, common, helper or manager package")
                .allowEmptyShould(false);
        assertHoldsForCoreAndFlags(rule, "LeakedService", "ReachesIntoAnotherPackage", "Internals", "Left");
    }

    @Test
    void everyFeaturePackageTheRulesNameExists() {
        for (String feature : FEATURE_PACKAGES) {
            assertThat(CORE_CLASSES.stream().anyMatch(type -> type.getPackageName().equals(feature)))
                    .as("package %s holds classes", feature).isTrue();
        }
        assertThat(CORE_CLASSES.stream().map(JavaClass::getPackageName)).doesNotContain(CORE + ".archfixture");
    }

    /** The rule holds for core's main classes and reports each named planted violation. */
    private static void assertHoldsForCoreAndFlags(ArchRule rule, String... plantedViolations) {
        rule.check(CORE_CLASSES);
        EvaluationResult planted = rule.evaluate(PLANTED_VIOLATIONS);
        assertThat(planted.hasViolation()).as("'%s' reports the planted violations", rule.getDescription()).isTrue();
        String report = String.join("\n", planted.getFailureReport().getDetails());
        for (String violation : plantedViolations) {
            assertThat(report).as("'%s' reports %s", rule.getDescription(), violation).contains(violation);
        }
    }

    private static ArchCondition<JavaClass> declareNoFloatingPointFieldParameterOrReturnType() {
        return new ArchCondition<>("declare no float or double field, parameter or return type") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaField field : type.getFields()) {
                    if (isFloatingPoint(field.getRawType())) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is "
                                + field.getRawType().getName()));
                    }
                }
                for (JavaCodeUnit codeUnit : type.getCodeUnits()) {
                    if (isFloatingPoint(codeUnit.getRawReturnType())) {
                        events.add(SimpleConditionEvent.violated(codeUnit, codeUnit.getFullName() + " returns "
                                + codeUnit.getRawReturnType().getName()));
                    }
                    for (JavaClass parameter : codeUnit.getRawParameterTypes()) {
                        if (isFloatingPoint(parameter)) {
                            events.add(SimpleConditionEvent.violated(codeUnit, codeUnit.getFullName() + " takes "
                                    + parameter.getName()));
                        }
                    }
                }
            }
        };
    }

    private static boolean isFloatingPoint(JavaClass type) {
        JavaClass base = type.getBaseComponentType();
        return base.isEquivalentTo(double.class) || base.isEquivalentTo(float.class)
                || base.isEquivalentTo(Double.class) || base.isEquivalentTo(Float.class);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only from their own package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesToSelf()) {
                    if (!dependency.getOriginClass().getPackageName().equals(type.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
