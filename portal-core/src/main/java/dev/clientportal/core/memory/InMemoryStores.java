package dev.clientportal.core.memory;

import dev.clientportal.core.project.ProjectStores;
import dev.clientportal.core.exports.ExportQueries;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.DocumentLinkRepository;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.access.PortalSessionRepository;
import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.analytics.FollowUpQueries;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.approval.DeliverableRepository;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.automation.ChargeAttempts;
import dev.clientportal.core.automation.LateFeeLedger;
import dev.clientportal.core.notices.NotificationStores;
import dev.clientportal.core.automation.RecurringTemplates;
import dev.clientportal.core.automation.ReminderStores;
import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.FileStore;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.GatewayCustomers;
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.clientview.PortalViewQueries;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every store in memory: thread-safe, transactional, and the reference behaviour other adapters are tested against.
 * Nothing survives the JVM; use it for tests, demos and prototypes.
 *
 * <p>{@link #create()} serializes every transaction behind one lock (the fastest for one instance).
 * {@link #create(Mode)} with {@link Mode#ROW_LOCKS} behaves like a database at READ COMMITTED instead, so that tests
 * show what holds with many instances over one database: no global lock, writes visible to others only after commit,
 * a written row locked until its transaction ends (a second writer waits, at most {@link #DEFAULT_LOCK_WAIT}),
 * optimistic versions compared with the committed row.
 */
public final class InMemoryStores implements PortalStores {

    /** How long a writer waits in {@link Mode#ROW_LOCKS} for a row another transaction holds, before giving up. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(5);

    /** How the in-memory stores isolate transactions from each other. */
    public enum Mode {
        /** One lock for all stores: transactions run one at a time; a rollback undoes every write. */
        SERIALIZED,
        /**
         * No global lock, as a database at READ COMMITTED with optimistic versions: a transaction sees its own writes
         * and others' committed ones only; each written row stays locked until the transaction ends, and a second
         * writer waits for it; a lock wait that would deadlock or outlasts {@link #DEFAULT_LOCK_WAIT} fails with the
         * retryable {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}; a stale version fails with
         * {@code CONCURRENT_MODIFICATION}, a taken unique key with {@code DUPLICATE_KEY}. As in a database, a read sees
         * another transaction's commit whole or not at all.
         */
        ROW_LOCKS
    }

    /** Hands the runner of the instance being built to the field initializers below, which build every store on it. */
    private static final ThreadLocal<InMemoryTransactions> BUILDING = new ThreadLocal<>();

    private final InMemoryTransactions transactions = BUILDING.get();
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces(transactions);
    private final InMemoryClients clients = new InMemoryClients(transactions);
    private final InMemoryContacts contacts = new InMemoryContacts(transactions);
    private final InMemoryInvoices invoices = new InMemoryInvoices(transactions);
    private final InMemoryCreditNotes creditNotes = new InMemoryCreditNotes(transactions);
    private final InMemoryPayments payments = new InMemoryPayments(transactions);
    private final InMemoryGatewayEvents gatewayEvents = new InMemoryGatewayEvents(transactions);
    private final InMemoryGatewayCustomers gatewayCustomers = new InMemoryGatewayCustomers(transactions);
    private final InMemoryNumberSequence numberSequence = new InMemoryNumberSequence(transactions);
    private final InMemoryPeriodLocks periodLocks = new InMemoryPeriodLocks(transactions);
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(transactions);
    private final InMemoryReceivables receivables = new InMemoryReceivables(transactions, clients, invoices,
            creditNotes, payments);
    private final InMemoryExports exports = new InMemoryExports(transactions, clients, invoices, creditNotes,
            payments);
    private final InMemoryLoginTokens loginTokens = new InMemoryLoginTokens(transactions);
    private final InMemoryPortalSessions portalSessions = new InMemoryPortalSessions(transactions);
    private final InMemoryDocumentLinks documentLinks = new InMemoryDocumentLinks(transactions);
    private final InMemoryPortalAccess portalAccess = new InMemoryPortalAccess(transactions);
    private final InMemorySendLog sendLog = new InMemorySendLog();
    private final InMemoryViewStore viewStore = new InMemoryViewStore();
    private final InMemoryDeliverables deliverables = new InMemoryDeliverables(transactions);
    private final InMemoryFollowUps followUps = new InMemoryFollowUps(transactions, clients, invoices, payments,
            sendLog, viewStore, deliverables, contacts);
    private final InMemoryFiles files = new InMemoryFiles(transactions);
    private final InMemoryFileStore fileStore = new InMemoryFileStore();
    private final InMemoryMessageThreads messageThreads = new InMemoryMessageThreads(transactions);
    private final InMemoryMessages messages = new InMemoryMessages(transactions, messageThreads);
    private final InMemoryQuotes quotes = new InMemoryQuotes(transactions);
    private final InMemoryAgreements agreements = new InMemoryAgreements(transactions);
    private final InMemoryPortalViews portalViews = new InMemoryPortalViews(transactions, invoices, creditNotes,
            payments, messages, deliverables, quotes, agreements);
    private final InMemoryEventOutbox eventOutbox = new InMemoryEventOutbox(transactions);
    private final InMemoryWorkClaims workClaims = new InMemoryWorkClaims(transactions);
    private final InMemoryRateLimits rateLimits = new InMemoryRateLimits();
    private final InMemoryReminderLog reminderLog = new InMemoryReminderLog(transactions);
    private final ReminderStores reminders = new ReminderStores(new InMemoryReminderPolicies(transactions),
            new InMemoryReminderQueries(transactions, invoices, reminderLog), reminderLog);
    private final InMemoryRecurringTemplates recurringTemplates = new InMemoryRecurringTemplates(transactions);
    private final InMemoryChargeAttempts chargeAttempts = new InMemoryChargeAttempts(transactions);
    private final InMemoryLateFees lateFees = new InMemoryLateFees(transactions, invoices);
    private final InMemoryNotificationStores notificationStores = new InMemoryNotificationStores(transactions);
    private final NotificationStores notifications = new NotificationStores(notificationStores.templates(),
            notificationStores.sentLog());

    private final InMemoryProjects projectRows = new InMemoryProjects(transactions);
    private final InMemoryActivityFeed activityFeed = new InMemoryActivityFeed(transactions);
    private final InMemoryFeedDigests feedDigests = new InMemoryFeedDigests(transactions, activityFeed);
    private final ProjectStores projects = new ProjectStores(projectRows, activityFeed, feedDigests);

    private InMemoryStores() {
    }

    /**
     * A new, empty set of stores in the {@link Mode#SERIALIZED} mode.
     *
     * @return the stores
     */
    public static InMemoryStores create() {
        return over(new InMemoryTransactions());
    }

    /**
     * A new, empty set of stores in the given mode.
     *
     * @param mode how the stores behave under concurrent transactions
     * @return the stores
     */
    public static InMemoryStores create(Mode mode) {
        return java.util.Objects.requireNonNull(mode, "mode") == Mode.ROW_LOCKS
                ? withRowLocks(DEFAULT_LOCK_WAIT)
                : create();
    }

    /** Row-lock stores whose writers wait at most {@code lockWait} for a row: lets tests reach the timeout quickly. */
    static InMemoryStores withRowLocks(Duration lockWait) {
        return over(new InMemoryTransactions(lockWait));
    }

    private static InMemoryStores over(InMemoryTransactions transactions) {
        BUILDING.set(transactions);
        try {
            return new InMemoryStores();
        } finally {
            BUILDING.remove();
        }
    }

    @Override
    public TransactionRunner transactions() {
        return transactions;
    }

    @Override
    public WorkspaceRepository workspaces() {
        return workspaces;
    }

    @Override
    public ClientRepository clients() {
        return clients;
    }

    @Override
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public InvoiceRepository invoices() {
        return invoices;
    }

    @Override
    public CreditNoteRepository creditNotes() {
        return creditNotes;
    }

    @Override
    public PaymentRepository payments() {
        return payments;
    }

    @Override
    public GatewayEventInbox gatewayEvents() {
        return gatewayEvents;
    }

    @Override
    public GatewayCustomers gatewayCustomers() {
        return gatewayCustomers;
    }

    @Override
    public NumberSequence numberSequence() {
        return numberSequence;
    }

    @Override
    public PeriodLocks periodLocks() {
        return periodLocks;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public ReceivablesQueries receivables() {
        return receivables;
    }

    @Override
    public LoginTokenRepository loginTokens() {
        return loginTokens;
    }

    @Override
    public PortalSessionRepository portalSessions() {
        return portalSessions;
    }

    @Override
    public DocumentLinkRepository documentLinks() {
        return documentLinks;
    }

    @Override
    public PortalAccessRepository portalAccess() {
        return portalAccess;
    }

    @Override
    public DocumentSendLog documentSendLog() {
        return sendLog;
    }

    @Override
    public ViewStore viewStore() {
        return viewStore;
    }

    @Override
    public FollowUpQueries followUpQueries() {
        return followUps;
    }

    @Override
    public PortalViewQueries portalViewQueries() {
        return portalViews;
    }

    @Override
    public FileRepository files() {
        return files;
    }

    /**
     * File content kept in memory with these stores, for tests and demos: {@code .fileStore(stores.fileStore())}. A
     * production host gives the builder a {@code LocalFileStore} or its own object store.
     *
     * @return the in-memory file store that belongs to these stores
     */
    public FileStore fileStore() {
        return fileStore;
    }

    @Override
    public MessageThreadRepository messageThreads() {
        return messageThreads;
    }

    @Override
    public MessageStore messages() {
        return messages;
    }

    @Override
    public DeliverableRepository deliverables() {
        return deliverables;
    }

    @Override
    public QuoteRepository quotes() {
        return quotes;
    }

    @Override
    public AgreementRepository agreements() {
        return agreements;
    }

    @Override
    public EventOutbox eventOutbox() {
        return eventOutbox;
    }

    @Override
    public Optional<ReminderStores> reminders() {
        return Optional.of(reminders);
    }

    @Override
    public Optional<RecurringTemplates> recurringTemplates() {
        return Optional.of(recurringTemplates);
    }

    @Override
    public Optional<ChargeAttempts> chargeAttempts() {
        return Optional.of(chargeAttempts);
    }

    @Override
    public Optional<LateFeeLedger> lateFees() {
        return Optional.of(lateFees);
    }

    @Override
    public Optional<NotificationStores> notifications() {
        return Optional.of(notifications);
    }

    @Override
    public Optional<ProjectStores> projects() {
        return Optional.of(projects);
    }

    @Override
    public Optional<ExportQueries> exports() {
        return Optional.of(exports);
    }

    @Override
    public WorkClaims workClaims() {
        return workClaims;
    }

    @Override
    public RateLimitCounter rateLimits() {
        return rateLimits;
    }

    /**
     * Every record held by every store (document number counters aside), as text: lets tests prove that no raw
     * secret was ever stored.
     *
     * @return every record as its {@code toString()}, one element per record
     */
    public List<String> dumpForInspection() {
        return transactions.inTransaction(() -> {
            List<String> dump = new ArrayList<>();
            loginTokens.all().forEach(token -> dump.add(token.toString()));
            portalSessions.all().forEach(session -> dump.add(session.toString()));
            documentLinks.all().forEach(link -> dump.add(link.toString()));
            viewStore.all().forEach(view -> dump.add(view.toString()));
            invoices.all().forEach(invoice -> dump.add(invoice.toString()));
            payments.all().forEach(payment -> dump.add(payment.toString()));
            gatewayEvents.all().forEach(entry -> dump.add(entry.toString()));
            clients.all().forEach(client -> dump.add(client.toString()));
            workspaces.all().forEach(workspace -> dump.add(workspace.toString()));
            contacts.all().forEach(contact -> dump.add(contact.toString()));
            creditNotes.all().forEach(note -> dump.add(note.toString()));
            portalAccess.all().forEach(access -> dump.add(access.toString()));
            dump.addAll(sendLog.all());
            auditTrail.all().forEach(entry -> dump.add(entry.toString()));
            auditTrail.allPersonalData().stream().map(Object::toString).sorted().forEach(dump::add);
            messages.all().forEach(message -> dump.add(message.toString()));
            deliverables.all().forEach(deliverable -> dump.add(deliverable.toString()));
            projectRows.all().forEach(project -> dump.add(project.toString()));
            activityFeed.all().forEach(entry -> dump.add(entry.toString()));
            feedDigests.all().forEach(mark -> dump.add(mark.toString()));
            return dump;
        });
    }
}
