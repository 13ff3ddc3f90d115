package dev.clientportal.core.document;

import dev.clientportal.core.agreement.SignatureCertificate;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.quote.Quote;

import java.time.LocalDate;

/**
 * The stamp a document carries so nobody mistakes its state: PAID, VOID or OVERDUE on an invoice, ACCEPTED or
 * EXPIRED on a quote, SIGNED or PARTIALLY SIGNED on a signature certificate, and so on.
 */
public enum StatusMark {
    /** No stamp. */
    NONE,
    /** Not issued or sent yet; not a demand for payment, not an offer. */
    DRAFT,
    /** Nothing is owed any more. */
    PAID,
    /** Past its due date with something still owed. */
    OVERDUE,
    /** Cancelled or withdrawn; nothing is owed or offered on it. */
    VOID,
    /** The payment was refunded in full. */
    REFUNDED,
    /** The client accepted the quote. */
    ACCEPTED,
    /** The quote's last day of validity has passed without a decision. */
    EXPIRED,
    /** The client rejected the quote. */
    REJECTED,
    /** The business reversed the client's acceptance of the quote. */
    REVERSED,
    /** A later revision (quote) or version (agreement) replaced this one. */
    SUPERSEDED,
    /** Every client signer and the business signed the agreement version. */
    SIGNED,
    /** Some, not all, of the signatures are on the agreement version. */
    PARTIALLY_SIGNED,
    /** The agreement version was sent and nobody has signed it yet. */
    UNSIGNED;

    /**
     * The stamp of an invoice on {@code today} (in the workspace's zone): overdue is derived, never stored.
     *
     * @param invoice the invoice
     * @param today   the day in the workspace's zone
     * @return PAID, VOID, OVERDUE or DRAFT, or {@link #NONE}
     */
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

    /**
     * The stamp of a payment receipt: REFUNDED once all of it went back, otherwise none.
     *
     * @param payment the payment
     * @return REFUNDED once all of it went back, otherwise {@link #NONE}
     */
    public static StatusMark of(Payment payment) {
        return payment.status() == PaymentStatus.REFUNDED ? REFUNDED : NONE;
    }

    /**
     * The stamp of a quote revision on {@code today} (in the workspace's zone): expired is derived from the expiry
     * date and the clock, never stored; a quote still waiting for the client carries no stamp.
     *
     * @param quote the quote revision
     * @param today the day in the workspace's zone
     * @return ACCEPTED, EXPIRED, REJECTED, REVERSED, SUPERSEDED, VOID or DRAFT, or {@link #NONE} while it waits for the
     *         client
     */
    public static StatusMark of(Quote quote, LocalDate today) {
        return switch (quote.status()) {
            case DRAFT -> DRAFT;
            case SENT, CHANGES_REQUESTED -> quote.isExpired(today) ? EXPIRED : NONE;
            case ACCEPTED -> ACCEPTED;
            case REJECTED -> REJECTED;
            case REVERSED -> REVERSED;
            case SUPERSEDED -> SUPERSEDED;
            case VOID -> VOID;
        };
    }

    /**
     * The stamp of a signature certificate: VOID for a void agreement, SUPERSEDED for a version that is no longer
     * current, else what its signatures make it (SIGNED, PARTIALLY SIGNED, UNSIGNED, or DRAFT before sending).
     *
     * @param certificate the certificate of one agreement version
     * @return VOID, SUPERSEDED, SIGNED, PARTIALLY SIGNED, UNSIGNED or DRAFT
     */
    public static StatusMark of(SignatureCertificate certificate) {
        return switch (certificate.status()) {
            case VOID -> VOID;
            case DRAFT -> DRAFT;
            default -> certificate.versionNumber() != certificate.currentVersion() ? SUPERSEDED
                    : certificate.isComplete() ? SIGNED
                    : certificate.signatures().isEmpty() ? UNSIGNED : PARTIALLY_SIGNED;
        };
    }
}
