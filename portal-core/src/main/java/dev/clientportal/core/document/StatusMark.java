package dev.clientportal.core.document;

import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentStatus;

import java.time.LocalDate;

/** The stamp a document carries so nobody mistakes its state: PAID, VOID, OVERDUE, DRAFT or REFUNDED. */
public enum StatusMark {
    /** No stamp. */
    NONE,
    /** Not issued yet; not a demand for payment. */
    DRAFT,
    /** Nothing is owed any more. */
    PAID,
    /** Past its due date with something still owed. */
    OVERDUE,
    /** Cancelled; nothing is owed on it. */
    VOID,
    /** The payment was refunded in full. */
    REFUNDED;

    /** The stamp of an invoice on {@code today} (in the workspace's zone): overdue is derived, never stored. */
    public static StatusMark of(Invoice invoice, LocalDate today) {
        if (invoice.status() == InvoiceStatus.DRAFT) {
            return DRAFT;
        }
        if (invoice.status() == InvoiceStatus.VOID) {
            return VOID;
        }
        if (invoice.status() == InvoiceStatus.PAID) {
            return PAID;
        }
        return invoice.isOverdue(today) ? OVERDUE : NONE;
    }

    /** The stamp of a payment receipt: REFUNDED once all of it went back, otherwise none. */
    public static StatusMark of(Payment payment) {
        return payment.status() == PaymentStatus.REFUNDED ? REFUNDED : NONE;
    }
}
