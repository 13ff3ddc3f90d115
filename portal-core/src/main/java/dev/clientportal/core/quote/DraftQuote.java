package dev.clientportal.core.quote;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of a quote, to create a draft, replace it, or revise a sent quote. Built fluently:
 * {@code DraftQuote.forClient(id).line("Website", "1", "", Money.of("4800", USD), vat).deposit(Deposit.percent("30"))}.
 *
 * @param clientId          the client; the quote takes its currency and tax exemption
 * @param lines             line items in print order, no {@code null} element
 * @param discount          quote-level discount
 * @param notes             notes for the client, at most 20,000 characters
 * @param terms             terms and conditions, at most 20,000 characters
 * @param expiresOn         the last day it can be accepted, at the latest 2999-12-31; {@code null}:
 *                          {@link Quote#DEFAULT_VALIDITY_DAYS} days from sending
 * @param deposit           what is invoiced at acceptance, before the rest
 * @param requiredAgreement an agreement of the same client whose signers must all have signed it before acceptance,
 *                          or {@code null}
 */
public record DraftQuote(ClientId clientId, List<LineItem> lines, Discount discount, String notes, String terms,
                         @Nullable LocalDate expiresOn, Deposit deposit, @Nullable AgreementId requiredAgreement) {

    /**
     * Requires a client and copies the lines.
     *
     * @param clientId          the client; the quote takes its currency and tax exemption
     * @param lines             line items in print order, no {@code null} element
     * @param discount          quote-level discount
     * @param notes             notes for the client, at most 20,000 characters
     * @param terms             terms and conditions, at most 20,000 characters
     * @param expiresOn         the last day it can be accepted, at the latest 2999-12-31; {@code null}: {@link
     *                          Quote#DEFAULT_VALIDITY_DAYS} days from sending
     * @param deposit           what is invoiced at acceptance, before the rest
     * @param requiredAgreement an agreement of the same client whose signers must all have signed it before acceptance,
     *                          or {@code null}
     */
    public DraftQuote {
        PortalException.requireField(clientId, "clientId");
        lines = PortalException.elements(lines, "lines", QuoteContent.MAX_LINES);
        discount = Objects.requireNonNullElse(discount, Discount.none());
        notes = PortalException.optionalText(notes, "notes", InputLimits.BODY);
        terms = PortalException.optionalText(terms, "terms", InputLimits.BODY);
        InputLimits.requireDate(expiresOn, "expiresOn");
        deposit = Objects.requireNonNullElse(deposit, Deposit.none());
    }

    /**
     * An empty quote for a client, without deposit, valid for the default days.
     *
     * @param clientId the client
     * @return a draft command without lines, discount, texts or deposit, valid for the default days
     */
    public static DraftQuote forClient(ClientId clientId) {
        return new DraftQuote(clientId, List.of(), Discount.none(), "", "", null, Deposit.none(), null);
    }

    /**
     * This quote with one more line.
     *
     * @param description what is sold, as printed on the quote
     * @param quantity    how many units as decimal text, e.g. {@code "1.5"}
     * @param unit        the unit of the quantity, e.g. {@code h}
     * @param unitPrice   the price of one unit, in the client's currency
     * @param taxes       the tax rates charged on the line, possibly none
     * @return a copy of this command with the line added after the others
     */
    public DraftQuote line(String description, String quantity, String unit, Money unitPrice, TaxRate... taxes) {
        List<LineItem> more = new ArrayList<>(lines);
        more.add(LineItem.of(description, quantity, unit, unitPrice, taxes));
        return lines(more);
    }

    /**
     * This quote with these lines instead of its current ones.
     *
     * @param newLines the lines in print order
     * @return a copy of this command with those lines
     */
    public DraftQuote lines(List<LineItem> newLines) {
        return new DraftQuote(clientId, newLines, discount, notes, terms, expiresOn, deposit, requiredAgreement);
    }

    /**
     * This quote with a quote-level discount.
     *
     * @param newDiscount the quote-level discount, {@link Discount#none()} to remove it
     * @return a copy of this command with that discount
     */
    public DraftQuote discount(Discount newDiscount) {
        return new DraftQuote(clientId, lines, newDiscount, notes, terms, expiresOn, deposit, requiredAgreement);
    }

    /**
     * This quote with notes for the client.
     *
     * @param newNotes notes for the client, at most 20,000 characters
     * @return a copy of this command with those notes
     */
    public DraftQuote notes(String newNotes) {
        return new DraftQuote(clientId, lines, discount, newNotes, terms, expiresOn, deposit, requiredAgreement);
    }

    /**
     * This quote with terms and conditions.
     *
     * @param newTerms terms and conditions, at most 20,000 characters
     * @return a copy of this command with those terms
     */
    public DraftQuote terms(String newTerms) {
        return new DraftQuote(clientId, lines, discount, notes, newTerms, expiresOn, deposit, requiredAgreement);
    }

    /**
     * This quote valid up to and including a day.
     *
     * @param lastDay the last day it can be accepted, in the workspace's zone
     * @return a copy of this command with that expiry date
     */
    public DraftQuote expiresOn(LocalDate lastDay) {
        return new DraftQuote(clientId, lines, discount, notes, terms, lastDay, deposit, requiredAgreement);
    }

    /**
     * This quote with a deposit invoiced at acceptance.
     *
     * @param newDeposit the deposit, {@link Deposit#none()} for none
     * @return a copy of this command with that deposit
     */
    public DraftQuote deposit(Deposit newDeposit) {
        return new DraftQuote(clientId, lines, discount, notes, terms, expiresOn, newDeposit, requiredAgreement);
    }

    /**
     * This quote acceptable only once every named signer of the agreement signed its current version.
     *
     * @param agreementId an agreement of the same client
     * @return a copy of this command requiring that agreement
     */
    public DraftQuote requiringAgreement(AgreementId agreementId) {
        return new DraftQuote(clientId, lines, discount, notes, terms, expiresOn, deposit, agreementId);
    }
}
