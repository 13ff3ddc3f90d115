package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A credit note against an issued invoice: numbered, never edited. Its total reduced the invoice's amount due
 * ({@code appliedToInvoice}); what the invoice no longer owed became client credit ({@code toClientCredit}).
 *
 * @param id               identity
 * @param workspaceId      the owning workspace
 * @param clientId         the client credited
 * @param invoiceId        the invoice credited
 * @param invoiceNumber    that invoice's number, for documents
 * @param number           the credit note's own number
 * @param lines            the credited lines
 * @param invoiceLines     for each credited line, its position (0-based) among the invoice's lines; empty when the
 *                         note credits amounts that are not invoice lines (an adjustment, a deposit deduction)
 * @param discount         the invoice's discount, of which the credited invoice lines carry their share; none for
 *                         an adjustment
 * @param totals           totals, priced like the invoice (same tax rounding and exemption); invoice lines keep
 *                         their figures on the invoice, so crediting every line sums exactly to its total
 * @param reason           why the credit was given
 * @param issueDate        when it was issued
 * @param appliedToInvoice the part that reduced the invoice's amount due
 * @param toClientCredit   the part that became client credit
 * @param createdAt        when it was recorded
 * @param version          optimistic-locking version, 0 before the first save
 */
public record CreditNote(CreditNoteId id, WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId,
                         String invoiceNumber, String number, List<LineItem> lines, List<Integer> invoiceLines,
                         Discount discount,
                         DocumentTotals totals, String reason, LocalDate issueDate, Money appliedToInvoice,
                         Money toClientCredit, Instant createdAt, long version) {

    /**
     * Requires every field; the two parts must sum to the total, and invoice lines are distinct, one per line.
     *
     * @param id               identity
     * @param workspaceId      the owning workspace
     * @param clientId         the client credited
     * @param invoiceId        the invoice credited
     * @param invoiceNumber    that invoice's number, for documents
     * @param number           the credit note's own number
     * @param lines            the credited lines
     * @param invoiceLines     for each credited line, its position (0-based) among the invoice's lines; empty when the
     *                         note credits amounts that are not invoice lines (an adjustment, a deposit deduction)
     * @param discount         the invoice's discount, of which the credited invoice lines carry their share; none for
     *                         an adjustment
     * @param totals           totals, priced like the invoice (same tax rounding and exemption); invoice lines keep
     *                         their figures on the invoice, so crediting every line sums exactly to its total
     * @param reason           why the credit was given
     * @param issueDate        when it was issued
     * @param appliedToInvoice the part that reduced the invoice's amount due
     * @param toClientCredit   the part that became client credit
     * @param createdAt        when it was recorded
     * @param version          optimistic-locking version, 0 before the first save
     */
    public CreditNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(number, "number");
        lines = List.copyOf(lines);
        invoiceLines = List.copyOf(invoiceLines);
        if (!invoiceLines.isEmpty() && (invoiceLines.size() != lines.size()
                || invoiceLines.stream().distinct().count() != invoiceLines.size()
                || invoiceLines.stream().anyMatch(index -> index < 0))) {
            throw new IllegalArgumentException("credit note invoice lines " + invoiceLines
                    + " must be distinct positions, one for each of its " + lines.size() + " lines");
        }
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(totals, "totals");
        reason = Objects.requireNonNullElse(reason, "");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!appliedToInvoice.plus(toClientCredit).equals(totals.total())) {
            throw new IllegalArgumentException("credit note parts " + appliedToInvoice + " + " + toClientCredit
                    + " must sum to its total " + totals.total());
        }
    }

    /**
     * The credit note total.
     *
     * @return the credit note total
     */
    public Money total() {
        return totals.total();
    }

    /**
     * This credit note as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the store assigned
     * @return this credit note as stored with the given version
     */
    public CreditNote withVersion(long newVersion) {
        return new CreditNote(id, workspaceId, clientId, invoiceId, invoiceNumber, number, lines, invoiceLines,
                discount, totals, reason, issueDate, appliedToInvoice, toClientCredit, createdAt, newVersion);
    }
}
