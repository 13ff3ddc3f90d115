package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.workspace.Workspace;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice as printed: the invoice itself (lines, totals, balance, dates, terms), who issues it, who it is for,
 * its status mark on the day it was put together, and where to pay it online.
 *
 * @param key         what its rendering is cached under
 * @param letterhead  the issuing business
 * @param billTo      the billed client
 * @param invoice     the invoice
 * @param mark        PAID, VOID, OVERDUE or DRAFT, derived from the status and the clock
 * @param payUrl      where to pay online; empty unless the invoice has an amount due and the host gives a link
 * @param generatedAt when the document was put together
 */
public record InvoiceDocument(DocumentKey key, Letterhead letterhead, BillTo billTo, Invoice invoice,
                              StatusMark mark, Optional<URI> payUrl, Instant generatedAt)
        implements PrintableDocument {

    /**
     * Requires every part.
     *
     * @param key         what its rendering is cached under
     * @param letterhead  the issuing business
     * @param billTo      the billed client
     * @param invoice     the invoice
     * @param mark        PAID, VOID, OVERDUE or DRAFT, derived from the status and the clock
     * @param payUrl      where to pay online; empty unless the invoice has an amount due and the host gives a link
     * @param generatedAt when the document was put together
     */
    public InvoiceDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(payUrl, "payUrl");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /**
     * The document of an invoice as of {@code today} in the workspace's zone. A pay link is kept only while the
     * invoice is payable with an amount due.
     *
     * @param workspace   the workspace issuing it, for its letterhead, branding and time zone
     * @param client      the client it is addressed to, for its billing block
     * @param invoice     the invoice
     * @param today       the day in the workspace's zone, which decides the OVERDUE stamp
     * @param payUrl      where to pay online, as the host's {@link PayLinks} gives it; dropped unless an amount is due
     * @param logos       where the workspace logo is loaded from when the document is laid out
     * @param generatedAt when the document is put together, from the portal's clock
     * @return the printable invoice
     */
    public static InvoiceDocument of(Workspace workspace, Client client, Invoice invoice, LocalDate today,
                                     Optional<URI> payUrl, LogoSource logos, Instant generatedAt) {
        StatusMark mark = StatusMark.of(invoice, today);
        Optional<URI> link = takesPayLink(invoice) ? payUrl : Optional.empty();
        DocumentKey key = new DocumentKey(workspace.id(), "invoice/" + invoice.id(), invoice.version(),
                workspace.brandingVersion(), Keys.variant(workspace, client, mark, link.map(URI::toString).orElse("")));
        return new InvoiceDocument(key, Letterhead.of(workspace, client, logos), BillTo.of(client), invoice, mark, link,
                generatedAt);
    }

    /** Whether an invoice can be paid online now: payable with an amount due. */
    static boolean takesPayLink(Invoice invoice) {
        return invoice.status().isPayable() && invoice.amountDue().isPositive();
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.INVOICE;
    }

    /** The invoice number, or {@code DRAFT} before it is issued. */
    @Override
    public String reference() {
        return invoice.number() != null ? invoice.number() : "DRAFT";
    }
}
