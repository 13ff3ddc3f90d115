package dev.clientportal.pdf;

import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.SignatureCertificate;
import dev.clientportal.core.document.StatusMark;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.core.workspace.PaymentTerms;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words printed on documents in one language: English, German, French, Spanish, Polish or Portuguese, chosen by
 * the document locale's language (any other language prints English). Amounts and dates follow the full locale
 * through {@link Formats}; these are only the words. One shared instance per language; each is checked when it is
 * built to have every {@link Phrase}, with the same placeholders as the English text.
 */
final class Labels {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    static final Labels ENGLISH = new Labels(Locale.ENGLISH, english());

    /** Every language documents are printed in, English first. */
    static final List<Labels> LANGUAGES = List.of(ENGLISH,
            new Labels(Locale.GERMAN, GermanLabels.TEXT),
            new Labels(Locale.FRENCH, FrenchLabels.TEXT),
            new Labels(new Locale("es"), SpanishLabels.TEXT),
            new Labels(new Locale("pl"), PolishLabels.TEXT),
            new Labels(new Locale("pt"), PortugueseLabels.TEXT));

    private static final Map<String, Labels> BY_LANGUAGE = LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(labels -> labels.language.getLanguage(), Function.identity()));

    private final Locale language;
    private final Map<Phrase, String> text;

    private Labels(Locale language, Map<Phrase, String> text) {
        this.language = language;
        this.text = new EnumMap<>(Phrase.class);
        for (Phrase phrase : Phrase.values()) {
            String translated = text.get(phrase);
            if (translated == null || translated.isBlank()) {
                throw new IllegalStateException(language + " has no text for " + phrase);
            }
            if (!placeholders(translated).equals(placeholders(phrase.english()))) {
                throw new IllegalStateException(language + " text for " + phrase + " has the placeholders "
                        + placeholders(translated) + ", the English text " + placeholders(phrase.english()));
            }
            this.text.put(phrase, translated);
        }
    }

    /** A language's words, refused unless every phrase is there with the English text's placeholders. */
    static Labels checked(Locale language, Map<Phrase, String> text) {
        return new Labels(language, text);
    }

    /** The words of the locale's language; English for a language without a translation. */
    static Labels of(Locale locale) {
        return BY_LANGUAGE.getOrDefault(locale.getLanguage(), ENGLISH);
    }

    /** The language these words are in. */
    Locale language() {
        return language;
    }

    /** A phrase without placeholders. */
    String get(Phrase phrase) {
        String words = text.get(phrase);
        if (words == null) {
            // unreachable: every table is checked for completeness when it is built
            throw new IllegalStateException(language + " has no words for " + phrase);
        }
        return words;
    }

    /** A phrase with {@code {0}}, {@code {1}}, … replaced by the values, in that order. */
    String get(Phrase phrase, Object... values) {
        String template = get(phrase);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        int open = template.indexOf('{');
        while (open >= 0 && open + 2 < template.length()) {
            int index = template.charAt(open + 1) - '0';
            if (template.charAt(open + 2) == '}' && index >= 0 && index < values.length) {
                out.append(template, from, open).append(values[index]);
                from = open + 3;
            }
            open = template.indexOf('{', open + 1);
        }
        return out.append(template, from, template.length()).toString();
    }

    /** "Page 3 of ", to be followed by the page count. */
    String pageOf(int page) {
        return get(Phrase.PAGE_OF, page);
    }

    /** How the payment terms read on a document, e.g. "Net 30" or "30 Tage netto". */
    String terms(PaymentTerms terms) {
        return switch (terms.kind()) {
            case DUE_ON_RECEIPT -> get(Phrase.TERMS_DUE_ON_RECEIPT);
            case NET -> get(Phrase.TERMS_NET, terms.days());
            case END_OF_MONTH -> terms.days() == 0 ? get(Phrase.TERMS_END_OF_MONTH)
                    : get(Phrase.TERMS_END_OF_MONTH_PLUS, terms.days());
        };
    }

    /** The stamp of a status mark; empty for none. */
    String mark(StatusMark mark) {
        return switch (mark) {
            case PAID -> get(Phrase.MARK_PAID);
            case VOID -> get(Phrase.MARK_VOID);
            case OVERDUE -> get(Phrase.MARK_OVERDUE);
            case DRAFT -> get(Phrase.MARK_DRAFT);
            case REFUNDED -> get(Phrase.MARK_REFUNDED);
            case ACCEPTED -> get(Phrase.MARK_ACCEPTED);
            case EXPIRED -> get(Phrase.MARK_EXPIRED);
            case REJECTED -> get(Phrase.MARK_REJECTED);
            case REVERSED -> get(Phrase.MARK_REVERSED);
            case SUPERSEDED -> get(Phrase.MARK_SUPERSEDED);
            case SIGNED -> get(Phrase.MARK_SIGNED);
            case PARTIALLY_SIGNED -> get(Phrase.MARK_PARTIALLY_SIGNED);
            case UNSIGNED -> get(Phrase.MARK_UNSIGNED);
            case NONE -> "";
        };
    }

    String agreementStatus(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> get(Phrase.AGREEMENT_DRAFT);
            case SENT -> get(Phrase.AGREEMENT_SENT);
            case PARTIALLY_SIGNED -> get(Phrase.AGREEMENT_PARTIALLY_SIGNED);
            case SIGNED -> get(Phrase.AGREEMENT_SIGNED);
            case VOID -> get(Phrase.AGREEMENT_VOID);
        };
    }

    /** What a signer signed as, e.g. "client signer" or "countersignature for the business". */
    String party(SignatureCertificate.Party party) {
        return switch (party) {
            case CLIENT -> get(Phrase.PARTY_CLIENT);
            case BUSINESS -> get(Phrase.PARTY_BUSINESS);
        };
    }

    String method(PaymentMethod method) {
        return switch (method) {
            case BANK_TRANSFER -> get(Phrase.METHOD_BANK_TRANSFER);
            case CHECK -> get(Phrase.METHOD_CHECK);
            case CASH -> get(Phrase.METHOD_CASH);
            case CARD -> get(Phrase.METHOD_CARD);
            case DIRECT_DEBIT -> get(Phrase.METHOD_DIRECT_DEBIT);
            case WALLET -> get(Phrase.METHOD_WALLET);
            case OTHER -> get(Phrase.METHOD_OTHER);
        };
    }

    String movement(StatementLine.Kind kind) {
        return switch (kind) {
            case INVOICE -> get(Phrase.MOVEMENT_INVOICE);
            case CREDIT_NOTE -> get(Phrase.MOVEMENT_CREDIT_NOTE);
            case PAYMENT -> get(Phrase.MOVEMENT_PAYMENT);
            case REFUND -> get(Phrase.MOVEMENT_REFUND);
            case VOID -> get(Phrase.MOVEMENT_VOID);
            case LATE_FEE -> get(Phrase.MOVEMENT_LATE_FEE);
        };
    }

    /** The placeholder numbers a text uses, e.g. {@code [0, 1]}. */
    static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static Map<Phrase, String> english() {
        Map<Phrase, String> english = new EnumMap<>(Phrase.class);
        for (Phrase phrase : Phrase.values()) {
            english.put(phrase, phrase.english());
        }
        return english;
    }

    @Override
    public String toString() {
        return "Labels[" + Objects.toString(language) + "]";
    }
}
