package dev.clientportal.core.document;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.TypedId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
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
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.quote.QuoteStatus;
import dev.clientportal.core.receivables.Receivables;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.io.OutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

final class DocumentService implements Documents {

    private final Stores stores;
    private final DocumentRenderer renderer;
    private final LogoSource logos;
    private final PayLinks payLinks;
    private final TransactionRunner transactions;
    private final PortalRuntime runtime;

    DocumentService(Stores stores, DocumentRenderer renderer, LogoSource logos, PayLinks payLinks,
                    TransactionRunner transactions, PortalRuntime runtime) {
        this.stores = stores;
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.logos = Objects.requireNonNull(logos, "logos");
        this.payLinks = Objects.requireNonNull(payLinks, "payLinks");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.runtime = runtime;
    }

    @Override
    public RenderedDocument invoice(StaffPrincipal principal, InvoiceId invoiceId, OutputStream out) {
        return render(new Request(DocumentKind.INVOICE, principal, invoiceId, "invoiceId", out), workspace -> {
            Invoice invoice = stores.invoices.find(workspace.id(), invoiceId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
            return invoiceDocument(workspace, invoice);
        });
    }

    @Override
    public RenderedDocument invoice(PortalPrincipal principal, InvoiceId invoiceId, OutputStream out) {
        return render(new Request(DocumentKind.INVOICE, principal, invoiceId, "invoiceId", out), workspace -> {
            Invoice invoice = stores.invoices.find(workspace.id(), invoiceId)
                    .filter(found -> found.status() != InvoiceStatus.DRAFT)
                    .filter(found -> visible(principal, found.clientId(), DocumentType.INVOICE, invoiceId))
                    .orElseThrow(() -> PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
            return invoiceDocument(workspace, invoice);
        });
    }

    /** Reads what the invoice prints; asks for the pay link and lays it out after the transaction. */
    private Supplier<PrintableDocument> invoiceDocument(Workspace workspace, Invoice invoice) {
        Client client = client(workspace.id(), invoice.clientId());
        LocalDate today = runtime.today(workspace.settings().timeZone());
        return () -> {
            // the host's PayLinks may call a payment gateway: never while a transaction holds its rows
            Optional<URI> payUrl = InvoiceDocument.takesPayLink(invoice)
                    ? Objects.requireNonNullElse(payLinks.payUrl(invoice), Optional.empty()) : Optional.empty();
            return InvoiceDocument.of(workspace, client, invoice, today, payUrl, logos, runtime.clock().instant());
        };
    }

    @Override
    public RenderedDocument creditNote(StaffPrincipal principal, CreditNoteId creditNoteId, OutputStream out) {
        return render(new Request(DocumentKind.CREDIT_NOTE, principal, creditNoteId, "creditNoteId", out),
                workspace -> creditNoteDocument(workspace, stores.creditNotes.find(workspace.id(), creditNoteId)
                        .orElseThrow(() -> creditNoteNotFound(creditNoteId))));
    }

    @Override
    public RenderedDocument creditNote(PortalPrincipal principal, CreditNoteId creditNoteId, OutputStream out) {
        return render(new Request(DocumentKind.CREDIT_NOTE, principal, creditNoteId, "creditNoteId", out),
                workspace -> creditNoteDocument(workspace, stores.creditNotes.find(workspace.id(), creditNoteId)
                        .filter(note -> visible(principal, note.clientId(), DocumentType.CREDIT_NOTE, creditNoteId))
                        .orElseThrow(() -> creditNoteNotFound(creditNoteId))));
    }

    private Supplier<PrintableDocument> creditNoteDocument(Workspace workspace, CreditNote note) {
        Client client = client(workspace.id(), note.clientId());
        return () -> CreditNoteDocument.of(workspace, client, note, logos, runtime.clock().instant());
    }

    private static PortalException creditNoteNotFound(CreditNoteId creditNoteId) {
        return PortalException.notFound(ErrorCode.CREDIT_NOTE_NOT_FOUND, "credit note", creditNoteId);
    }

    @Override
    public RenderedDocument receipt(StaffPrincipal principal, PaymentId paymentId, OutputStream out) {
        return render(new Request(DocumentKind.RECEIPT, principal, paymentId, "paymentId", out),
                workspace -> receiptDocument(workspace, stores.payments.find(workspace.id(), paymentId)
                        .orElseThrow(() -> paymentNotFound(paymentId))));
    }

    @Override
    public RenderedDocument receipt(PortalPrincipal principal, PaymentId paymentId, OutputStream out) {
        return render(new Request(DocumentKind.RECEIPT, principal, paymentId, "paymentId", out),
                workspace -> receiptDocument(workspace, stores.payments.find(workspace.id(), paymentId)
                        .filter(payment -> visible(principal, payment.clientId(), DocumentType.RECEIPT, paymentId))
                        // a client has no receipt for money that has not arrived
                        .filter(Payment::isReceived)
                        .orElseThrow(() -> paymentNotFound(paymentId))));
    }

    private Supplier<PrintableDocument> receiptDocument(Workspace workspace, Payment payment) {
        if (!payment.isReceived()) {
            throw PortalException.invalid(ErrorCode.PAYMENT_NOT_RECEIVED, "payment", payment.reference(),
                    "is " + payment.status() + "; a receipt is issued once the money has arrived");
        }
        Client client = client(workspace.id(), payment.clientId());
        return () -> ReceiptDocument.of(workspace, client, payment, logos, runtime.clock().instant());
    }

    private static PortalException paymentNotFound(PaymentId paymentId) {
        return PortalException.notFound(ErrorCode.PAYMENT_NOT_FOUND, "payment", paymentId);
    }

    @Override
    public RenderedDocument statement(StaffPrincipal principal, ClientId clientId, LocalDate from, LocalDate to,
                                      OutputStream out) {
        return render(new Request(DocumentKind.STATEMENT, principal, clientId, "clientId", out), workspace -> {
            Client client = client(workspace.id(), clientId);
            Statement statement = stores.receivables.statement(principal, clientId, from, to);
            return () -> StatementDocument.of(workspace, client, statement, logos, runtime.clock().instant());
        });
    }

    @Override
    public RenderedDocument statement(PortalPrincipal principal, LocalDate from, LocalDate to, OutputStream out) {
        PortalException.requireField(principal, "principal");
        ClientId clientId = principal.clientId();
        return render(new Request(DocumentKind.STATEMENT, principal, clientId, "clientId", out), workspace -> {
            Client client = stores.clients.find(workspace.id(), clientId)
                    .filter(found -> visible(principal, found.id(), DocumentType.STATEMENT, clientId))
                    .orElseThrow(() -> PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "statement", clientId));
            // the business's statement of this client: the same figures the staff-side document prints
            Statement statement = stores.receivables.statement(StaffPrincipal.system(workspace.id()), clientId, from,
                    to);
            return () -> StatementDocument.of(workspace, client, statement, logos, runtime.clock().instant());
        });
    }

    @Override
    public RenderedDocument quote(StaffPrincipal principal, QuoteId quoteId, OutputStream out) {
        return render(new Request(DocumentKind.QUOTE, principal, quoteId, "quoteId", out),
                workspace -> quoteDocument(workspace, stores.quotes.find(workspace.id(), quoteId)
                        .orElseThrow(() -> quoteNotFound(quoteId))));
    }

    @Override
    public RenderedDocument quote(PortalPrincipal principal, QuoteId quoteId, OutputStream out) {
        return render(new Request(DocumentKind.QUOTE, principal, quoteId, "quoteId", out),
                workspace -> quoteDocument(workspace, stores.quotes.find(workspace.id(), quoteId)
                        .filter(quote -> quote.status() != QuoteStatus.DRAFT)
                        .filter(quote -> visible(principal, quote.clientId(), DocumentType.QUOTE, quoteId))
                        .orElseThrow(() -> quoteNotFound(quoteId))));
    }

    private Supplier<PrintableDocument> quoteDocument(Workspace workspace, Quote quote) {
        Optional<String> agreement = Optional.ofNullable(quote.content().requiredAgreement())
                .flatMap(required -> stores.agreements.find(workspace.id(), required))
                .map(required -> required.current().title());
        Client client = client(workspace.id(), quote.clientId());
        LocalDate today = runtime.today(workspace.settings().timeZone());
        List<Contact> contacts = contacts(workspace.id(), quote.clientId());
        return () -> QuoteDocument.of(workspace, client, quote, today, contacts, agreement, logos,
                runtime.clock().instant());
    }

    private static PortalException quoteNotFound(QuoteId quoteId) {
        return PortalException.notFound(ErrorCode.QUOTE_NOT_FOUND, "quote", quoteId);
    }

    /** Whether a client-side principal may see a document of a client: other clients' and unlinked ones are not. */
    private static boolean visible(PortalPrincipal principal, ClientId owner, DocumentType type, TypedId id) {
        return principal.canSee(principal.workspaceId(), owner, DocumentRef.of(type, id));
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
                    Client client = client(workspace.id(), agreement.clientId());
                    List<Contact> contacts = contacts(workspace.id(), agreement.clientId());
                    return () -> AgreementCertificateDocument.of(workspace, client, agreement, version, contacts,
                            logos, runtime.clock().instant());
                });
    }

    /**
     * Checks the request (the renderer first, so an unsupported kind fails before anything is read), reads the
     * document in one read-only transaction, then — with no transaction open — completes it (pay links, logos) and
     * lays it out.
     */
    private RenderedDocument render(Request request, Function<Workspace, Supplier<PrintableDocument>> read) {
        if (!renderer.kinds().contains(request.kind())) {
            throw PortalException.invalid(ErrorCode.UNSUPPORTED_DOCUMENT, "document.kind", request.kind(),
                    "the configured renderer lays out only " + renderer.kinds());
        }
        PortalException.requireField(request.principal(), "principal");
        PortalException.requireField(request.id(), request.idField());
        PortalException.requireField(request.out(), "out");
        Supplier<PrintableDocument> model = transactions.inReadOnlyTransaction(() ->
                read.apply(stores.workspaces.require(request.workspaceId())));
        return renderer.render(model.get(), request.out());
    }

    private Client client(WorkspaceId workspaceId, ClientId clientId) {
        return stores.clients.require(workspaceId, clientId);
    }

    /** Every contact of a client, removed ones too: they may have signed or accepted before they were removed. */
    private List<Contact> contacts(WorkspaceId workspaceId, ClientId clientId) {
        return stores.contacts.forClient(workspaceId, clientId);
    }

    /** Who asks for which document (a {@link StaffPrincipal} or a {@link PortalPrincipal}), and where it goes. */
    private record Request(DocumentKind kind, Object principal, Object id, String idField, OutputStream out) {

        WorkspaceId workspaceId() {
            return principal instanceof StaffPrincipal staff ? staff.workspaceId()
                    : ((PortalPrincipal) principal).workspaceId();
        }
    }

    /** The stores documents are read from. */
    record Stores(WorkspaceRepository workspaces, ClientRepository clients, ContactRepository contacts,
                  InvoiceRepository invoices, CreditNoteRepository creditNotes, PaymentRepository payments,
                  QuoteRepository quotes, AgreementRepository agreements, Receivables receivables) {
    }
}
