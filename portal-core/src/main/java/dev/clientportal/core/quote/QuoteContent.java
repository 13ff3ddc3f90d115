package dev.clientportal.core.quote;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a quote offers: lines priced exactly like an invoice's, its validity, deposit, terms and the agreement the
 * client must sign first.
 *
 * @param currency          the client's currency; every amount uses it
 * @param lines             the line items, in print order
 * @param discount          the quote-level discount, allocated to the lines before tax
 * @param notes             free text for the client
 * @param terms             terms and conditions text
 * @param expiresOn         the last day it can be accepted, in the workspace's zone; {@code null} in a draft means
 *                          {@link Quote#DEFAULT_VALIDITY_DAYS} days from sending
 * @param deposit           what is invoiced on acceptance before the rest
 * @param requiredAgreement an agreement every named client signer must have signed before acceptance, or
 *                          {@code null}
 * @param taxRounding       where taxes are rounded (from the workspace)
 * @param taxExempt         whether no taxes are charged (from the client)
 */
public record QuoteContent(CurrencyUnit currency, List<LineItem> lines, Discount discount, String notes, String terms,
                           @Nullable LocalDate expiresOn, Deposit deposit, @Nullable AgreementId requiredAgreement,
                           TaxRounding taxRounding, boolean taxExempt) {

    static final int MAX_LINES = 10_000;
    private static final int MAX_TEXT = 20_000;

    /**
     * Validates currencies, sizes and required fields.
     *
     * @param currency          the client's currency; every amount uses it
     * @param lines             the line items, in print order
     * @param discount          the quote-level discount, allocated to the lines before tax
     * @param notes             free text for the client
     * @param terms             terms and conditions text
     * @param expiresOn         the last day it can be accepted, in the workspace's zone; {@code null} in a draft means
     *                          {@link Quote#DEFAULT_VALIDITY_DAYS} days from sending
     * @param deposit           what is invoiced on acceptance before the rest
     * @param requiredAgreement an agreement every named client signer must have signed before acceptance, or {@code
     *                          null}
     * @param taxRounding       where taxes are rounded (from the workspace)
     * @param taxExempt         whether no taxes are charged (from the client)
     */
    public QuoteContent {
        PortalException.requireField(currency, "currency");
        lines = LineItem.documentLines(lines, currency, MAX_LINES, "quote");
        discount = Discount.inCurrency(discount, currency);
        notes = PortalException.limitText(notes, "notes", MAX_TEXT);
        terms = PortalException.limitText(terms, "terms", MAX_TEXT);
        deposit = Objects.requireNonNullElse(deposit, Deposit.none());
        if (deposit instanceof Deposit.Amount amount) {
            amount.amount().requireCurrency(currency, "deposit");
        }
        PortalException.requireField(taxRounding, "taxRounding");
    }

    /**
     * Computes the totals of this content with the shared pricing rules.
     *
     * @return the line figures, subtotal, discount, tax summary and total
     */
    public DocumentTotals totals() {
        return DocumentTotals.calculate(currency, lines, discount, taxRounding, taxExempt);
    }

    QuoteContent expiringOn(LocalDate date) {
        return new QuoteContent(currency, lines, discount, notes, terms, date, deposit, requiredAgreement,
                taxRounding, taxExempt);
    }
}
