package dev.clientportal.core.invoice;

import dev.clientportal.core.PortalException;
import dev.clientportal.core.pricing.LineItem;

import java.util.List;

/**
 * Credits an issued invoice, fully or with some lines.
 *
 * @param invoiceId the invoice
 * @param lines     the credited lines; empty credits the whole invoice (its lines and discount)
 * @param reason    why, printed on the credit note
 */
public record IssueCreditNote(InvoiceId invoiceId, List<LineItem> lines, String reason) {

    /** Requires an invoice and a reason. */
    public IssueCreditNote {
        PortalException.requireField(invoiceId, "invoiceId");
        lines = List.copyOf(PortalException.requireField(lines, "lines"));
        reason = PortalException.requireText(reason, "reason");
    }

    /** Credits the whole invoice. */
    public static IssueCreditNote full(InvoiceId invoiceId, String reason) {
        return new IssueCreditNote(invoiceId, List.of(), reason);
    }

    /** Credits some lines, priced like the invoice (its currency, tax rounding and exemption). */
    public static IssueCreditNote partial(InvoiceId invoiceId, String reason, LineItem... lines) {
        if (lines.length == 0) {
            throw PortalException.required("lines");
        }
        return new IssueCreditNote(invoiceId, List.of(lines), reason);
    }

    /** Whether the whole invoice is credited. */
    public boolean isFull() {
        return lines.isEmpty();
    }
}
