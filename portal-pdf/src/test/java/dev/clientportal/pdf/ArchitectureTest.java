package dev.clientportal.pdf;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** portal-pdf knows core and its one technology, OpenPDF (plus the QR encoder OpenPDF lacks), and nothing else. */
class ArchitectureTest {

    /** The packages adapter code may use: core, itself, OpenPDF, the QR encoder, SLF4J, Caffeine and the JDK. */
    static ArchRule onlyCoreOpenPdfAndTheJdk(String packageName) {
        return classes().that().resideInAPackage(packageName + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.clientportal.core..", "dev.clientportal.pdf..",
                        "com.lowagie..", "io.nayuki.qrcodegen..",
                        "org.slf4j..", "com.github.benmanes.caffeine..",
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

    @Test
    void onlyTheRendererIsPublic() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clientportal.pdf");

        classes().that().doNotHaveFullyQualifiedName(OpenPdfRenderer.class.getName())
                .and().resideInAPackage("dev.clientportal.pdf").and().areTopLevelClasses()
                .should().notBePublic()
                .check(main);
    }
}
