package dev.clientportal.pdf;

import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.SignatureCertificate;
import dev.clientportal.core.document.StatusMark;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.core.workspace.PaymentTerms;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LabelsTest {

    /**
     * The phrases a language writes exactly as English does, because the word is the same ("Total" in Spanish,
     * "Version" in German). Any other phrase equal to the English text is a phrase nobody translated.
     */
    private static final Map<String, Set<Phrase>> SAME_AS_ENGLISH = Map.of(
            "de", EnumSet.of(Phrase.STATUS, Phrase.VERSION),
            "fr", EnumSet.of(Phrase.CERTIFICATE_REFERENCE, Phrase.CLIENT, Phrase.VERSION, Phrase.SIGNATURE_COUNT, Phrase.SIGNATURES,
                    Phrase.DOCUMENT, Phrase.COLUMN_DATE),
            "es", EnumSet.of(Phrase.SUBTOTAL, Phrase.TOTAL),
            "pl", EnumSet.noneOf(Phrase.class),
            "pt", EnumSet.of(Phrase.SUBTOTAL, Phrase.TOTAL));

    @Test
    void sixLanguages_englishFirst() {
        assertThat(Labels.LANGUAGES).extracting(labels -> labels.language().getLanguage())
                .containsExactly("en", "de", "fr", "es", "pl", "pt");
        assertThat(SAME_AS_ENGLISH).containsOnlyKeys("de", "fr", "es", "pl", "pt");
    }

    @Test
    void everyLanguageSaysEveryPhrase_withTheEnglishPlaceholders() {
        for (Labels labels : Labels.LANGUAGES) {
            for (Phrase phrase : Phrase.values()) {
                String text = labels.get(phrase);
                assertThat(text).as("%s %s", labels.language(), phrase).isNotBlank();
                assertThat(Labels.placeholders(text)).as("placeholders of %s %s", labels.language(), phrase)
                        .isEqualTo(Labels.placeholders(phrase.english()));
            }
        }
    }

    @Test
    void noLanguageLeavesAPhraseInEnglish_butForWordsItSharesWithEnglish() {
        for (Labels labels : Labels.LANGUAGES.subList(1, Labels.LANGUAGES.size())) {
            Set<Phrase> allowed = SAME_AS_ENGLISH.get(labels.language().getLanguage());
            List<Phrase> untranslated = new ArrayList<>();
            for (Phrase phrase : Phrase.values()) {
                if (labels.get(phrase).equals(phrase.english()) && !allowed.contains(phrase)) {
                    untranslated.add(phrase);
                }
            }
            assertThat(untranslated).as("phrases %s prints in English", labels.language()).isEmpty();
            for (Phrase phrase : allowed) {
                assertThat(labels.get(phrase)).as("%s %s is listed as the English word", labels.language(), phrase)
                        .isEqualTo(phrase.english());
            }
        }
    }

    @Test
    void everyStatusMethodMovementAndPartyHasWordsInEveryLanguage() {
        for (Labels labels : Labels.LANGUAGES) {
            for (StatusMark mark : StatusMark.values()) {
                assertThat(labels.mark(mark).isBlank()).as("%s %s", labels.language(), mark)
                        .isEqualTo(mark == StatusMark.NONE);
            }
            for (PaymentMethod method : PaymentMethod.values()) {
                assertThat(labels.method(method)).isNotBlank();
            }
            for (StatementLine.Kind kind : StatementLine.Kind.values()) {
                assertThat(labels.movement(kind)).isNotBlank();
            }
            for (AgreementStatus status : AgreementStatus.values()) {
                assertThat(labels.agreementStatus(status)).isNotBlank();
            }
            for (SignatureCertificate.Party party : SignatureCertificate.Party.values()) {
                assertThat(labels.party(party)).isNotBlank();
            }
        }
    }

    @Test
    void theLocalesLanguageChooses_anyRegion_andOtherLanguagesPrintEnglish() {
        assertThat(Labels.of(Locale.GERMANY).get(Phrase.NOUN_INVOICE)).isEqualTo("Rechnung");
        assertThat(Labels.of(Locale.forLanguageTag("de-AT")).get(Phrase.NOUN_INVOICE)).isEqualTo("Rechnung");
        assertThat(Labels.of(Locale.CANADA_FRENCH).get(Phrase.NOUN_INVOICE)).isEqualTo("Facture");
        assertThat(Labels.of(Locale.forLanguageTag("es-MX")).get(Phrase.NOUN_INVOICE)).isEqualTo("Factura");
        assertThat(Labels.of(Locale.forLanguageTag("pl-PL")).get(Phrase.NOUN_INVOICE)).isEqualTo("Faktura");
        assertThat(Labels.of(Locale.forLanguageTag("pt-BR")).get(Phrase.NOUN_INVOICE)).isEqualTo("Fatura");
        assertThat(Labels.of(Locale.UK)).isSameAs(Labels.ENGLISH);
        assertThat(Labels.of(Locale.ITALY)).isSameAs(Labels.ENGLISH);
        assertThat(Labels.of(Locale.JAPAN)).isSameAs(Labels.ENGLISH);
        assertThat(Labels.of(Locale.ROOT)).isSameAs(Labels.ENGLISH);
    }

    @Test
    void placeholdersAreFilledInTheLanguagesOrder() {
        assertThat(Labels.of(Locale.GERMAN).get(Phrase.PLEASE_PAY, "30 Tage netto", "1.234,50 €", "01.04.2026",
                "INV-7")).isEqualTo("Zahlungsziel: 30 Tage netto. Bitte überweisen Sie 1.234,50 € bis zum 01.04.2026 "
                + "und geben Sie INV-7 als Verwendungszweck an.");
        assertThat(Labels.ENGLISH.get(Phrase.X_OF_Y, 2, 3)).isEqualTo("2 of 3");
        assertThat(Labels.of(Locale.FRENCH).get(Phrase.PAGE_OF, 4)).isEqualTo("Page 4 sur ");
        assertThat(Labels.ENGLISH.get(Phrase.APPLIED_TO_INVOICE, "{1}")).as("a value is never read as a placeholder")
                .isEqualTo("Invoice {1}");
    }

    @Test
    void paymentTermsArePrintedFromTheirKindAndDays() {
        Labels german = Labels.of(Locale.GERMAN);
        assertThat(german.terms(PaymentTerms.net(14))).isEqualTo("14 Tage netto");
        assertThat(german.terms(PaymentTerms.dueOnReceipt())).isEqualTo("Sofort fällig");
        assertThat(german.terms(PaymentTerms.endOfMonthPlus(0))).isEqualTo("Monatsende");
        assertThat(german.terms(PaymentTerms.endOfMonthPlus(15))).isEqualTo("Monatsende + 15 Tage");
        assertThat(Labels.ENGLISH.terms(PaymentTerms.net(30))).isEqualTo("Net 30");
        assertThat(Labels.of(Locale.FRENCH).terms(PaymentTerms.net(30))).isEqualTo("30 jours net");
        assertThat(Labels.of(new Locale("pl")).terms(PaymentTerms.net(30))).isEqualTo("Przelew 30 dni");
    }

    @Test
    void aTranslationMissingAPhraseOrAPlaceholder_isRefusedWhenBuilt() {
        assertThatIllegalStateException().isThrownBy(() -> Labels.checked(Locale.ITALIAN, Map.of()))
                .withMessageContaining("NOUN_INVOICE");
        Map<Phrase, String> lostPlaceholder = new java.util.EnumMap<>(Phrase.class);
        for (Phrase phrase : Phrase.values()) {
            lostPlaceholder.put(phrase, phrase.english());
        }
        lostPlaceholder.put(Phrase.PLEASE_PAY, "Pagare {0} entro {2}.");
        assertThatIllegalStateException().isThrownBy(() -> Labels.checked(Locale.ITALIAN, lostPlaceholder))
                .withMessageContaining("PLEASE_PAY");
    }
}
