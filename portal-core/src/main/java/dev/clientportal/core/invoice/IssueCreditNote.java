package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.pricing.LineItem;

import java.util.Arrays;
import java.util.List;

/**
 * Credits an issued invoice, fully or with some lines.
 *
 * @param invoiceId the invoice
 * @param lines     the credited lines; empty credits every invoice line not credited yet (with its share of the
 *                  invoice discount). A line equal to one of the invoice's lines credits that line; other lines are
 *                  an adjustment, priced as given
 * @param reason    why, printed on the credit note; at most 2,000 characters
 */
public record IssueCreditNote(InvoiceId invoiceId, List<LineItem> lines, String reason) {

    /**
     * Requires an invoice and a reason.
     *
     * @param invoiceId the invoice
     * @param lines     the credited lines; empty credits every invoice line not credited yet (with its share of the
     *                  invoice discount). A line equal to one of the invoice's lines credits that line; other lines are
     *                  an adjustment, priced as given
     * @param reason    why, printed on the credit note; at most 2,000 characters
     */
    public IssueCreditNote {
        PortalException.requireField(invoiceId, "invoiceId");
        lines = PortalException.requireElements(lines, "lines", InvoiceContent.MAX_LINES);
        reason = PortalException.requireText(reason, "reason", InputLimits.REASON);
    }

    /**
     * Credits the whole invoice: every line not credited yet, each with its share of the invoice discount.
     *
     * @param invoiceId the invoice
     * @param reason    why, printed on the credit note; at most 2,000 characters
     * @return the command
     */
    public static IssueCreditNote full(InvoiceId invoiceId, String reason) {
        return new IssueCreditNote(invoiceId, List.of(), reason);
    }

    /**
     * Credits some lines. Lines of the invoice (equal to {@code invoice.content().lines().get(i)}) are credited at
     * their figures on the invoice, their share of its discount included, so crediting every line in any number of
     * notes sums exactly to the invoice total; each invoice line can be credited once. Other lines (a goodwill
     * amount, an hour less) are an adjustment priced like the invoice (its currency, tax rounding and exemption)
     * without its discount. One note holds either invoice lines or an adjustment.
     *
     * @param invoiceId the invoice
     * @param reason    why, printed on the credit note; at most 2,000 characters
     * @param lines     the lines to credit, at least one
     * @return the command
     */
    public static IssueCreditNote partial(InvoiceId invoiceId, String reason, LineItem... lines) {
        if (lines.length == 0) {
            throw PortalException.required("lines");
        }
        return new IssueCreditNote(invoiceId, Arrays.asList(lines), reason);
    }

    /**
     * Whether the whole invoice is credited.
     *
     * @return whether the whole invoice is credited
     */
    public boolean isFull() {
        return lines.isEmpty();
    }
}
