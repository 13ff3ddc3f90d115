package dev.clientportal.core.document;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.PortalRuntime;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.receivables.Receivables;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.workspace.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.io.OutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

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
        return render(new Request(DocumentKind.INVOICE, principal, invoiceId, "invoiceId", out), workspace -> {
            Invoice invoice = stores.invoices.find(workspace.id(), invoiceId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
            Optional<URI> payUrl = InvoiceDocument.takesPayLink(invoice)
                    ? Objects.requireNonNullElse(payLinks.payUrl(invoice), Optional.empty()) : Optional.empty();
            return InvoiceDocument.of(workspace, client(workspace.id(), invoice.clientId()), invoice,
                    runtime.today(workspace.settings().timeZone()), payUrl, logos, runtime.clock().instant());
        });
    }

    @Override
    public RenderedDocument creditNote(StaffPrincipal principal, CreditNoteId creditNoteId, OutputStream out) {
        return render(new Request(DocumentKind.CREDIT_NOTE, principal, creditNoteId, "creditNoteId", out),
                workspace -> {
                    CreditNote note = stores.creditNotes.find(workspace.id(), creditNoteId).orElseThrow(() ->
                            PortalException.notFound(ErrorCode.CREDIT_NOTE_NOT_FOUND, "credit note", creditNoteId));
                    return CreditNoteDocument.of(workspace, client(workspace.id(), note.clientId()), note, logos,
                            runtime.clock().instant());
                });
    }

    @Override
    public RenderedDocument receipt(StaffPrincipal principal, PaymentId paymentId, OutputStream out) {
        return render(new Request(DocumentKind.RECEIPT, principal, paymentId, "paymentId", out), workspace -> {
            Payment payment = stores.payments.find(workspace.id(), paymentId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.PAYMENT_NOT_FOUND, "payment", paymentId));
            if (!payment.isReceived()) {
                throw PortalException.invalid(ErrorCode.PAYMENT_NOT_RECEIVED, "payment", payment.reference(),
                        "is " + payment.status() + "; a receipt is issued once the money has arrived");
            }
            return ReceiptDocument.of(workspace, client(workspace.id(), payment.clientId()), payment, logos,
                    runtime.clock().instant());
        });
    }

    @Override
    public RenderedDocument statement(StaffPrincipal principal, ClientId clientId, LocalDate from, LocalDate to,
                                      OutputStream out) {
        return render(new Request(DocumentKind.STATEMENT, principal, clientId, "clientId", out), workspace -> {
            Client client = client(workspace.id(), clientId);
            Statement statement = stores.receivables.statement(principal, clientId, from, to);
            return StatementDocument.of(workspace, client, statement, logos, runtime.clock().instant());
        });
    }

    @Override
    public RenderedDocument quote(StaffPrincipal principal, QuoteId quoteId, OutputStream out) {
        return render(new Request(DocumentKind.QUOTE, principal, quoteId, "quoteId", out), workspace -> {
            Quote quote = stores.quotes.find(workspace.id(), quoteId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.QUOTE_NOT_FOUND, "quote", quoteId));
            Optional<String> agreement = Optional.ofNullable(quote.content().requiredAgreement())
                    .flatMap(required -> stores.agreements.find(workspace.id(), required))
                    .map(required -> required.current().title());
            return QuoteDocument.of(workspace, client(workspace.id(), quote.clientId()), quote,
                    runtime.today(workspace.settings().timeZone()), contacts(workspace.id(), quote.clientId()),
                    agreement, logos, runtime.clock().instant());
        });
    }

    @Override
    public RenderedDocument agreementCertificate(StaffPrincipal principal, AgreementId agreementId,
                                                 OutputStream out) {
        return certificate(principal, agreementId, OptionalInt.empty(), out);
    }

    @Override
    public RenderedDocument agreementCertificate(StaffPrincipal principal, AgreementId agreementId, int versionNumber,
                                                 OutputStream out) {
        return certificate(principal, agreementId, OptionalInt.of(versionNumber), out);
    }

    /** The certificate of a version, or of the current version when none is given. */
    private RenderedDocument certificate(StaffPrincipal principal, AgreementId agreementId, OptionalInt versionNumber,
                                         OutputStream out) {
        return render(new Request(DocumentKind.AGREEMENT_CERTIFICATE, principal, agreementId, "agreementId", out),
                workspace -> {
                    Agreement agreement = stores.agreements.find(workspace.id(), agreementId).orElseThrow(() ->
                            PortalException.notFound(ErrorCode.AGREEMENT_NOT_FOUND, "agreement", agreementId));
                    int version = versionNumber.orElse(agreement.current().number());
                    return AgreementCertificateDocument.of(workspace, client(workspace.id(), agreement.clientId()),
                            agreement, version, contacts(workspace.id(), agreement.clientId()), logos,
                            runtime.clock().instant());
                });
    }

    /**
     * Checks the request (the renderer first, so an unsupported kind fails before anything is read), builds the
     * document in one transaction, and lays it out after the transaction.
     */
    private RenderedDocument render(Request request, Function<Workspace, PrintableDocument> build) {
        if (!renderer.kinds().contains(request.kind())) {
            throw PortalException.invalid(ErrorCode.UNSUPPORTED_DOCUMENT, "document.kind", request.kind(),
                    "the configured renderer lays out only " + renderer.kinds());
        }
        PortalException.requireField(request.principal(), "principal");
        PortalException.requireField(request.id(), request.idField());
        PortalException.requireField(request.out(), "out");
        PrintableDocument document = runtime.execute(events -> build.apply(workspace(request.principal())));
        return renderer.render(document, request.out());
    }

    private Workspace workspace(StaffPrincipal principal) {
        return stores.workspaces.require(principal.workspaceId());
    }

    private Client client(WorkspaceId workspaceId, ClientId clientId) {
        return stores.clients.require(workspaceId, clientId);
    }

    /** Every contact of a client, removed ones too: they may have signed or accepted before they were removed. */
    private List<Contact> contacts(WorkspaceId workspaceId, ClientId clientId) {
        return stores.contacts.forClient(workspaceId, clientId);
    }

    /** Who asks for which document, and where it goes. */
    private record Request(DocumentKind kind, StaffPrincipal principal, Object id, String idField,
                           OutputStream out) {
    }

    /** The stores documents are read from. */
    record Stores(WorkspaceRepository workspaces, ClientRepository clients, ContactRepository contacts,
                  InvoiceRepository invoices, CreditNoteRepository creditNotes, PaymentRepository payments,
                  QuoteRepository quotes, AgreementRepository agreements, Receivables receivables) {
    }
}
