package dev.clientportal.core;

import dev.clientportal.core.access.Access;
import dev.clientportal.core.access.AccessSettings;
import dev.clientportal.core.access.AccessWiring;
import dev.clientportal.core.agreement.Agreements;
import dev.clientportal.core.agreement.AgreementsWiring;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.analytics.AnalyticsSettings;
import dev.clientportal.core.analytics.AnalyticsWiring;
import dev.clientportal.core.approval.Approvals;
import dev.clientportal.core.approval.ApprovalsWiring;
import dev.clientportal.core.audit.Audit;
import dev.clientportal.core.automation.Automation;
import dev.clientportal.core.automation.AutomationWiring;
import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.notices.Notifications;
import dev.clientportal.core.notices.NotificationsWiring;
import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.catalog.DocumentResolver;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.client.Clients;
import dev.clientportal.core.client.ClientsWiring;
import dev.clientportal.core.clientview.PortalViews;
import dev.clientportal.core.clientview.PortalViewsWiring;
import dev.clientportal.core.document.DocumentRenderer;
import dev.clientportal.core.document.Documents;
import dev.clientportal.core.document.DocumentsWiring;
import dev.clientportal.core.document.LogoSource;
import dev.clientportal.core.document.PayLinks;
import dev.clientportal.core.files.FileLibrary;
import dev.clientportal.core.files.FileLibraryWiring;
import dev.clientportal.core.files.FilePolicy;
import dev.clientportal.core.files.FileStore;
import dev.clientportal.core.files.LibraryIntake;
import dev.clientportal.core.files.LocalFileStore;
import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.internal.AuditService;
import dev.clientportal.core.internal.Notifier;
import dev.clientportal.core.internal.OutboxRelay;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.invoice.InvoicingWiring;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.messaging.Messaging;
import dev.clientportal.core.messaging.MessagingWiring;
import dev.clientportal.core.notification.NotificationSender;
import dev.clientportal.core.outbox.EventRelay;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.payment.ChargebackHold;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.payment.PaymentsWiring;
import dev.clientportal.core.exports.Exports;
import dev.clientportal.core.exports.ExportsWiring;
import dev.clientportal.core.project.Projects;
import dev.clientportal.core.project.ProjectsWiring;
import dev.clientportal.core.quote.Quotes;
import dev.clientportal.core.quote.QuotesWiring;
import dev.clientportal.core.receivables.Receivables;
import dev.clientportal.core.receivables.ReceivablesWiring;
import dev.clientportal.core.spi.EventPublisher;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.Periods;
import dev.clientportal.core.workspace.Workspaces;
import dev.clientportal.core.workspace.WorkspacesWiring;

import org.jspecify.annotations.Nullable;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The entry point: built once from the host's adapters, it hands out the use cases. Thread-safe; share one instance.
 *
 * <pre>{@code
 * ClientPortal portal = ClientPortal.builder()
 *     .clock(Clock.systemUTC())
 *     .stores(stores)
 *     .fileStore(LocalFileStore.in(Path.of("/var/lib/portal/files")))
 *     .events(event -> log.info("portal event {}", event))
 *     .build();
 * }</pre>
 */
public final class ClientPortal {

    private final EventRelay eventRelay;
    private final @Nullable Documents documents;
    private final Workspaces workspaces;
    private final Periods periods;
    private final Clients clients;
    private final Invoicing invoicing;
    private final Payments payments;
    private final Receivables receivables;
    private final Audit audit;
    private final Access access;
    private final Analytics analytics;
    private final PortalViews clientViews;
    private final FileLibrary files;
    private final Messaging messaging;
    private final Approvals approvals;
    private final Quotes quotes;
    private final Agreements agreements;
    private final @Nullable Automation automation;
    private final @Nullable Projects projects;
    private final @Nullable Exports exports;
    private final Notifications notifications;

    private ClientPortal(PortalStores stores, FileStore fileStore, Builder settings) {
        Clock clock = new MicrosecondClock(settings.clock);
        IdGenerator ids = settings.ids != null ? settings.ids : IdGenerator.timeOrdered(clock);
        TransactionRunner transactions = stores.transactions();
        OutboxRelay relay = new OutboxRelay(stores.eventOutbox(), transactions, settings.events, clock,
                settings.relaySettings);
        this.eventRelay = relay;
        AuditLog auditLog = settings.auditKey == null ? new AuditLog(stores.auditTrail(), clock, ids)
                : new AuditLog(stores.auditTrail(), clock, ids, settings.auditKey);
        PortalRuntime runtime = new PortalRuntime(clock, ids, transactions, relay, auditLog);
        DocumentCatalog catalog = catalog(stores);
        Notices notifier = Notices.of(settings.notifications == null ? Notifier.none(transactions)
                        : Notifier.using(settings.notifications, transactions, settings.signInPage),
                stores.notifications(), onceClaims(stores.workClaims(), settings.relaySettings.owner()), runtime);
        this.notifications = NotificationsWiring.create(stores.notifications(), stores.workspaces(), stores.clients(),
                runtime);
        this.workspaces = WorkspacesWiring.create(stores.workspaces(), runtime);
        this.periods = WorkspacesWiring.periods(stores.workspaces(), stores.periodLocks(), runtime);
        this.clients = ClientsWiring.create(stores.workspaces(), stores.clients(), stores.contacts(), runtime);
        this.invoicing = InvoicingWiring.create(stores.workspaces(), stores.clients(), stores.invoices(),
                stores.creditNotes(), stores.numberSequence(), stores.periodLocks(), runtime);
        this.payments = PaymentsWiring.create(stores.workspaces(), stores.clients(), stores.invoices(),
                stores.payments(), stores.gatewayEvents(), transactions, settings.gateway, notifier,
                stores.numberSequence(), stores.reminders().map(reminders -> AutomationWiring.chargebacks(reminders,
                        runtime)).orElse(ChargebackHold.NONE), stores.periodLocks(), runtime);
        this.receivables = ReceivablesWiring.create(stores.workspaces(), stores.clients(), stores.receivables(),
                runtime);
        this.audit = new AuditService(stores.auditTrail(), runtime);
        this.access = AccessWiring.create(stores.loginTokens(), stores.portalSessions(), stores.sessionQueries(),
                stores.documentLinks(), stores.portalAccess(), stores.documentSendLog(), stores.rateLimits(),
                stores.workspaces(), stores.clients(), stores.contacts(), catalog, settings.accessSettings,
                settings.random, notifier, runtime);
        this.analytics = AnalyticsWiring.create(stores.viewStore(), stores.documentSendLog(), stores.followUpQueries(),
                catalog, stores.workspaces(), settings.analyticsSettings, stores.clients(), notifier, runtime);
        this.clientViews = PortalViewsWiring.create(stores.portalViewQueries(), stores.dashboardQueries(),
                stores.receivables(), stores.workspaces(), stores.clients(), analytics, runtime);
        LibraryIntake intake = FileLibraryWiring.intake(stores.files(), fileStore, settings.filePolicy, runtime);
        this.files = FileLibraryWiring.create(stores.files(), fileStore, stores.clients(), analytics, intake, runtime);
        this.messaging = MessagingWiring.create(stores.messageThreads(), stores.messages(), stores.clients(),
                stores.files(), catalog, runtime);
        this.approvals = ApprovalsWiring.create(stores.deliverables(), stores.clients(), stores.contacts(),
                stores.files(), intake, invoicing, analytics, runtime);
        this.agreements = AgreementsWiring.create(stores.agreements(), stores.workspaces(), stores.clients(),
                stores.contacts(), stores.files(), analytics, runtime);
        this.quotes = QuotesWiring.create(stores.quotes(), stores.agreements(), stores.workspaces(), stores.clients(),
                stores.numberSequence(), invoicing, analytics, stores.periodLocks(), runtime);
        this.projects = stores.projects().map(projectStores -> ProjectsWiring.create(projectStores,
                stores.workspaces(), stores.clients(), stores.contacts(), stores.portalAccess(), stores.invoices(),
                stores.quotes(), stores.deliverables(), stores.agreements(), stores.messageThreads(), stores.files(),
                settings.feedEditWindow, notifier, runtime))
                .orElse(null);
        this.exports = stores.exports().map(queries -> ExportsWiring.create(queries, stores.workspaces(),
                stores.clients(), stores.invoices(), stores.auditTrail(), runtime)).orElse(null);
        this.automation = stores.reminders().map(reminders -> AutomationWiring.create(reminders,
                stores.recurringTemplates(), stores.chargeAttempts(), stores.lateFees(), stores.workClaims(),
                stores.workspaces(),
                stores.clients(), stores.invoices(), InvoicingWiring.datedIssuing(invoicing), stores.viewStore(),
                settings.gateway, stores.gatewayCustomers(), payments, settings.payLinks, notifier,
                stores.periodLocks(), settings.relaySettings.owner(), runtime)).orElse(null);
        this.documents = settings.renderer == null ? null : DocumentsWiring.create(stores.workspaces(),
                stores.clients(), stores.contacts(), stores.invoices(), stores.creditNotes(), stores.payments(),
                stores.quotes(), stores.agreements(), receivables,
                settings.documentCacheBytes > 0
                        ? DocumentRenderer.cached(settings.renderer, settings.documentCacheBytes) : settings.renderer,
                settings.logos, settings.payLinks, transactions, runtime);
    }

    /**
     * Once-only notices claimed as completed work: the first claim of a key inserts its row and completes it in one
     * transaction, so no instance can claim it again.
     */
    private static Notices.OnceClaims onceClaims(WorkClaims claims, String owner) {
        return (workspaceId, key, now) -> {
            WorkKey work = WorkKey.of(key);
            if (!claims.tryClaim(workspaceId, work, owner, now, Duration.ofMinutes(1))) {
                return false;
            }
            claims.complete(workspaceId, work, owner);
            return true;
        };
    }

    /**
     * The documents clients can see, each type resolved by the feature that owns it; every feature keeps its own
     * visibility rule (drafts, and receipts of payments whose money has not arrived, resolve to nothing).
     */
    private static DocumentCatalog catalog(PortalStores stores) {
        Map<DocumentType, DocumentResolver> resolvers = new EnumMap<>(DocumentType.class);
        resolvers.putAll(InvoicingWiring.documents(stores.invoices(), stores.creditNotes()));
        resolvers.putAll(PaymentsWiring.documents(stores.payments()));
        resolvers.putAll(ReceivablesWiring.documents(stores.clients()));
        resolvers.putAll(QuotesWiring.documents(stores.quotes()));
        resolvers.putAll(AgreementsWiring.documents(stores.agreements()));
        resolvers.putAll(ApprovalsWiring.documents(stores.deliverables()));
        resolvers.putAll(FileLibraryWiring.documents(stores.files()));
        return DocumentCatalog.of(resolvers);
    }

    /**
     * A builder; {@link Builder#stores} (or every store port one by one) is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Notifications: the workspace's templates per kind and language, and the log of notifications sent.
     *
     * @return the notification use cases
     */
    public Notifications notifications() {
        return notifications;
    }

    /**
     * Workspaces: settings and branding.
     *
     * @return the workspace use cases: settings and branding
     */
    public Workspaces workspaces() {
        return workspaces;
    }

    /**
     * Closing periods: the lock date before which nothing may be issued, voided or credited, and reopening.
     *
     * @return the period-closing use cases
     */
    public Periods periods() {
        return periods;
    }

    /**
     * Clients and contacts.
     *
     * @return the client and contact use cases
     */
    public Clients clients() {
        return clients;
    }

    /**
     * Invoices and credit notes.
     *
     * @return the invoicing use cases: invoices and credit notes
     */
    public Invoicing invoicing() {
        return invoicing;
    }

    /**
     * Payments, refunds and client credit.
     *
     * @return the payment use cases: payments, refunds and client credit
     */
    public Payments payments() {
        return payments;
    }

    /**
     * Aging, statements, DSO, dashboard and cash-flow forecast.
     *
     * @return the receivables reports: aging, statements, DSO, dashboard and cash-flow forecast
     */
    public Receivables receivables() {
        return receivables;
    }

    /**
     * The audit trail: history and verification.
     *
     * @return the audit trail's history and verification
     */
    public Audit audit() {
        return audit;
    }

    /**
     * Invitations, magic-link sign-in, sessions, revocation and document links.
     *
     * @return the access use cases: invitations, sign-in, sessions, revocation and document links
     */
    public Access access() {
        return access;
    }

    /**
     * Document views, engagement and follow-up suggestions.
     *
     * @return the analytics: document views, engagement and follow-up suggestions
     */
    public Analytics analytics() {
        return analytics;
    }

    /**
     * What a signed-in client sees: dashboard, invoices, payments, statement.
     *
     * @return the client-facing views: dashboard, invoices, payments, statement
     */
    public PortalViews clientViews() {
        return clientViews;
    }

    /**
     * Clients' document libraries: files shared and uploaded.
     *
     * @return the clients' document libraries
     */
    public FileLibrary files() {
        return files;
    }

    /**
     * Threads and messages between the business and its clients.
     *
     * @return the message threads between the business and its clients
     */
    public Messaging messaging() {
        return messaging;
    }

    /**
     * Deliverables, versions, approval requests and decisions, for the business and the client.
     *
     * @return the approval use cases, for the business and the client
     */
    public Approvals approvals() {
        return approvals;
    }

    /**
     * Quotes: drafting, sending, revising, the client's decisions, and conversion into invoices.
     *
     * @return the quote use cases
     */
    public Quotes quotes() {
        return quotes;
    }

    /**
     * Agreements: contracts the client's contacts sign and the business countersigns.
     *
     * @return the agreement use cases
     */
    public Agreements agreements() {
        return agreements;
    }


    /**
     * Payment reminders: the business's policies and pauses, and the run a host calls from its scheduler on every
     * instance ({@code runDue}).
     *
     * @return the automation use cases
     * @throws PortalException {@link ErrorCode#MISSING_PORT} when the stores keep no reminders
     *         ({@link PortalStores#reminders()} is empty)
     */
    public Automation automation() {
        if (automation == null) {
            throw new PortalException(ErrorCode.MISSING_PORT, "automation() needs stores that keep reminders: "
                    + "PortalStores.reminders() is empty for these stores");
        }
        return automation;
    }

    /**
     * Projects per client and the activity feed: updates staff post and what the portal notes by itself, read by the
     * client's contacts with unread markers.
     *
     * @return the project and activity feed use cases
     * @throws PortalException {@link ErrorCode#MISSING_PORT} when the stores keep no projects
     *         ({@link PortalStores#projects()} is empty)
     */
    public Projects projects() {
        if (projects == null) {
            throw new PortalException(ErrorCode.MISSING_PORT, "projects() needs stores that keep projects: "
                    + "PortalStores.projects() is empty for these stores");
        }
        return projects;
    }

    /**
     * Exports for the accountant, streamed page by page as typed rows, and the tax report computed from them.
     *
     * @return the exports
     * @throws PortalException {@link ErrorCode#MISSING_PORT} when the stores answer no export facts
     *         ({@link PortalStores#exports()} is empty)
     */
    public Exports exports() {
        if (exports == null) {
            throw new PortalException(ErrorCode.MISSING_PORT, "exports() needs stores that answer export facts: "
                    + "PortalStores.exports() is empty for these stores");
        }
        return exports;
    }

    /**
     * Invoices, credit notes, receipts, statements, quotes and agreement signature certificates as documents (PDF
     * with {@code portal-pdf}).
     *
     * @return the document service: invoices, credit notes, receipts, statements, quotes and signature certificates
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
     *
     * @return the relay that delivers domain events from the outbox to the publisher
     */
    public EventRelay eventRelay() {
        return eventRelay;
    }


    /**
     * Collects the adapters. Store ports come from {@link #stores} unless set one by one; the clock defaults to
     * UTC system time, ids to time-ordered UUIDs, events to none, randomness to a {@link SecureRandom}, and the
     * access and analytics settings to their defaults.
     */
    public static final class Builder {
        /** The default bound of the rendered-document cache: 32 MiB. */
        public static final long DEFAULT_DOCUMENT_CACHE_BYTES = 32L * 1024 * 1024;
        /** How long a feed update stays editable by its author by default: 15 minutes. */
        public static final Duration DEFAULT_FEED_EDIT_WINDOW = Duration.ofMinutes(15);
        private static final int MIN_AUDIT_KEY_BYTES = 32;

        private Clock clock = Clock.systemUTC();
        private @Nullable IdGenerator ids;
        private EventPublisher events = EventPublisher.none();
        private RelaySettings relaySettings = RelaySettings.defaults();
        private SecureRandom random = new SecureRandom();
        private AccessSettings accessSettings = AccessSettings.DEFAULTS;
        private AnalyticsSettings analyticsSettings = AnalyticsSettings.DEFAULTS;
        private FilePolicy filePolicy = FilePolicy.DEFAULTS;
        private @Nullable DocumentRenderer renderer;
        private LogoSource logos = LogoSource.none();
        private PayLinks payLinks = PayLinks.none();
        private long documentCacheBytes = DEFAULT_DOCUMENT_CACHE_BYTES;
        private Duration feedEditWindow = DEFAULT_FEED_EDIT_WINDOW;
        private @Nullable NotificationSender notifications;
        private @Nullable URI signInPage;
        private @Nullable PaymentGateway gateway;
        private @Nullable SecretKey auditKey;
        private @Nullable PortalStores stores;
        private @Nullable FileStore fileStore;

        private Builder() {
        }

        /**
         * The clock every date and timestamp comes from (kept to whole microseconds, as databases store them).
         *
         * @param value the clock every date and timestamp comes from
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * How new ids are made.
         *
         * @param value how new ids are made
         * @return this builder
         */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /**
         * Where domain events go: the outbox relay's target, called after commit, at least once per event and in
         * order per aggregate.
         *
         * @param value where domain events go after commit
         * @return this builder
         */
        public Builder events(EventPublisher value) {
            this.events = Objects.requireNonNull(value, "events");
            return this;
        }

        /**
         * The relay's owner name, lease and retry backoff; by default a random owner per portal instance.
         *
         * @param value the relay's owner name, lease and retry backoff
         * @return this builder
         */
        public Builder relaySettings(RelaySettings value) {
            this.relaySettings = Objects.requireNonNull(value, "relaySettings");
            return this;
        }

        /**
         * The source of sign-in, session and link secrets.
         *
         * @param value the source of sign-in, session and link secrets
         * @return this builder
         */
        public Builder random(SecureRandom value) {
            this.random = Objects.requireNonNull(value, "random");
            return this;
        }

        /**
         * Lifetimes of sign-in links, sessions and document links, and sign-in rate limits.
         *
         * @param value lifetimes of sign-in links, sessions and document links, and sign-in rate limits
         * @return this builder
         */
        public Builder accessSettings(AccessSettings value) {
            this.accessSettings = Objects.requireNonNull(value, "accessSettings");
            return this;
        }

        /**
         * View classification, dedup window and follow-up thresholds.
         *
         * @param value view classification, dedup window and follow-up thresholds
         * @return this builder
         */
        public Builder analyticsSettings(AnalyticsSettings value) {
            this.analyticsSettings = Objects.requireNonNull(value, "analyticsSettings");
            return this;
        }

        /**
         * The size limit and content types allowed for uploads.
         *
         * @param value the size limit and content types allowed for uploads
         * @return this builder
         */
        public Builder filePolicy(FilePolicy value) {
            this.filePolicy = Objects.requireNonNull(value, "filePolicy");
            return this;
        }

        /**
         * How long after posting a feed update its author may still edit it; later it can only be superseded.
         * Defaults to {@link #DEFAULT_FEED_EDIT_WINDOW}.
         *
         * @param value the edit window, from one second to one day
         * @return this builder
         * @throws PortalException {@link ErrorCode#INVALID_VALUE} outside one second to one day
         */
        public Builder feedEditWindow(Duration value) {
            Objects.requireNonNull(value, "feedEditWindow");
            if (value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(Duration.ofDays(1)) > 0) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "feedEditWindow", value,
                        "must be from one second to one day");
            }
            this.feedEditWindow = value;
            return this;
        }

        /**
         * The renderer behind {@link ClientPortal#documents()}; without one, documents are unavailable.
         *
         * @param value the renderer behind {@link ClientPortal#documents()}
         * @return this builder
         */
        public Builder renderer(DocumentRenderer value) {
            this.renderer = Objects.requireNonNull(value, "renderer");
            return this;
        }

        /**
         * Where workspace logos are loaded from for documents; by default documents carry no logo.
         *
         * @param value where workspace logos are loaded from for documents
         * @return this builder
         */
        public Builder logos(LogoSource value) {
            this.logos = Objects.requireNonNull(value, "logos");
            return this;
        }

        /**
         * Where clients pay invoices online; by default invoices carry no pay link.
         *
         * @param value where clients pay invoices online
         * @return this builder
         */
        public Builder payLinks(PayLinks value) {
            this.payLinks = Objects.requireNonNull(value, "payLinks");
            return this;
        }

        /**
         * Where invitations, sign-in links and receipts go, after the transaction that decided them commits; needs
         * {@link #signInPage}. By default the portal sends nothing and the host emails the links it returns.
         *
         * @param value where invitations, sign-in links and receipts go after commit
         * @return this builder
         */
        public Builder notifications(NotificationSender value) {
            this.notifications = Objects.requireNonNull(value, "notifications");
            return this;
        }

        /**
         * The host's page that redeems sign-in links with {@link Access#signIn}; notifications link to it with the
         * secret as the {@code token} query parameter, e.g. {@code https://portal.acme.example/sign-in?token=…}.
         *
         * @param value the absolute URL of the host's sign-in page
         * @return this builder
         */
        public Builder signInPage(URI value) {
            this.signInPage = Objects.requireNonNull(value, "signInPage");
            return this;
        }

        /**
         * The payment gateway clients pay through ({@code payments().pay}); without one, paying online fails with
         * {@link ErrorCode#GATEWAY_NOT_CONFIGURED} and everything else works.
         *
         * @param value the payment gateway clients pay through
         * @return this builder
         */
        public Builder gateway(PaymentGateway value) {
            this.gateway = Objects.requireNonNull(value, "gateway");
            return this;
        }

        /**
         * Bounds the cache of rendered documents by their total size in bytes; 0 turns it off. Defaults to
         * {@link #DEFAULT_DOCUMENT_CACHE_BYTES}.
         *
         * @param maxBytes the cache's bound in bytes; 0 turns it off
         * @return this builder
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
         *
         * @param key the MAC key, at least 32 bytes, kept outside the portal's database
         * @return this builder
         */
        public Builder auditKey(byte[] key) {
            Objects.requireNonNull(key, "auditKey");
            requireAuditKeyLength(key.length);
            this.auditKey = new SecretKeySpec(key, "HmacSHA256");
            return this;
        }

        /**
         * The audit chain's MAC key as a {@link SecretKey}, e.g. from a key store; see {@link #auditKey(byte[])}.
         *
         * @param key the MAC key, e.g. from a key store
         * @return this builder
         */
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

        /**
         * Every store port from one persistence adapter.
         *
         * @param value every store port from one persistence adapter
         * @return this builder
         */
        public Builder stores(PortalStores value) {
            this.stores = Objects.requireNonNull(value, "stores");
            return this;
        }

        /**
         * Where file content is kept (required), e.g. {@code LocalFileStore.in(Path.of("/var/lib/portal/files"))}, or
         * {@code InMemoryStores.fileStore()} for tests and demos: file content is not a database concern, so it is
         * not part of {@link PortalStores}.
         *
         * @param value where file content is kept
         * @return this builder
         */
        public Builder fileStore(FileStore value) {
            this.fileStore = Objects.requireNonNull(value, "fileStore");
            return this;
        }

        /**
         * Builds the portal.
         *
         * @return the portal, ready to use
         * @throws PortalException {@link ErrorCode#MISSING_PORT} naming {@code stores} or {@code fileStore} when
         *         unset, every port the stores answer {@code null} for, and {@code signInPage} when notifications
         *         are set without it
         */
        public ClientPortal build() {
            List<String> missing = new ArrayList<>();
            if (stores == null) {
                missing.add("stores");
            } else {
                missing.addAll(unsetPorts(stores));
            }
            if (fileStore == null) {
                missing.add("fileStore");
            }
            if (notifications != null && signInPage == null) {
                missing.add("signInPage (notifications carry sign-in links)");
            }
            if (!missing.isEmpty() || stores == null || fileStore == null) {
                throw new PortalException(ErrorCode.MISSING_PORT, "ClientPortal needs " + String.join(", ", missing)
                        + ": call .stores(...) with a PortalStores and .fileStore(...)");
            }
            return new ClientPortal(stores, fileStore, this);
        }

        private static List<String> unsetPorts(PortalStores stores) {
            Map<String, Object> ports = new LinkedHashMap<>();
            ports.put("transactions", stores.transactions());
            ports.put("workspaces", stores.workspaces());
            ports.put("clients", stores.clients());
            ports.put("contacts", stores.contacts());
            ports.put("invoices", stores.invoices());
            ports.put("creditNotes", stores.creditNotes());
            ports.put("payments", stores.payments());
            ports.put("gatewayEvents", stores.gatewayEvents());
            ports.put("gatewayCustomers", stores.gatewayCustomers());
            ports.put("numberSequence", stores.numberSequence());
            ports.put("auditTrail", stores.auditTrail());
            ports.put("receivables", stores.receivables());
            ports.put("loginTokens", stores.loginTokens());
            ports.put("portalSessions", stores.portalSessions());
            ports.put("sessionQueries", stores.sessionQueries());
            ports.put("documentLinks", stores.documentLinks());
            ports.put("portalAccess", stores.portalAccess());
            ports.put("documentSendLog", stores.documentSendLog());
            ports.put("viewStore", stores.viewStore());
            ports.put("followUpQueries", stores.followUpQueries());
            ports.put("portalViewQueries", stores.portalViewQueries());
            ports.put("files", stores.files());
            ports.put("messageThreads", stores.messageThreads());
            ports.put("messages", stores.messages());
            ports.put("deliverables", stores.deliverables());
            ports.put("quotes", stores.quotes());
            ports.put("agreements", stores.agreements());
            ports.put("eventOutbox", stores.eventOutbox());
            ports.put("workClaims", stores.workClaims());
            ports.put("rateLimits", stores.rateLimits());
            List<String> unset = new ArrayList<>();
            ports.forEach((name, port) -> {
                if (port == null) {
                    unset.add(name);
                }
            });
            return unset;
        }
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
