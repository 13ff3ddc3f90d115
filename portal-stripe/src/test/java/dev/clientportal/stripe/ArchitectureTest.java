package dev.clientportal.stripe;

import com.stripe.Stripe;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.clientportal.core.testing.PortalApiRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** portal-stripe knows core and the Stripe SDK, configures the SDK per client only, and uses core's API alone. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clientportal.stripe");
    private static final JavaClasses PLANTED = new ClassFileImporter()
            .importPackages("dev.clientportal.stripe.archviolation");

    /** The packages the adapter may use: core, itself, the Stripe SDK, JSpecify and the JDK. */
    static ArchRule onlyCoreStripeAndTheJdk(String packageName) {
        return classes().that().resideInAPackage(packageName + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.clientportal.core..", "dev.clientportal.stripe..", "com.stripe..",
                        "org.jspecify.annotations..", "java..", "javax.crypto..")
                .because("an adapter knows core and its one technology (DESIGN.md, dependency rule)");
    }

    /** The SDK's static configuration would be shared by every portal in the JVM: one client per configuration. */
    static ArchRule noStaticStripeConfiguration(String packageName) {
        return noClasses().that().resideInAPackage(packageName + "..")
                .should().setField(Stripe.class, "apiKey")
                .because("each StripePaymentGateway has a StripeClient of its own (StripeClient.builder())");
    }

    @Test
    void mainCodeDependsOnlyOnCoreTheStripeSdkAndTheJdk() {
        assertThat(MAIN.contain(StripePaymentGateway.class)).isTrue();
        onlyCoreStripeAndTheJdk("dev.clientportal.stripe").check(MAIN);
    }

    @Test
    void mainCodeNeverConfiguresTheSdkStatically() {
        noStaticStripeConfiguration("dev.clientportal.stripe").check(MAIN);
    }

    @Test
    void mainCodeUsesOnlyTheApiOfCore() {
        PortalApiRules.onlyTheApiOfCore("dev.clientportal.stripe").check(MAIN);
    }

    @Test
    void theRulesCatchPlantedViolations() {
        String planted = "dev.clientportal.stripe.archviolation";

        EvaluationResult dependencies = onlyCoreStripeAndTheJdk(planted).evaluate(PLANTED);
        EvaluationResult statics = noStaticStripeConfiguration(planted).evaluate(PLANTED);
        EvaluationResult api = PortalApiRules.onlyTheApiOfCore(planted).evaluate(PLANTED);

        assertThat(dependencies.getFailureReport().getDetails()).anyMatch(line -> line.contains("wiremock"));
        assertThat(statics.getFailureReport().getDetails()).anyMatch(line -> line.contains("apiKey"));
        assertThat(api.getFailureReport().getDetails()).anyMatch(line -> line.contains("PortalRuntime"));
    }
}
