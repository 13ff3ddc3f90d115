package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.QuoteDocument;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteDecision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A quote: letterhead and stamp, parties with its dates and validity, the line items, what accepting means beside
 * the totals and deposit, the acceptance evidence once accepted, then notes and terms.
 */
final class QuoteLayout extends Layout<QuoteDocument> {

    QuoteLayout() {
        super(DocumentKind.QUOTE, QuoteDocument.class, Phrase.NOUN_QUOTE);
    }

    @Override
    CurrencyUnit currency(QuoteDocument document) {
        return document.quote().content().currency();
    }

    @Override
    void draw(QuoteDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        Quote quote = document.quote();
        Labels labels = sheet.labels;
        Blocks.letterhead(sheet, document.letterhead(), logo, labels.get(Phrase.TITLE_QUOTE),
                reference(document, labels), document.mark());
        Blocks.parties(sheet, document.letterhead(), labels.get(Phrase.PREPARED_FOR), document.billTo(),
                facts(quote, formats, labels));
        Blocks.lineItems(sheet, formats, quote.content().lines(), quote.totals());
        Blocks.closing(sheet, Blocks.labelled(labels.get(Phrase.ACCEPTANCE), acceptance(document, formats, labels)),
                totals(quote, formats, labels));
        document.acceptance().ifPresent(who -> Blocks.card(sheet, labels.get(Phrase.ACCEPTED_BY),
                labels.get(Phrase.ACCEPTED_FOR, who.name(), document.billTo().name()),
                Blocks.evidence(formats, labels, document.zone(), Blocks.Act.ACCEPTED, who, quote.contentHash())));
        Blocks.pair(sheet, labels.get(Phrase.NOTES), quote.content().notes(), labels.get(Phrase.TERMS),
                quote.content().terms());
    }

    /** The quote number, with its revision from the second on; "DRAFT" before it is sent. */
    @Override
    String reference(QuoteDocument document, Labels labels) {
        Quote quote = document.quote();
        if (quote.number() == null) {
            return labels.get(Phrase.MARK_DRAFT);
        }
        return quote.revision() == 1 ? quote.number()
                : labels.get(Phrase.QUOTE_REVISION_REFERENCE, quote.number(), quote.revision());
    }

    private static List<Blocks.Fact> facts(Quote quote, Formats formats, Labels labels) {
        List<Blocks.Fact> facts = new ArrayList<>(4);
        if (quote.sentOn() != null) {
            facts.add(new Blocks.Fact(labels.get(Phrase.QUOTE_DATE), formats.date(quote.sentOn()), false));
        }
        facts.add(new Blocks.Fact(labels.get(Phrase.VALID_UNTIL), quote.content().expiresOn() != null
                ? formats.date(quote.content().expiresOn())
                : labels.get(Phrase.DAYS_FROM_SENDING, Quote.DEFAULT_VALIDITY_DAYS), false));
        facts.add(new Blocks.Fact(labels.get(Phrase.REVISION), Integer.toString(quote.revision()), false));
        facts.add(new Blocks.Fact(labels.get(Phrase.TOTAL), formats.money(quote.total()), true));
        return facts;
    }

    private static List<Blocks.Fact> totals(Quote quote, Formats formats, Labels labels) {
        List<Blocks.Fact> rows = Blocks.pricedTotals(formats, labels, quote.totals(), quote.content().discount(),
                quote.content().taxExempt());
        rows.add(new Blocks.Fact(labels.get(Phrase.TOTAL), formats.money(quote.total()), true));
        if (!quote.content().deposit().isNone()) {
            rows.add(new Blocks.Fact(labels.get(Phrase.DEPOSIT_ON_ACCEPTANCE) + share(quote.content().deposit(),
                    formats), formats.money(quote.depositAmount()), false));
        }
        return rows;
    }

    private static String share(Deposit deposit, Formats formats) {
        return deposit instanceof Deposit.Percent percent ? " (" + formats.percent(percent.percentage()) + ")" : "";
    }

    /** What accepting means now: how to accept and what is invoiced, or why this revision cannot be accepted. */
    private static String acceptance(QuoteDocument document, Formats formats, Labels labels) {
        Quote quote = document.quote();
        String business = document.letterhead().businessName();
        return switch (document.mark()) {
            case DRAFT -> labels.get(Phrase.QUOTE_DRAFT);
            case EXPIRED -> labels.get(Phrase.QUOTE_EXPIRED, formats.date(quote.requireExpiresOn()), business);
            case SUPERSEDED -> labels.get(Phrase.QUOTE_SUPERSEDED, quote.requireNumber());
            case VOID -> labels.get(Phrase.QUOTE_WITHDRAWN, business, reason(quote, QuoteDecision.Kind.VOIDED));
            case REJECTED -> labels.get(Phrase.QUOTE_DECLINED, reason(quote, QuoteDecision.Kind.REJECTED));
            case REVERSED -> labels.get(Phrase.QUOTE_REVERSED, business,
                    reason(quote, QuoteDecision.Kind.ACCEPTANCE_REVERSED));
            case ACCEPTED -> labels.get(Phrase.QUOTE_ACCEPTED, document.acceptance().map(who ->
                    formats.instant(who.evidence().at(), document.zone())).orElse(""),
                    invoicing(quote, formats, labels));
            default -> labels.get(Phrase.QUOTE_TO_ACCEPT, formats.date(quote.requireExpiresOn()),
                    document.requiredAgreement().map(title -> labels.get(Phrase.ONCE_AGREEMENT_SIGNED, title))
                            .orElse(""), invoicing(quote, formats, labels));
        };
    }

    /** What acceptance invoices: the whole quote at once, or the deposit now and the rest later. */
    private static String invoicing(Quote quote, Formats formats, Labels labels) {
        Money deposit = quote.depositAmount();
        if (!deposit.isPositive()) {
            return labels.get(Phrase.INVOICED_IN_FULL, formats.money(quote.total()));
        }
        return labels.get(Phrase.DEPOSIT_THEN_REST, formats.money(deposit),
                formats.money(quote.total().minus(deposit)));
    }

    /** ": <reason>." from the latest decision of a kind, or "." without one. */
    private static String reason(Quote quote, QuoteDecision.Kind kind) {
        return quote.decisions().stream().filter(decision -> decision.kind() == kind)
                .reduce((first, second) -> second).map(QuoteDecision::text).filter(text -> !text.isBlank())
                .map(text -> ": " + (text.endsWith(".") ? text : text + ".")).orElse(".");
    }
}
