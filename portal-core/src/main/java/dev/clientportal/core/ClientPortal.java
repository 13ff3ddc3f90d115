package dev.clientportal.core;

import dev.clientportal.core.access.Access;
import dev.clientportal.core.access.AccessSettings;
import dev.clientportal.core.access.DocumentDirectory;
import dev.clientportal.core.access.DocumentInfo;
import dev.clientportal.core.access.DocumentLinkRepository;
import dev.clientportal.core.access.DocumentRef;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.DocumentType;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.access.NotificationSender;
import dev.clientportal.core.access.Notifier;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.access.PortalSessionRepository;
import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.Agreements;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.analytics.AnalyticsSettings;
import dev.clientportal.core.analytics.FollowUpQueries;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.approval.Approvals;
import dev.clientportal.core.approval.DeliverableRepository;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.audit.AuditHistory;
import dev.clientportal.core.audit.AuditLog;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.Clients;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.document.DocumentRenderer;
import dev.clientportal.core.document.Documents;
import dev.clientportal.core.document.LogoSource;
import dev.clientportal.core.document.PayLinks;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.FileLibrary;
import dev.clientportal.core.files.FilePolicy;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.FileStore;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.messaging.Messaging;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.outbox.EventRelay;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.quote.QuoteStatus;
import dev.clientportal.core.quote.Quotes;
import dev.clientportal.core.receivables.Receivables;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.EventPublisher;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.views.PortalViewQueries;
import dev.clientportal.core.views.PortalViews;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.WorkspaceRepository;
import dev.clientportal.core.workspace.Workspaces;

import java.net.URI;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The entry point: built once from the host's adapters, it hands out the use cases. Thread-safe; share one instance.
 *
 * <pre>{@code
 * ClientPortal portal = ClientPortal.builder()
 *     .clock(Clock.systemUTC())
 *     .stores(InMemoryStores.create())
 *     .events(event -> log.info("portal event {}", event))
 *     .build();
 * }</pre>
 */
public final class ClientPortal {

    private final PortalRuntime runtime;
    private final EventRelay eventRelay;
    private final DocumentDirectory directory;
    private final Documents documents;
    private final Workspaces workspaces;
    private final Clients clients;
    private final Invoicing invoicing;
    private final Payments payments;
    private final Receivables receivables;
    private final AuditHistory audit;
    private final Access access;
    private final Analytics analytics;
    private final PortalViews clientViews;
    private final FileLibrary files;
    private final Messaging messaging;
    private final Approvals approvals;
    private final Quotes quotes;
    private final Agreements agreements;

    private ClientPortal(Ports ports, Builder settings) {
        Clock clock = new MicrosecondClock(settings.clock);
        IdGenerator ids = settings.ids != null ? settings.ids : IdGenerator.timeOrdered(clock);
        this.eventRelay = EventRelay.using(ports.eventOutbox(), ports.transactions(), settings.events, clock,
                settings.relaySettings);
        AuditLog auditLog = settings.auditKey == null ? new AuditLog(ports.auditTrail(), clock, ids)
                : new AuditLog(ports.auditTrail(), clock, ids, settings.auditKey);
        this.runtime = new PortalRuntime(clock, ids, ports.transactions(), ports.eventOutbox(), eventRelay,
                auditLog);
        this.directory = directory(ports);
        Notifier notifier = settings.notifications == null ? Notifier.none(ports.transactions())
                : Notifier.using(settings.notifications, ports.transactions(), settings.signInPage);
        this.workspaces = Workspaces.using(ports.workspaces(), runtime);
        this.clients = Clients.using(ports.workspaces(), ports.clients(), ports.contacts(), runtime);
        this.invoicing = Invoicing.using(ports.workspaces(), ports.clients(), ports.invoices(), ports.creditNotes(),
                ports.numberSequence(), runtime);
        this.payments = Payments.using(ports.workspaces(), ports.clients(), ports.invoices(), ports.payments(),
                ports.gatewayEvents(), ports.transactions(), settings.gateway, notifier, ports.numberSequence(),
                runtime);
        this.receivables = Receivables.using(ports.workspaces(), ports.clients(), ports.receivables(), runtime);
        this.audit = AuditHistory.using(ports.auditTrail(), runtime);
        this.access = Access.using(new Access.AccessStores(ports.loginTokens(), ports.portalSessions(),
                        ports.documentLinks(), ports.portalAccess(), ports.documentSendLog(), ports.rateLimits()),
                ports.workspaces(), ports.clients(), ports.contacts(), directory, settings.accessSettings,
                settings.random, notifier, runtime);
        this.analytics = Analytics.using(ports.viewStore(), ports.documentSendLog(), ports.followUpQueries(),
                directory, ports.workspaces(), settings.analyticsSettings, runtime);
        this.clientViews = PortalViews.using(ports.portalViewQueries(), ports.receivables(), ports.workspaces(),
                ports.clients(), ports.contacts(), analytics, runtime);
        this.files = FileLibrary.using(ports.files(), ports.fileStore(), ports.clients(), analytics,
                settings.filePolicy, runtime);
        this.messaging = Messaging.using(ports.messageThreads(), ports.messages(), ports.clients(), ports.files(),
                directory, runtime);
        directory.register(DocumentType.FILE, (workspaceId, id) -> ports.files().find(workspaceId, new FileId(id))
                .filter(SharedFile::present)
                .map(file -> new DocumentInfo(new DocumentRef(DocumentType.FILE, id), file.clientId(), file.name(),
                        Optional.empty())));
        this.approvals = Approvals.using(ports.deliverables(), ports.clients(), ports.contacts(), ports.files(),
                invoicing, analytics, runtime);
        // every version a business added is meant for the client; there are no draft versions to hide
        directory.register(DocumentType.DELIVERABLE_VERSION, (workspaceId, id) -> ports.deliverables()
                .findByVersion(workspaceId, new DeliverableVersionId(id))
                .flatMap(deliverable -> deliverable.version(new DeliverableVersionId(id))
                        .map(version -> new DocumentInfo(version.document(), deliverable.clientId(),
                                deliverable.title() + ", version " + version.number(), Optional.empty()))));
        this.agreements = Agreements.using(ports.agreements(), ports.workspaces(), ports.clients(), ports.contacts(),
                ports.files(), analytics, runtime);
        this.quotes = Quotes.using(ports.quotes(), ports.agreements(), ports.workspaces(), ports.clients(),
                ports.numberSequence(), invoicing, analytics, runtime);
        directory.register(DocumentType.QUOTE, (workspaceId, id) -> ports.quotes().find(workspaceId, new QuoteId(id))
                .filter(quote -> quote.status() != QuoteStatus.DRAFT)
                .map(quote -> new DocumentInfo(new DocumentRef(DocumentType.QUOTE, id), quote.clientId(),
                        "Quote " + quote.describe(), Optional.of(quote.content().expiresOn()))));
        directory.register(DocumentType.AGREEMENT, (workspaceId, id) -> ports.agreements()
                .find(workspaceId, new AgreementId(id))
                .filter(agreement -> agreement.status() != AgreementStatus.DRAFT)
                .map(agreement -> new DocumentInfo(new DocumentRef(DocumentType.AGREEMENT, id), agreement.clientId(),
                        agreement.current().title(), Optional.empty())));
        this.documents = settings.renderer == null ? null : Documents.using(ports.workspaces(), ports.clients(),
                ports.contacts(), ports.invoices(), ports.creditNotes(), ports.payments(), ports.quotes(),
                ports.agreements(), receivables,
                settings.documentCacheBytes > 0
                        ? DocumentRenderer.cached(settings.renderer, settings.documentCacheBytes) : settings.renderer,
                settings.logos, settings.payLinks, ports.transactions(), runtime);
    }

    /**
     * Registers how each document type a client can see is found; drafts, and receipts of payments whose money has
     * not arrived, resolve to nothing.
     */
    private static DocumentDirectory directory(Ports ports) {
        return new DocumentDirectory()
                .register(DocumentType.INVOICE, (workspaceId, id) -> ports.invoices().find(workspaceId, new InvoiceId(id))
                        .filter(invoice -> invoice.status() != InvoiceStatus.DRAFT)
                        .map(invoice -> new DocumentInfo(new DocumentRef(DocumentType.INVOICE, id), invoice.clientId(),
                                "Invoice " + invoice.number(), Optional.of(invoice.dueDate()))))
                .register(DocumentType.CREDIT_NOTE, (workspaceId, id) -> ports.creditNotes()
                        .find(workspaceId, new CreditNoteId(id))
                        .map(note -> new DocumentInfo(new DocumentRef(DocumentType.CREDIT_NOTE, id), note.clientId(),
                                "Credit note " + note.number(), Optional.empty())))
                .register(DocumentType.RECEIPT, (workspaceId, id) -> ports.payments().find(workspaceId, new PaymentId(id))
                        .filter(Payment::isReceived)
                        .map(payment -> new DocumentInfo(new DocumentRef(DocumentType.RECEIPT, id), payment.clientId(),
                                "Receipt " + payment.reference(), Optional.empty())))
                .register(DocumentType.STATEMENT, (workspaceId, id) -> ports.clients().find(workspaceId, new ClientId(id))
                        .map(client -> new DocumentInfo(new DocumentRef(DocumentType.STATEMENT, id), client.id(),
                                "Statement of " + client.name(), Optional.empty())));
    }

    /** A builder; {@link Builder#stores} (or every store port one by one) is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Workspaces: settings and branding. */
    public Workspaces workspaces() {
        return workspaces;
    }

    /** Clients and contacts. */
    public Clients clients() {
        return clients;
    }

    /** Invoices and credit notes. */
    public Invoicing invoicing() {
        return invoicing;
    }

    /** Payments, refunds and client credit. */
    public Payments payments() {
        return payments;
    }

    /** Aging, statements, DSO, dashboard and cash-flow forecast. */
    public Receivables receivables() {
        return receivables;
    }

    /** The audit trail: history and verification. */
    public AuditHistory audit() {
        return audit;
    }

    /** Invitations, magic-link sign-in, sessions, revocation and document links. */
    public Access access() {
        return access;
    }

    /** Document views, engagement and follow-up suggestions. */
    public Analytics analytics() {
        return analytics;
    }

    /** What a signed-in client sees: dashboard, invoices, payments, statement. */
    public PortalViews clientViews() {
        return clientViews;
    }

    /** Clients' document libraries: files shared and uploaded. */
    public FileLibrary files() {
        return files;
    }

    /** Threads and messages between the business and its clients. */
    public Messaging messaging() {
        return messaging;
    }

    /** Deliverables, versions, approval requests and decisions, for the business and the client. */
    public Approvals approvals() {
        return approvals;
    }

    /** Quotes: drafting, sending, revising, the client's decisions, and conversion into invoices. */
    public Quotes quotes() {
        return quotes;
    }

    /** Agreements: contracts the client's contacts sign and the business countersigns. */
    public Agreements agreements() {
        return agreements;
    }

    /** Which documents exist for clients; features and adapters register the resolvers of their document types. */
    public DocumentDirectory documentDirectory() {
        return directory;
    }

    /**
     * Invoices, credit notes, receipts, statements, quotes and agreement signature certificates as documents (PDF
     * with {@code portal-pdf}).
     *
     * @throws PortalException {@link ErrorCode#RENDERER_MISSING} when the portal was built without
     *         {@link Builder#renderer}
     */
    public Documents documents() {
        if (documents == null) {
            throw new PortalException(ErrorCode.RENDERER_MISSING, "documents() needs a DocumentRenderer: build the "
                    + "portal with .renderer(...), e.g. .renderer(OpenPdfRenderer.create()) from portal-pdf");
        }
        return documents;
    }

    /**
     * Delivers domain events from the outbox to the {@link Builder#events} publisher. The portal delivers what each
     * transaction wrote right after it commits; a host calls {@link EventRelay#deliverDue} on a schedule to retry
     * what failed or was interrupted.
     */
    public EventRelay eventRelay() {
        return eventRelay;
    }

    /** The clock, ids, transactions and audit log the use cases run with, for adapters that extend the portal. */
    public PortalRuntime runtime() {
        return runtime;
    }

    /**
     * Collects the adapters. Store ports come from {@link #stores} unless set one by one; the clock defaults to
     * UTC system time, ids to time-ordered UUIDs, events to none, randomness to a {@link SecureRandom}, and the
     * access and analytics settings to their defaults.
     */
    public static final class Builder {
        /** The default bound of the rendered-document cache: 32 MiB. */
        public static final long DEFAULT_DOCUMENT_CACHE_BYTES = 32L * 1024 * 1024;
        private static final int MIN_AUDIT_KEY_BYTES = 32;

        private Clock clock = Clock.systemUTC();
        private IdGenerator ids;
        private EventPublisher events = EventPublisher.none();
        private RelaySettings relaySettings = RelaySettings.defaults();
        private SecureRandom random = new SecureRandom();
        private AccessSettings accessSettings = AccessSettings.DEFAULTS;
        private AnalyticsSettings analyticsSettings = AnalyticsSettings.DEFAULTS;
        private FilePolicy filePolicy = FilePolicy.DEFAULTS;
        private DocumentRenderer renderer;
        private LogoSource logos = LogoSource.none();
        private PayLinks payLinks = PayLinks.none();
        private long documentCacheBytes = DEFAULT_DOCUMENT_CACHE_BYTES;
        private NotificationSender notifications;
        private URI signInPage;
        private PaymentGateway gateway;
        private GatewayEventInbox gatewayEvents;
        private SecretKey auditKey;
        private PortalStores stores;
        private TransactionRunner transactions;
        private WorkspaceRepository workspaces;
        private ClientRepository clients;
        private ContactRepository contacts;
        private InvoiceRepository invoices;
        private CreditNoteRepository creditNotes;
        private PaymentRepository payments;
        private NumberSequence numberSequence;
        private AuditTrail auditTrail;
        private ReceivablesQueries receivables;
        private LoginTokenRepository loginTokens;
        private PortalSessionRepository portalSessions;
        private DocumentLinkRepository documentLinks;
        private PortalAccessRepository portalAccess;
        private DocumentSendLog documentSendLog;
        private ViewStore viewStore;
        private FollowUpQueries followUpQueries;
        private PortalViewQueries portalViewQueries;
        private FileRepository fileRepository;
        private FileStore fileStore;
        private MessageThreadRepository messageThreads;
        private MessageStore messages;
        private DeliverableRepository deliverables;
        private QuoteRepository quotes;
        private AgreementRepository agreements;
        private EventOutbox eventOutbox;
        private WorkClaims workClaims;
        private RateLimitCounter rateLimits;

        private Builder() {
        }

        /** The clock every date and timestamp comes from (kept to whole microseconds, as databases store them). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How new ids are made. */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /**
         * Where domain events go: the outbox relay's target, called after commit, at least once per event and in
         * order per aggregate.
         */
        public Builder events(EventPublisher value) {
            this.events = Objects.requireNonNull(value, "events");
            return this;
        }

        /** The relay's owner name, lease and retry backoff; by default a random owner per portal instance. */
        public Builder relaySettings(RelaySettings value) {
            this.relaySettings = Objects.requireNonNull(value, "relaySettings");
            return this;
        }

        /** The source of sign-in, session and link secrets. */
        public Builder random(SecureRandom value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /** Lifetimes of sign-in links, sessions and document links, and sign-in rate limits. */
        public Builder accessSettings(AccessSettings value) {
            this.accessSettings = Objects.requireNonNull(value, "accessSettings");
            return this;
        }

        /** View classification, dedup window and follow-up thresholds. */
        public Builder analyticsSettings(AnalyticsSettings value) {
            this.analyticsSettings = Objects.requireNonNull(value, "analyticsSettings");
            return this;
        }

        /** The size limit and content types allowed for uploads. */
        public Builder filePolicy(FilePolicy value) {
            this.filePolicy = Objects.requireNonNull(value, "filePolicy");
            return this;
        }

        /** The renderer behind {@link ClientPortal#documents()}; without one, documents are unavailable. */
        public Builder renderer(DocumentRenderer value) {
            this.renderer = Objects.requireNonNull(value, "renderer");
            return this;
        }

        /** Where workspace logos are loaded from for documents; by default documents carry no logo. */
        public Builder logos(LogoSource value) {
            this.logos = Objects.requireNonNull(value, "logos");
            return this;
        }

        /** Where clients pay invoices online; by default invoices carry no pay link. */
        public Builder payLinks(PayLinks value) {
            this.payLinks = Objects.requireNonNull(value, "payLinks");
            return this;
        }

        /**
         * Where invitations, sign-in links and receipts go, after the transaction that decided them commits; needs
         * {@link #signInPage}. By default the portal sends nothing and the host emails the links it returns.
         */
        public Builder notifications(NotificationSender value) {
            this.notifications = Objects.requireNonNull(value, "notifications");
            return this;
        }

        /**
         * The host's page that redeems sign-in links with {@link Access#signIn}; notifications link to it with the
         * secret as the {@code token} query parameter, e.g. {@code https://portal.acme.example/sign-in?token=…}.
         */
        public Builder signInPage(URI value) {
            this.signInPage = Objects.requireNonNull(value, "signInPage");
            return this;
        }

        /**
         * The payment gateway clients pay through ({@code payments().pay}); without one, paying online fails with
         * {@link ErrorCode#GATEWAY_NOT_CONFIGURED} and everything else works.
         */
        public Builder gateway(PaymentGateway value) {
            this.gateway = Objects.requireNonNull(value, "gateway");
            return this;
        }

        /**
         * Bounds the cache of rendered documents by their total size in bytes; 0 turns it off. Defaults to
         * {@link #DEFAULT_DOCUMENT_CACHE_BYTES}.
         */
        public Builder documentCache(long maxBytes) {
            if (maxBytes < 0) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "documentCache", maxBytes,
                        "must be 0 (off) or a positive number of bytes");
            }
            this.documentCacheBytes = maxBytes;
            return this;
        }

        /**
         * The key the audit chain is MAC'd with (HMAC-SHA256), at least 32 bytes, kept outside the portal's
         * database (a secret manager): then rewriting an old entry and re-hashing every later one no longer yields
         * a chain that verifies. Without a key the chain is plain SHA-256, which is weaker — anyone who can write
         * the database can forge a consistent chain, and only checkpoints kept elsewhere reveal it. Keep the key
         * for the life of the chains: entries hashed under another key (or none) fail verification.
         */
        public Builder auditKey(byte[] key) {
            Objects.requireNonNull(key, "auditKey");
            requireAuditKeyLength(key.length);
            this.auditKey = new SecretKeySpec(key, "HmacSHA256");
            return this;
        }

        /** The audit chain's MAC key as a {@link SecretKey}, e.g. from a key store; see {@link #auditKey(byte[])}. */
        public Builder auditKey(SecretKey key) {
            Objects.requireNonNull(key, "auditKey");
            byte[] encoded = key.getEncoded();
            if (encoded != null) {
                requireAuditKeyLength(encoded.length);
                Arrays.fill(encoded, (byte) 0);
            }
            this.auditKey = key;
            return this;
        }

        private static void requireAuditKeyLength(int bytes) {
            if (bytes < MIN_AUDIT_KEY_BYTES) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "auditKey", bytes + " bytes",
                        "must be at least " + MIN_AUDIT_KEY_BYTES + " bytes (256 bits)");
            }
        }

        /** Every store port from one persistence adapter. */
        public Builder stores(PortalStores value) {
            this.stores = Objects.requireNonNull(value, "stores");
            return this;
        }

        /** Overrides the transaction runner (e.g. the host's Spring transactions). */
        public Builder transactions(TransactionRunner value) {
            this.transactions = Objects.requireNonNull(value, "transactions");
            return this;
        }

        /** Overrides the workspace repository. */
        public Builder workspaces(WorkspaceRepository value) {
            this.workspaces = Objects.requireNonNull(value, "workspaces");
            return this;
        }

        /** Overrides the client repository. */
        public Builder clients(ClientRepository value) {
            this.clients = Objects.requireNonNull(value, "clients");
            return this;
        }

        /** Overrides the contact repository. */
        public Builder contacts(ContactRepository value) {
            this.contacts = Objects.requireNonNull(value, "contacts");
            return this;
        }

        /** Overrides the invoice repository. */
        public Builder invoices(InvoiceRepository value) {
            this.invoices = Objects.requireNonNull(value, "invoices");
            return this;
        }

        /** Overrides the credit-note repository. */
        public Builder creditNotes(CreditNoteRepository value) {
            this.creditNotes = Objects.requireNonNull(value, "creditNotes");
            return this;
        }

        /** Overrides the payment repository. */
        public Builder payments(PaymentRepository value) {
            this.payments = Objects.requireNonNull(value, "payments");
            return this;
        }

        /** Overrides the gateway event inbox. */
        public Builder gatewayEvents(GatewayEventInbox value) {
            this.gatewayEvents = Objects.requireNonNull(value, "gatewayEvents");
            return this;
        }

        /** Overrides the document number sequence. */
        public Builder numberSequence(NumberSequence value) {
            this.numberSequence = Objects.requireNonNull(value, "numberSequence");
            return this;
        }

        /** Overrides the audit trail store. */
        public Builder auditTrail(AuditTrail value) {
            this.auditTrail = Objects.requireNonNull(value, "auditTrail");
            return this;
        }

        /** Overrides the receivables queries. */
        public Builder receivables(ReceivablesQueries value) {
            this.receivables = Objects.requireNonNull(value, "receivables");
            return this;
        }

        /** Overrides the sign-in token store. */
        public Builder loginTokens(LoginTokenRepository value) {
            this.loginTokens = Objects.requireNonNull(value, "loginTokens");
            return this;
        }

        /** Overrides the session store. */
        public Builder portalSessions(PortalSessionRepository value) {
            this.portalSessions = Objects.requireNonNull(value, "portalSessions");
            return this;
        }

        /** Overrides the document link store. */
        public Builder documentLinks(DocumentLinkRepository value) {
            this.documentLinks = Objects.requireNonNull(value, "documentLinks");
            return this;
        }

        /** Overrides the portal access store. */
        public Builder portalAccess(PortalAccessRepository value) {
            this.portalAccess = Objects.requireNonNull(value, "portalAccess");
            return this;
        }

        /** Overrides the document send log. */
        public Builder documentSendLog(DocumentSendLog value) {
            this.documentSendLog = Objects.requireNonNull(value, "documentSendLog");
            return this;
        }

        /** Overrides the view store. */
        public Builder viewStore(ViewStore value) {
            this.viewStore = Objects.requireNonNull(value, "viewStore");
            return this;
        }

        /** Overrides the follow-up queries. */
        public Builder followUpQueries(FollowUpQueries value) {
            this.followUpQueries = Objects.requireNonNull(value, "followUpQueries");
            return this;
        }

        /** Overrides the client-facing view queries. */
        public Builder portalViewQueries(PortalViewQueries value) {
            this.portalViewQueries = Objects.requireNonNull(value, "portalViewQueries");
            return this;
        }

        /** Overrides the library file records store. */
        public Builder files(FileRepository value) {
            this.fileRepository = Objects.requireNonNull(value, "files");
            return this;
        }

        /** Where file content is kept, e.g. {@code LocalFileStore.in(Path.of("/var/lib/portal/files"))}. */
        public Builder fileStore(FileStore value) {
            this.fileStore = Objects.requireNonNull(value, "fileStore");
            return this;
        }

        /** Overrides the message thread store. */
        public Builder messageThreads(MessageThreadRepository value) {
            this.messageThreads = Objects.requireNonNull(value, "messageThreads");
            return this;
        }

        /** Overrides the message store. */
        public Builder messages(MessageStore value) {
            this.messages = Objects.requireNonNull(value, "messages");
            return this;
        }

        /** Overrides the deliverable store. */
        public Builder deliverables(DeliverableRepository value) {
            this.deliverables = Objects.requireNonNull(value, "deliverables");
            return this;
        }

        /** Overrides the quote store. */
        public Builder quotes(QuoteRepository value) {
            this.quotes = Objects.requireNonNull(value, "quotes");
            return this;
        }

        /** Overrides the agreement store. */
        public Builder agreements(AgreementRepository value) {
            this.agreements = Objects.requireNonNull(value, "agreements");
            return this;
        }

        /** Overrides the event outbox. */
        public Builder eventOutbox(EventOutbox value) {
            this.eventOutbox = Objects.requireNonNull(value, "eventOutbox");
            return this;
        }

        /** Overrides the scheduled-work claims. */
        public Builder workClaims(WorkClaims value) {
            this.workClaims = Objects.requireNonNull(value, "workClaims");
            return this;
        }

        /** Overrides the sign-in rate-limit counters of the stores. */
        public Builder rateLimits(RateLimitCounter value) {
            this.rateLimits = Objects.requireNonNull(value, "rateLimits");
            return this;
        }

        /**
         * Builds the portal.
         *
         * @throws PortalException {@link ErrorCode#MISSING_PORT} naming every port that neither {@link #stores} nor
         *         its own setter provided, and {@code signInPage} when notifications are set without it
         */
        public ClientPortal build() {
            List<String> missing = new ArrayList<>();
            if (notifications != null && signInPage == null) {
                missing.add("signInPage (notifications carry sign-in links)");
            }
            Ports ports = new Ports(
                    port(transactions, PortalStores::transactions, "transactions", missing),
                    port(workspaces, PortalStores::workspaces, "workspaces", missing),
                    port(clients, PortalStores::clients, "clients", missing),
                    port(contacts, PortalStores::contacts, "contacts", missing),
                    port(invoices, PortalStores::invoices, "invoices", missing),
                    port(creditNotes, PortalStores::creditNotes, "creditNotes", missing),
                    port(payments, PortalStores::payments, "payments", missing),
                    port(numberSequence, PortalStores::numberSequence, "numberSequence", missing),
                    port(auditTrail, PortalStores::auditTrail, "auditTrail", missing),
                    port(receivables, PortalStores::receivables, "receivables", missing),
                    port(loginTokens, PortalStores::loginTokens, "loginTokens", missing),
                    port(portalSessions, PortalStores::portalSessions, "portalSessions", missing),
                    port(documentLinks, PortalStores::documentLinks, "documentLinks", missing),
                    port(portalAccess, PortalStores::portalAccess, "portalAccess", missing),
                    port(documentSendLog, PortalStores::documentSendLog, "documentSendLog", missing),
                    port(viewStore, PortalStores::viewStore, "viewStore", missing),
                    port(followUpQueries, PortalStores::followUpQueries, "followUpQueries", missing),
                    port(portalViewQueries, PortalStores::portalViewQueries, "portalViewQueries", missing),
                    port(fileRepository, PortalStores::files, "files", missing),
                    port(fileStore, PortalStores::fileStore, "fileStore", missing),
                    port(messageThreads, PortalStores::messageThreads, "messageThreads", missing),
                    port(messages, PortalStores::messages, "messages", missing),
                    port(deliverables, PortalStores::deliverables, "deliverables", missing),
                    port(quotes, PortalStores::quotes, "quotes", missing),
                    port(agreements, PortalStores::agreements, "agreements", missing),
                    port(eventOutbox, PortalStores::eventOutbox, "eventOutbox", missing),
                    port(workClaims, PortalStores::workClaims, "workClaims", missing),
                    port(rateLimits, PortalStores::rateLimits, "rateLimits", missing),
                    port(gatewayEvents, PortalStores::gatewayEvents, "gatewayEvents", missing));
            if (!missing.isEmpty()) {
                throw new PortalException(ErrorCode.MISSING_PORT, "ClientPortal needs " + String.join(", ", missing)
                        + ": call .stores(...) with a complete PortalStores, or set each of them");
            }
            return new ClientPortal(ports, this);
        }

        private <T> T port(T explicit, Function<PortalStores, T> fromStores, String name, List<String> missing) {
            T port = explicit != null ? explicit : stores != null ? fromStores.apply(stores) : null;
            if (port == null) {
                missing.add(name);
            }
            return port;
        }
    }

    /** The resolved store ports. */
    private record Ports(TransactionRunner transactions, WorkspaceRepository workspaces, ClientRepository clients,
                         ContactRepository contacts, InvoiceRepository invoices, CreditNoteRepository creditNotes,
                         PaymentRepository payments, NumberSequence numberSequence, AuditTrail auditTrail,
                         ReceivablesQueries receivables, LoginTokenRepository loginTokens,
                         PortalSessionRepository portalSessions, DocumentLinkRepository documentLinks,
                         PortalAccessRepository portalAccess, DocumentSendLog documentSendLog, ViewStore viewStore,
                         FollowUpQueries followUpQueries, PortalViewQueries portalViewQueries, FileRepository files,
                         FileStore fileStore, MessageThreadRepository messageThreads, MessageStore messages,
                         DeliverableRepository deliverables, QuoteRepository quotes, AgreementRepository agreements,
                         EventOutbox eventOutbox, WorkClaims workClaims, RateLimitCounter rateLimits,
                         GatewayEventInbox gatewayEvents) {
    }

    /**
     * The host's clock, cut to whole microseconds: PostgreSQL and MariaDB keep microseconds, so every timestamp the
     * portal writes (and hashes into the audit trail) reads back exactly as written.
     */
    private static final class MicrosecondClock extends Clock {
        private final Clock clock;

        MicrosecondClock(Clock clock) {
            this.clock = clock;
        }

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(clock.withZone(zone));
        }

        @Override
        public Instant instant() {
            return clock.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return clock.millis();
        }
    }
}
