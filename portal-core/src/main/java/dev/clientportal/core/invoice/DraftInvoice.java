package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.workspace.PaymentTerms;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of a draft invoice, to create or replace one. Built fluently:
 * {@code DraftInvoice.forClient(id).line("Design", "12", "h", Money.of("95", USD), vat).notes("Thanks!")}.
 *
 * @param clientId     the billed client; the invoice takes its currency and tax exemption
 * @param lines        line items in print order, no {@code null} element
 * @param discount     invoice-level discount
 * @param notes        notes for the client, at most 20,000 characters
 * @param terms        terms and conditions, at most 20,000 characters
 * @param paymentTerms how the due date is set; {@code null} takes the workspace default
 * @param lateFee      late-fee policy
 * @param schedule     deposit and installments
 * @param depositInvoiceId an issued deposit invoice of the same client to deduct when this invoice is issued, or
 *                     {@code null}
 * @param dueDate      the due date as typed, kept exactly when the invoice is issued (it then must not be before the
 *                     issue date); {@code null} lets the payment terms set it from the issue date
 */
public record DraftInvoice(ClientId clientId, List<LineItem> lines, Discount discount, String notes, String terms,
                           @Nullable PaymentTerms paymentTerms, LateFeePolicy lateFee, PaymentSchedule schedule,
                           @Nullable InvoiceId depositInvoiceId, @Nullable LocalDate dueDate) {

    /**
     * Requires a client and copies the lines.
     *
     * @param clientId         the billed client; the invoice takes its currency and tax exemption
     * @param lines            line items in print order, no {@code null} element
     * @param discount         invoice-level discount
     * @param notes            notes for the client, at most 20,000 characters
     * @param terms            terms and conditions, at most 20,000 characters
     * @param paymentTerms     how the due date is set; {@code null} takes the workspace default
     * @param lateFee          late-fee policy
     * @param schedule         deposit and installments
     * @param depositInvoiceId an issued deposit invoice of the same client to deduct when this invoice is issued, or
     *                         {@code null}
     * @param dueDate          the due date as typed, kept exactly when the invoice is issued (it then must not be
     *                         before the issue date); {@code null} lets the payment terms set it from the issue date
     */
    public DraftInvoice {
        PortalException.requireField(clientId, "clientId");
        lines = PortalException.elements(lines, "lines", InvoiceContent.MAX_LINES);
        discount = Objects.requireNonNullElse(discount, Discount.none());
        notes = PortalException.optionalText(notes, "notes", InputLimits.BODY);
        terms = PortalException.optionalText(terms, "terms", InputLimits.BODY);
        lateFee = Objects.requireNonNullElse(lateFee, LateFeePolicy.none());
        schedule = Objects.requireNonNullElse(schedule, PaymentSchedule.NONE);
    }

    /**
     * A draft whose due date follows from its payment terms, as drafts were before they could carry a typed one.
     *
     * @param clientId         the billed client; the invoice takes its currency and tax exemption
     * @param lines            line items in print order, no {@code null} element
     * @param discount         invoice-level discount
     * @param notes            notes for the client, at most 20,000 characters
     * @param terms            terms and conditions, at most 20,000 characters
     * @param paymentTerms     how the due date is set; {@code null} takes the workspace default
     * @param lateFee          late-fee policy
     * @param schedule         deposit and installments
     * @param depositInvoiceId an issued deposit invoice of the same client to deduct when this invoice is issued, or
     *                         {@code null}
     */
    public DraftInvoice(ClientId clientId, List<LineItem> lines, Discount discount, String notes, String terms,
                        @Nullable PaymentTerms paymentTerms, LateFeePolicy lateFee, PaymentSchedule schedule,
                        @Nullable InvoiceId depositInvoiceId) {
        this(clientId, lines, discount, notes, terms, paymentTerms, lateFee, schedule, depositInvoiceId, null);
    }

    /**
     * An empty draft for a client.
     *
     * @param clientId the billed client; the invoice takes its currency and tax exemption
     * @return the draft, without lines yet
     */
    public static DraftInvoice forClient(ClientId clientId) {
        return new DraftInvoice(clientId, List.of(), Discount.none(), "", "", null, LateFeePolicy.none(),
                PaymentSchedule.NONE, null, null);
    }

    /**
     * This draft with one more line.
     *
     * @param description what is billed
     * @param quantity    how many, as a decimal, e.g. {@code "12"} or {@code "1.5"}
     * @param unit        the unit of the quantity, e.g. {@code "h"}; may be empty
     * @param unitPrice   the price of one unit, in the invoice's currency
     * @param taxes       the taxes charged on the line
     * @return this draft with one more line
     */
    public DraftInvoice line(String description, String quantity, String unit, Money unitPrice, TaxRate... taxes) {
        return line(LineItem.of(description, quantity, unit, unitPrice, taxes));
    }

    /**
     * This draft with one more line.
     *
     * @param line the line to add
     * @return this draft with one more line
     */
    public DraftInvoice line(LineItem line) {
        List<LineItem> more = new ArrayList<>(lines.size() + 1);
        more.addAll(lines);
        more.add(line);
        return lines(more);
    }

    /**
     * This draft with these lines instead of its current ones.
     *
     * @param newLines the lines
     * @return this draft with these lines instead of its current ones
     */
    public DraftInvoice lines(List<LineItem> newLines) {
        return new DraftInvoice(clientId, newLines, discount, notes, terms, paymentTerms, lateFee, schedule,
                depositInvoiceId, dueDate);
    }

    /**
     * This draft with an invoice-level discount.
     *
     * @param newDiscount the discount on the whole invoice
     * @return this draft with an invoice-level discount
     */
    public DraftInvoice discount(Discount newDiscount) {
        return new DraftInvoice(clientId, lines, newDiscount, notes, terms, paymentTerms, lateFee, schedule,
                depositInvoiceId, dueDate);
    }

    /**
     * This draft with notes for the client.
     *
     * @param newNotes the notes, printed on the invoice
     * @return this draft with notes for the client
     */
    public DraftInvoice notes(String newNotes) {
        return new DraftInvoice(clientId, lines, discount, newNotes, terms, paymentTerms, lateFee, schedule,
                depositInvoiceId, dueDate);
    }

    /**
     * This draft with terms and conditions.
     *
     * @param newTerms the terms and conditions, printed on the invoice
     * @return this draft with terms and conditions
     */
    public DraftInvoice terms(String newTerms) {
        return new DraftInvoice(clientId, lines, discount, notes, newTerms, paymentTerms, lateFee, schedule,
                depositInvoiceId, dueDate);
    }

    /**
     * This draft with its own payment terms.
     *
     * @param newTerms the payment terms, instead of the client's or workspace's
     * @return this draft with its own payment terms
     */
    public DraftInvoice paymentTerms(PaymentTerms newTerms) {
        return new DraftInvoice(clientId, lines, discount, notes, terms, newTerms, lateFee, schedule,
                depositInvoiceId, dueDate);
    }

    /**
     * This draft due on a date the business typed: issuing keeps it as it is, however late the draft is issued, instead
     * of counting the payment terms from the issue date. Issuing fails with
     * {@link dev.clientportal.core.kernel.ErrorCode#DUE_DATE_BEFORE_ISSUE_DATE} once the date is before the issue
     * date, so a stale draft is never issued already overdue.
     *
     * @param newDueDate the due date, or {@code null} to let the payment terms set it again
     * @return this draft with that due date
     */
    public DraftInvoice dueOn(@Nullable LocalDate newDueDate) {
        return new DraftInvoice(clientId, lines, discount, notes, terms, paymentTerms, lateFee, schedule,
                depositInvoiceId, newDueDate);
    }

    /**
     * This draft with a late-fee policy.
     *
     * @param newLateFee the late-fee policy
     * @return this draft with a late-fee policy
     */
    public DraftInvoice lateFee(LateFeePolicy newLateFee) {
        return new DraftInvoice(clientId, lines, discount, notes, terms, paymentTerms, newLateFee, schedule,
                depositInvoiceId, dueDate);
    }

    /**
     * This draft as the remainder of an issued deposit invoice: issuing it credits the deposit invoice in full and
     * applies what the client paid on it to this invoice, so the client owes the total less the deposit paid.
     *
     * @param depositInvoice the issued deposit invoice
     * @return this draft, deducting the deposit
     */
    public DraftInvoice deductingDeposit(InvoiceId depositInvoice) {
        return new DraftInvoice(clientId, lines, discount, notes, terms, paymentTerms, lateFee, schedule,
                depositInvoice, dueDate);
    }

    /**
     * This draft with a payment schedule; it must sum exactly to the total.
     *
     * @param newSchedule the installments
     * @return this draft with a payment schedule; it must sum exactly to the total
     */
    public DraftInvoice schedule(PaymentSchedule newSchedule) {
        return new DraftInvoice(clientId, lines, discount, notes, terms, paymentTerms, lateFee, newSchedule,
                depositInvoiceId, dueDate);
    }
}
