package dev.clientportal.core.document;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.receivables.Receivables;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.io.OutputStream;
import java.time.LocalDate;

/**
 * Printable documents for the business: invoices, credit notes, payment receipts, client statements, quotes and
 * agreement signature certificates, written to a stream in the renderer's format (see
 * {@link RenderedDocument#contentType()}), and the same documents for a client's contacts through a
 * {@link PortalPrincipal}, scoped in core as the client views are. Every call is scoped to the principal's workspace:
 * an id from another workspace answers not found. The document is read in one read-only transaction; the host's
 * {@link PayLinks} and {@link LogoSource} are asked and the document laid out after it, so neither a payment gateway
 * nor rendering ever holds a transaction open.
 */
public interface Documents {

    /**
     * Writes an invoice (a draft too, stamped DRAFT) to {@code out}, stamped PAID, VOID or OVERDUE as of today in
     * the workspace's zone, with a pay link when the host's {@link PayLinks} gives one.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param invoiceId the invoice to print
     * @param out       where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVOICE_NOT_FOUND}
     */
    RenderedDocument invoice(StaffPrincipal principal, InvoiceId invoiceId, OutputStream out);

    /**
     * Writes a credit note to {@code out}.
     *
     * @param principal    the staff member acting; must belong to the workspace
     * @param creditNoteId the credit note to print
     * @param out          where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CREDIT_NOTE_NOT_FOUND}
     */
    RenderedDocument creditNote(StaffPrincipal principal, CreditNoteId creditNoteId, OutputStream out);

    /**
     * Writes the receipt of a payment to {@code out}.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param paymentId the received payment to print a receipt for
     * @param out       where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#PAYMENT_NOT_FOUND};
     *         {@link dev.clientportal.core.kernel.ErrorCode#PAYMENT_NOT_RECEIVED} for a pending or failed payment
     */
    RenderedDocument receipt(StaffPrincipal principal, PaymentId paymentId, OutputStream out);

    /**
     * Writes a client's statement in its currency for the days {@code from} to {@code to}, both inclusive.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client whose statement to print
     * @param from      the first day of the period, in the workspace's zone
     * @param to        the last day of the period, not before {@code from}
     * @param out       where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CLIENT_NOT_FOUND},
     *         {@link dev.clientportal.core.kernel.ErrorCode#INVALID_PERIOD}
     */
    RenderedDocument statement(StaffPrincipal principal, ClientId clientId, LocalDate from, LocalDate to,
                               OutputStream out);

    /**
     * Writes one quote revision (a draft too, stamped DRAFT) to {@code out}, stamped ACCEPTED, EXPIRED, REJECTED,
     * REVERSED, SUPERSEDED or VOID as of today in the workspace's zone; an accepted revision carries the acceptance
     * evidence: who accepted, when, from where, under which typed name and on which content hash.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param quoteId   the quote revision to print
     * @param out       where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#QUOTE_NOT_FOUND}
     */
    RenderedDocument quote(StaffPrincipal principal, QuoteId quoteId, OutputStream out);

    /**
     * Writes the signature certificate of an agreement's current version to {@code out}; see
     * {@link #agreementCertificate(StaffPrincipal, AgreementId, int, OutputStream)}.
     *
     * @param principal   the staff member acting; must belong to the workspace
     * @param agreementId the agreement whose certificate to print
     * @param out         where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#AGREEMENT_NOT_FOUND}
     */
    RenderedDocument agreementCertificate(StaffPrincipal principal, AgreementId agreementId, OutputStream out);

    /**
     * Writes the signature certificate of one agreement version to {@code out}: the document's SHA-256 and, for
     * every signature and the countersignature, who signed, when (in the workspace's zone), from where, under which
     * typed name and on which hash; then who has not signed yet. Stamped SIGNED, PARTIALLY SIGNED, UNSIGNED,
     * SUPERSEDED (a version no longer current), VOID or DRAFT.
     *
     * @param principal     the staff member acting; must belong to the workspace
     * @param agreementId   the agreement whose certificate to print
     * @param versionNumber the version to certify, 1 for the first
     * @param out           where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#AGREEMENT_NOT_FOUND},
     *         {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE} for a version the agreement does not have
     */
    RenderedDocument agreementCertificate(StaffPrincipal principal, AgreementId agreementId, int versionNumber,
                                          OutputStream out);

    /**
     * Writes an invoice for the client: as {@link #invoice(StaffPrincipal, InvoiceId, OutputStream)}, but only an
     * issued invoice of the principal's client that the principal may see (a document link opens its one document).
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param invoiceId the invoice to print
     * @param out       where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVOICE_NOT_FOUND} for a
     *         draft, another client's invoice or one the principal's link does not open
     */
    RenderedDocument invoice(PortalPrincipal principal, InvoiceId invoiceId, OutputStream out);

    /**
     * Writes a credit note of the principal's client that the principal may see.
     *
     * @param principal    the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param creditNoteId the credit note to print
     * @param out          where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CREDIT_NOTE_NOT_FOUND}
     *         otherwise
     */
    RenderedDocument creditNote(PortalPrincipal principal, CreditNoteId creditNoteId, OutputStream out);

    /**
     * Writes the receipt of a payment of the principal's client that the principal may see.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param paymentId the received payment to print a receipt for
     * @param out       where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#PAYMENT_NOT_FOUND}
     *         otherwise
     */
    RenderedDocument receipt(PortalPrincipal principal, PaymentId paymentId, OutputStream out);

    /**
     * Writes the statement of the principal's own client in its currency for the days {@code from} to {@code to},
     * both inclusive: the same document the business prints.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param from      the first day of the period, in the workspace's zone
     * @param to        the last day of the period, not before {@code from}
     * @param out       where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#DOCUMENT_NOT_FOUND} for a
     *         document link to another document, {@link dev.clientportal.core.kernel.ErrorCode#INVALID_PERIOD}
     */
    RenderedDocument statement(PortalPrincipal principal, LocalDate from, LocalDate to, OutputStream out);

    /**
     * Writes a quote of the principal's client that the principal may see; drafts are never shown to clients.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param quoteId   the quote revision to print
     * @param out       where the document is written; left open
     * @return the content type, file name, size and page count of what was written
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#QUOTE_NOT_FOUND}
     *         otherwise
     */
    RenderedDocument quote(PortalPrincipal principal, QuoteId quoteId, OutputStream out);
}
