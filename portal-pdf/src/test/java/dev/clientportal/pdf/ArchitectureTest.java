package dev.clientportal.pdf;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.clientportal.core.testing.PortalApiRules;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** portal-pdf knows core and its one technology, OpenPDF (plus the QR encoder OpenPDF lacks), and nothing else. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clientportal.pdf");
    private static final JavaClasses PLANTED = new ClassFileImporter()
            .importPackages("dev.clientportal.pdf.archviolation");

    /** The packages adapter code may use: core, itself, OpenPDF, the QR encoder, SLF4J, Caffeine and the JDK. */
    static ArchRule onlyCoreOpenPdfAndTheJdk(String packageName) {
        return classes().that().resideInAPackage(packageName + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.clientportal.core..", "dev.clientportal.pdf..",
                        "com.lowagie..", "io.nayuki.qrcodegen..",
                        "org.slf4j..", "com.github.benmanes.caffeine..", "org.jspecify.annotations..",
                        "java..", "javax.imageio..")
                .because("an adapter knows core and its one technology (DESIGN.md, dependency rule)");
    }

    @Test
    void mainCodeDependsOnlyOnCoreOpenPdfSlf4jCaffeineAndTheJdk() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clientportal.pdf");

        assertThat(main.contain(OpenPdfRenderer.class)).isTrue();
        onlyCoreOpenPdfAndTheJdk("dev.clientportal.pdf").check(main);
    }

    @Test
    void theRuleCatchesAPlantedDependencyOnAnotherPdfLibrary() {
        JavaClasses planted = new ClassFileImporter().importPackages("dev.clientportal.pdf.archviolation");

        EvaluationResult result = onlyCoreOpenPdfAndTheJdk("dev.clientportal.pdf.archviolation").evaluate(planted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("org.apache.pdfbox"));
    }

    /** Only the entry point of the module is public: its package holds nothing else a host could come to rely on. */
    static ArchRule onlyTheRendererIsPublic(String packageName) {
        return classes().that().doNotHaveFullyQualifiedName(OpenPdfRenderer.class.getName())
                .and().resideInAPackage(packageName).and().areTopLevelClasses()
                .should().notBePublic()
                .as("only OpenPdfRenderer is public in " + packageName)
                .allowEmptyShould(false);
    }

    @Test
    void onlyTheRendererIsPublic() {
        onlyTheRendererIsPublic("dev.clientportal.pdf").check(MAIN);
    }

    @Test
    void onlyTheRendererIsPublic_catchesAPlantedPublicClass() {
        EvaluationResult result = onlyTheRendererIsPublic("dev.clientportal.pdf.archviolation").evaluate(PLANTED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("ReadsPdfWithPdfBox"));
    }

    @Test
    void theRendererUsesOnlyTheApiOfCore() {
        PortalApiRules.onlyTheApiOfCore("dev.clientportal.pdf").check(MAIN);
    }

    @Test
    void theApiRuleCatchesAPlantedUseOfCoresWiring() {
        EvaluationResult result = PortalApiRules.onlyTheApiOfCore("dev.clientportal.pdf.archviolation")
                .evaluate(PLANTED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("WiresThePortalItself") && line.contains("PortalRuntime"))
                .anyMatch(line -> line.contains("WiresThePortalItself") && line.contains("InvoicingWiring"));
    }
}
