package dev.clientportal.core.document;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.PortalRuntime;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.receivables.Receivables;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.workspace.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.io.OutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

final class DocumentService implements Documents {

    private final Stores stores;
    private final DocumentRenderer renderer;
    private final LogoSource logos;
    private final PayLinks payLinks;
    private final PortalRuntime runtime;

    DocumentService(Stores stores, DocumentRenderer renderer, LogoSource logos, PayLinks payLinks,
                    PortalRuntime runtime) {
        this.stores = stores;
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.logos = Objects.requireNonNull(logos, "logos");
        this.payLinks = Objects.requireNonNull(payLinks, "payLinks");
        this.runtime = runtime;
    }

    @Override
    public RenderedDocument invoice(StaffPrincipal principal, InvoiceId invoiceId, OutputStream out) {
        requireCall(DocumentKind.INVOICE, principal, invoiceId, "invoiceId", out);
        return render(runtime.execute(events -> {
            Workspace workspace = workspace(principal);
            Invoice invoice = stores.invoices.find(workspace.id(), invoiceId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
            Client client = client(workspace.id(), invoice.clientId());
            Optional<URI> payUrl = InvoiceDocument.takesPayLink(invoice)
                    ? Objects.requireNonNullElse(payLinks.payUrl(invoice), Optional.empty()) : Optional.empty();
            return InvoiceDocument.of(workspace, client, invoice, runtime.today(workspace.settings().timeZone()),
                    payUrl, logos, runtime.clock().instant());
        }), out);
    }

    @Override
    public RenderedDocument creditNote(StaffPrincipal principal, CreditNoteId creditNoteId, OutputStream out) {
        requireCall(DocumentKind.CREDIT_NOTE, principal, creditNoteId, "creditNoteId", out);
        return render(runtime.execute(events -> {
            Workspace workspace = workspace(principal);
            CreditNote note = stores.creditNotes.find(workspace.id(), creditNoteId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.CREDIT_NOTE_NOT_FOUND, "credit note", creditNoteId));
            return CreditNoteDocument.of(workspace, client(workspace.id(), note.clientId()), note, logos,
                    runtime.clock().instant());
        }), out);
    }

    @Override
    public RenderedDocument receipt(StaffPrincipal principal, PaymentId paymentId, OutputStream out) {
        requireCall(DocumentKind.RECEIPT, principal, paymentId, "paymentId", out);
        return render(runtime.execute(events -> {
            Workspace workspace = workspace(principal);
            Payment payment = stores.payments.find(workspace.id(), paymentId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.PAYMENT_NOT_FOUND, "payment", paymentId));
            return ReceiptDocument.of(workspace, client(workspace.id(), payment.clientId()), payment, logos,
                    runtime.clock().instant());
        }), out);
    }

    @Override
    public RenderedDocument statement(StaffPrincipal principal, ClientId clientId, LocalDate from, LocalDate to,
                                      OutputStream out) {
        requireCall(DocumentKind.STATEMENT, principal, clientId, "clientId", out);
        return render(runtime.execute(events -> {
            Workspace workspace = workspace(principal);
            Client client = client(workspace.id(), clientId);
            Statement statement = stores.receivables.statement(principal, clientId, from, to);
            return StatementDocument.of(workspace, client, statement, logos, runtime.clock().instant());
        }), out);
    }

    private RenderedDocument render(PrintableDocument document, OutputStream out) {
        return renderer.render(document, out);
    }

    /** Checks the arguments, and the renderer before anything is read, so an unsupported kind fails fast. */
    private void requireCall(DocumentKind kind, StaffPrincipal principal, Object id, String idField,
                             OutputStream out) {
        if (!renderer.kinds().contains(kind)) {
            throw PortalException.invalid(ErrorCode.UNSUPPORTED_DOCUMENT, "document.kind", kind,
                    "the configured renderer lays out only " + renderer.kinds());
        }
        PortalException.requireField(principal, "principal");
        PortalException.requireField(id, idField);
        PortalException.requireField(out, "out");
    }

    private Workspace workspace(StaffPrincipal principal) {
        return stores.workspaces.find(principal.workspaceId()).orElseThrow(() ->
                PortalException.notFound(ErrorCode.WORKSPACE_NOT_FOUND, "workspace", principal.workspaceId()));
    }

    private Client client(WorkspaceId workspaceId, ClientId clientId) {
        return stores.clients.find(workspaceId, clientId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.CLIENT_NOT_FOUND, "client", clientId));
    }

    /** The stores documents are read from. */
    record Stores(WorkspaceRepository workspaces, ClientRepository clients, InvoiceRepository invoices,
                  CreditNoteRepository creditNotes, PaymentRepository payments, Receivables receivables) {
    }
}
