package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.invoice.InvoiceId;

import org.jspecify.annotations.Nullable;

import java.net.URI;

/**
 * A client contact paying one of its client's invoices online: everything due, or one installment of its schedule.
 * Built fluently: {@code PayInvoice.amountDue(invoiceId).returningTo(URI.create("https://portal.example/paid"))}.
 *
 * @param invoiceId   the invoice
 * @param installment the installment's number in the schedule (from 1), or 0 for the whole amount due
 * @param returnUrl   where the gateway sends the client back (at most {@value #MAX_RETURN_URL} characters), or
 *                    {@code null} for the gateway's default
 */
public record PayInvoice(InvoiceId invoiceId, int installment, @Nullable URI returnUrl) {

    /** The longest return URL, in characters. */
    public static final int MAX_RETURN_URL = 2_000;

    /**
     * Requires an invoice and an installment number of 0 (none) or more.
     *
     * @param invoiceId   the invoice
     * @param installment the installment's number in the schedule (from 1), or 0 for the whole amount due
     * @param returnUrl   where the gateway sends the client back (at most {@value #MAX_RETURN_URL} characters), or
     *                    {@code null} for the gateway's default
     */
    public PayInvoice {
        PortalException.requireField(invoiceId, "invoiceId");
        if (installment < 0) {
            throw PortalException.invalid(ErrorCode.UNKNOWN_INSTALLMENT, "installment", installment,
                    "installments are numbered from 1; 0 pays the whole amount due");
        }
        if (returnUrl != null && returnUrl.toString().length() > MAX_RETURN_URL) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "returnUrl",
                    returnUrl.toString().substring(0, 40) + "…", "must be at most " + MAX_RETURN_URL + " characters");
        }
    }

    /**
     * Pays everything still due on the invoice.
     *
     * @param invoiceId the invoice
     * @return the command
     */
    public static PayInvoice amountDue(InvoiceId invoiceId) {
        return new PayInvoice(invoiceId, 0, null);
    }

    /**
     * Pays one installment (numbered from 1). Settlements pay the earliest installments first, so paying a later
     * installment while earlier ones are open collects those too: the amount is what settles it.
     *
     * @param invoiceId the invoice
     * @param number    the installment's number in the schedule, from 1
     * @return the command
     */
    public static PayInvoice installment(InvoiceId invoiceId, int number) {
        if (number < 1) {
            throw PortalException.invalid(ErrorCode.UNKNOWN_INSTALLMENT, "installment", number,
                    "installments are numbered from 1");
        }
        return new PayInvoice(invoiceId, number, null);
    }

    /**
     * This payment sending the client back to a page of the host when the gateway is done.
     *
     * @param url where the gateway sends the client back, at most {@value #MAX_RETURN_URL} characters
     * @return this command with the return page
     */
    public PayInvoice returningTo(URI url) {
        return new PayInvoice(invoiceId, installment, PortalException.requireField(url, "returnUrl"));
    }
}
