package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.workspace.PaymentTerms;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an invoice says: its lines and everything that prices or schedules them. Editable only while the invoice
 * is a draft.
 *
 * @param currency     the invoice currency; every amount on it uses this currency
 * @param lines        the line items, in print order
 * @param discount     the invoice-level discount, allocated to the lines before tax
 * @param notes        free text for the client, printed above the terms
 * @param terms        terms and conditions text
 * @param paymentTerms how the due date follows from the issue date
 * @param lateFee      what lateness costs, applied by automation
 * @param schedule     deposit and installments, or {@link PaymentSchedule#NONE}
 * @param taxRounding  where taxes are rounded (from the workspace)
 * @param taxExempt    whether no taxes are charged (from the client)
 * @param depositInvoiceId the deposit invoice this invoice is the remainder of, or {@code null}: when this invoice
 *                     is issued, the deposit is credited and what the client paid on it is applied here
 * @param dueDate      the due date the business typed, which issuing keeps instead of applying the payment terms, or
 *                     {@code null}
 */
public record InvoiceContent(CurrencyUnit currency, List<LineItem> lines, Discount discount, String notes,
                             String terms, PaymentTerms paymentTerms, LateFeePolicy lateFee, PaymentSchedule schedule,
                             TaxRounding taxRounding, boolean taxExempt, @Nullable InvoiceId depositInvoiceId,
                             @Nullable LocalDate dueDate) {

    static final int MAX_LINES = 10_000;
    private static final int MAX_TEXT = 20_000;

    /**
     * Validates currencies, sizes and required fields.
     *
     * @param currency         the invoice currency; every amount on it uses this currency
     * @param lines            the line items, in print order
     * @param discount         the invoice-level discount, allocated to the lines before tax
     * @param notes            free text for the client, printed above the terms
     * @param terms            terms and conditions text
     * @param paymentTerms     how the due date follows from the issue date
     * @param lateFee          what lateness costs, applied by automation
     * @param schedule         deposit and installments, or {@link PaymentSchedule#NONE}
     * @param taxRounding      where taxes are rounded (from the workspace)
     * @param taxExempt        whether no taxes are charged (from the client)
     * @param depositInvoiceId the deposit invoice this invoice is the remainder of, or {@code null}: when this invoice
     *                         is issued, the deposit is credited and what the client paid on it is applied here
     * @param dueDate          the due date the business typed, which issuing keeps instead of applying the payment
     *                         terms, or {@code null}
     */
    public InvoiceContent {
        PortalException.requireField(currency, "currency");
        lines = LineItem.documentLines(lines, currency, MAX_LINES, "invoice");
        discount = Discount.inCurrency(discount, currency);
        notes = PortalException.limitText(notes, "notes", MAX_TEXT);
        terms = PortalException.limitText(terms, "terms", MAX_TEXT);
        PortalException.requireField(paymentTerms, "paymentTerms");
        lateFee = Objects.requireNonNullElse(lateFee, LateFeePolicy.none());
        if (lateFee instanceof LateFeePolicy.Flat flat) {
            flat.amount().requireCurrency(currency, "lateFee.amount");
        }
        schedule = Objects.requireNonNullElse(schedule, PaymentSchedule.NONE);
        if (!schedule.isEmpty()) {
            schedule.installments().get(0).amount().requireCurrency(currency, "schedule");
        }
        PortalException.requireField(taxRounding, "taxRounding");
    }

    /**
     * Content whose due date follows from its payment terms.
     *
     * @param currency         the invoice currency; every amount on it uses this currency
     * @param lines            the line items, in print order
     * @param discount         the invoice-level discount, allocated to the lines before tax
     * @param notes            free text for the client, printed above the terms
     * @param terms            terms and conditions text
     * @param paymentTerms     how the due date follows from the issue date
     * @param lateFee          what lateness costs, applied by automation
     * @param schedule         deposit and installments, or {@link PaymentSchedule#NONE}
     * @param taxRounding      where taxes are rounded (from the workspace)
     * @param taxExempt        whether no taxes are charged (from the client)
     * @param depositInvoiceId the deposit invoice this invoice is the remainder of, or {@code null}
     */
    public InvoiceContent(CurrencyUnit currency, List<LineItem> lines, Discount discount, String notes, String terms,
                          PaymentTerms paymentTerms, LateFeePolicy lateFee, PaymentSchedule schedule,
                          TaxRounding taxRounding, boolean taxExempt, @Nullable InvoiceId depositInvoiceId) {
        this(currency, lines, discount, notes, terms, paymentTerms, lateFee, schedule, taxRounding, taxExempt,
                depositInvoiceId, null);
    }

    /**
     * The due date of this content issued on a date: the typed one when there is one, else the payment terms'.
     *
     * @param issueDate the issue date
     * @return the due date, before any payment schedule moves it
     * @throws PortalException {@link dev.clientportal.core.kernel.ErrorCode#DUE_DATE_BEFORE_ISSUE_DATE} when the typed
     *         due date is before the issue date
     */
    public LocalDate dueDateOn(LocalDate issueDate) {
        if (dueDate == null) {
            return paymentTerms.dueDate(issueDate);
        }
        if (dueDate.isBefore(issueDate)) {
            throw PortalException.invalid(ErrorCode.DUE_DATE_BEFORE_ISSUE_DATE, "dueDate", dueDate,
                    "is before the issue date " + issueDate + "; type a due date on or after it, or clear it to "
                            + "apply the payment terms (" + paymentTerms.describe() + ")");
        }
        return dueDate;
    }

    /**
     * Computes the totals of this content.
     *
     * @return the totals of this content
     */
    public DocumentTotals totals() {
        return DocumentTotals.calculate(currency, lines, discount, taxRounding, taxExempt);
    }
}
