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
        super(DocumentKind.QUOTE, QuoteDocument.class, "Quote");
    }

    @Override
    CurrencyUnit currency(QuoteDocument document) {
        return document.quote().content().currency();
    }

    @Override
    void draw(QuoteDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        Quote quote = document.quote();
        Blocks.letterhead(sheet, document.letterhead(), logo, "QUOTE", document.reference(), document.mark());
        Blocks.parties(sheet, document.letterhead(), "PREPARED FOR", document.billTo(), facts(quote, formats));
        Blocks.lineItems(sheet, formats, quote.content().lines(), quote.totals());
        Blocks.closing(sheet, Blocks.labelled("ACCEPTANCE", acceptance(document, formats)), totals(quote, formats));
        document.acceptance().ifPresent(who -> Blocks.card(sheet, "ACCEPTED BY",
                who.name() + " · for " + document.billTo().name(),
                Blocks.evidence(formats, document.zone(), "Accepted", who, quote.contentHash())));
        Blocks.pair(sheet, "NOTES", quote.content().notes(), "TERMS", quote.content().terms());
    }

    private static List<Blocks.Fact> facts(Quote quote, Formats formats) {
        List<Blocks.Fact> facts = new ArrayList<>(4);
        if (quote.sentOn() != null) {
            facts.add(new Blocks.Fact("Quote date", formats.date(quote.sentOn()), false));
        }
        facts.add(new Blocks.Fact("Valid until", quote.content().expiresOn() != null
                ? formats.date(quote.content().expiresOn()) : Quote.DEFAULT_VALIDITY_DAYS + " days from sending",
                false));
        facts.add(new Blocks.Fact("Revision", Integer.toString(quote.revision()), false));
        facts.add(new Blocks.Fact("Total", formats.money(quote.total()), true));
        return facts;
    }

    private static List<Blocks.Fact> totals(Quote quote, Formats formats) {
        List<Blocks.Fact> rows = Blocks.pricedTotals(formats, quote.totals(), quote.content().discount(),
                quote.content().taxExempt());
        rows.add(new Blocks.Fact("Total", formats.money(quote.total()), true));
        if (!quote.content().deposit().isNone()) {
            rows.add(new Blocks.Fact("Deposit due on acceptance" + share(quote.content().deposit(), formats),
                    formats.money(quote.depositAmount()), false));
        }
        return rows;
    }

    private static String share(Deposit deposit, Formats formats) {
        return deposit instanceof Deposit.Percent percent ? " (" + formats.percent(percent.percentage()) + ")" : "";
    }

    /** What accepting means now: how to accept and what is invoiced, or why this revision cannot be accepted. */
    private static String acceptance(QuoteDocument document, Formats formats) {
        Quote quote = document.quote();
        String business = document.letterhead().businessName();
        return switch (document.mark()) {
            case DRAFT -> "Draft: not sent yet, and not an offer.";
            case EXPIRED -> "This quote expired on " + formats.date(quote.requireExpiresOn()) + ". Ask "
                    + business + " for a new revision.";
            case SUPERSEDED -> "A later revision of " + quote.number() + " replaced this one; it can no longer be "
                    + "accepted.";
            case VOID -> "Withdrawn by " + business + reason(quote, QuoteDecision.Kind.VOIDED)
                    + " It can no longer be accepted.";
            case REJECTED -> "Declined" + reason(quote, QuoteDecision.Kind.REJECTED);
            case REVERSED -> "Accepted, then the acceptance was reversed by " + business
                    + reason(quote, QuoteDecision.Kind.ACCEPTANCE_REVERSED) + " Its invoices were withdrawn.";
            case ACCEPTED -> "Accepted on " + document.acceptance().map(who ->
                    formats.instant(who.evidence().at(), document.zone())).orElse("") + ". " + invoicing(quote,
                    formats) + " Thank you!";
            default -> "To accept, open this quote in your client portal by "
                    + formats.date(quote.requireExpiresOn()) + " and sign with your typed name"
                    + document.requiredAgreement().map(title -> ", once the agreement \u201C" + title
                    + "\u201D is signed").orElse("") + ". " + invoicing(quote, formats);
        };
    }

    /** What acceptance invoices: the whole quote at once, or the deposit now and the rest later. */
    private static String invoicing(Quote quote, Formats formats) {
        Money deposit = quote.depositAmount();
        if (!deposit.isPositive()) {
            return "Acceptance is invoiced in full: " + formats.money(quote.total()) + ".";
        }
        return "Deposit due on acceptance: " + formats.money(deposit) + "; the remaining "
                + formats.money(quote.total().minus(deposit)) + " is invoiced later.";
    }

    /** ": <reason>." from the latest decision of a kind, or "." without one. */
    private static String reason(Quote quote, QuoteDecision.Kind kind) {
        return quote.decisions().stream().filter(decision -> decision.kind() == kind)
                .reduce((first, second) -> second).map(QuoteDecision::text).filter(text -> !text.isBlank())
                .map(text -> ": " + (text.endsWith(".") ? text : text + ".")).orElse(".");
    }
}
