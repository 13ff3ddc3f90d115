package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.DocumentLinkRepository;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.access.PortalSessionRepository;
import dev.clientportal.core.access.SessionQueries;
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
import dev.clientportal.core.clientview.DashboardQueries;
import dev.clientportal.core.clientview.PortalViewQueries;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.payment.GatewayCustomers;
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.project.ProjectStores;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.exports.ExportQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.WorkspaceRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Every store of the client portal on one JPA persistence unit, for {@code ClientPortal.builder().stores(...)}.
 *
 * <p>The persistence unit must list {@link #entityClasses()} (or scan the package {@code dev.clientportal.jpa}),
 * use {@code RESOURCE_LOCAL} transactions, and run on a schema migrated by Flyway from
 * {@link #migrationLocation(String)}. Two ways to run transactions:
 * <ul>
 *   <li>{@link #create(EntityManagerFactory)}: the adapter runs its own resource-local transactions (plain Java);</li>
 *   <li>{@link #create(EntityManagerFactory, EntityManager, TransactionRunner)}: the host's container runs them
 *   (Spring, Micronaut), and the ports write through the host's transaction-bound entity manager.</li>
 * </ul>
 * Either way a few writes commit in transactions of their own, whatever the caller's transaction does: sign-in
 * rate-limit hits (a failed sign-in must still count) and the document send log.
 */
public final class JpaPortalStores implements PortalStores {

    private final TransactionRunner transactions;
    private final JpaWorkspaces workspaces;
    private final JpaClients clients;
    private final JpaContacts contacts;
    private final JpaNumberSequence numberSequence;
    private final JpaPeriodLocks periodLocks;
    private final JpaInvoices invoices;
    private final JpaCreditNotes creditNotes;
    private final JpaPayments payments;
    private final JpaGatewayEventInbox gatewayEvents;
    private final JpaGatewayCustomers gatewayCustomers;
    private final JpaAuditTrail auditTrail;
    private final JpaReceivablesQueries receivables;
    private final JpaLoginTokens loginTokens;
    private final JpaPortalSessions portalSessions;
    private final JpaSessionQueries sessionQueries;
    private final JpaDocumentLinks documentLinks;
    private final JpaPortalAccess portalAccess;
    private final JpaDocumentSendLog documentSendLog;
    private final JpaViewStore viewStore;
    private final JpaFollowUpQueries followUpQueries;
    private final JpaPortalViewQueries portalViewQueries;
    private final JpaDashboardQueries dashboardQueries;
    private final JpaFiles files;
    private final JpaMessageThreads messageThreads;
    private final JpaMessages messages;
    private final JpaDeliverables deliverables;
    private final JpaQuotes quotes;
    private final JpaAgreements agreements;
    private final JpaEventOutbox eventOutbox;
    private final JpaWorkClaims workClaims;
    private final JpaRateLimits rateLimits;
    private final ReminderStores reminders;
    private final JpaRecurringTemplates recurringTemplates;
    private final JpaChargeAttempts chargeAttempts;
    private final JpaLateFees lateFees;
    private final NotificationStores notifications;
    private final ProjectStores projects;
    private final JpaExports exports;

    private JpaPortalStores(TransactionRunner transactions, EntityManagers entityManagers,
                            OwnTransactions ownTransactions) {
        this.transactions = transactions;
        this.workspaces = new JpaWorkspaces(entityManagers);
        this.clients = new JpaClients(entityManagers);
        this.contacts = new JpaContacts(entityManagers);
        this.numberSequence = new JpaNumberSequence(entityManagers, transactions);
        this.periodLocks = new JpaPeriodLocks(entityManagers);
        this.invoices = new JpaInvoices(entityManagers);
        this.creditNotes = new JpaCreditNotes(entityManagers);
        this.payments = new JpaPayments(entityManagers);
        this.gatewayEvents = new JpaGatewayEventInbox(entityManagers);
        this.gatewayCustomers = new JpaGatewayCustomers(entityManagers);
        this.auditTrail = new JpaAuditTrail(entityManagers, transactions);
        this.receivables = new JpaReceivablesQueries(entityManagers);
        this.loginTokens = new JpaLoginTokens(entityManagers);
        this.portalSessions = new JpaPortalSessions(entityManagers);
        this.sessionQueries = new JpaSessionQueries(entityManagers);
        this.documentLinks = new JpaDocumentLinks(entityManagers);
        this.portalAccess = new JpaPortalAccess(entityManagers);
        this.documentSendLog = new JpaDocumentSendLog(ownTransactions, entityManagers, transactions);
        this.viewStore = new JpaViewStore(ownTransactions);
        this.files = new JpaFiles(entityManagers);
        this.messageThreads = new JpaMessageThreads(entityManagers);
        this.messages = new JpaMessages(entityManagers);
        this.deliverables = new JpaDeliverables(entityManagers);
        this.quotes = new JpaQuotes(entityManagers);
        this.agreements = new JpaAgreements(entityManagers);
        this.followUpQueries = new JpaFollowUpQueries(entityManagers, deliverables);
        this.portalViewQueries = new JpaPortalViewQueries(entityManagers, deliverables, agreements, quotes, messages);
        this.dashboardQueries = new JpaDashboardQueries(entityManagers);
        this.eventOutbox = new JpaEventOutbox(entityManagers);
        this.workClaims = new JpaWorkClaims(entityManagers);
        this.rateLimits = new JpaRateLimits(ownTransactions);
        this.reminders = new ReminderStores(new JpaReminderPolicies(entityManagers),
                new JpaReminderQueries(entityManagers), new JpaReminderLog(entityManagers));
        this.recurringTemplates = new JpaRecurringTemplates(entityManagers);
        this.chargeAttempts = new JpaChargeAttempts(entityManagers);
        this.lateFees = new JpaLateFees(entityManagers);
        JpaNotificationStores notices = new JpaNotificationStores(entityManagers);
        this.notifications = new NotificationStores(notices.templates(), notices.sentLog());
        this.exports = new JpaExports(entityManagers);
        this.projects = new ProjectStores(new JpaProjects(entityManagers), new JpaActivityFeed(entityManagers),
                new JpaFeedDigests(entityManagers));
    }

    /**
     * Stores that run their own resource-local transactions on the factory: one entity manager and one
     * transaction per outermost unit of work on a thread, nested work joining it. Asks the database which it is
     * once, here, on a connection of its own.
     *
     * @param factory the portal's persistence unit
     * @return the stores, with their {@link #transactions()} runner
     */
    public static JpaPortalStores create(EntityManagerFactory factory) {
        SqlDialect.detectEarly(factory);
        ResourceLocalTransactions transactions = new ResourceLocalTransactions(factory);
        return new JpaPortalStores(transactions, transactions, new OwnTransactions(factory));
    }

    /**
     * Stores under the host's transactions: the ports read and write through {@code transactionBound}, an entity
     * manager that is always the one of the host's current transaction (Spring's shared entity manager, the one
     * Micronaut injects), and the portal opens and joins transactions through the host's {@code transactions}.
     * Asks the database which it is once, here, on a connection of its own.
     *
     * @param factory the persistence unit, for the writes that commit on their own
     * @param transactionBound the host's proxy to the entity manager of the current transaction
     * @param transactions the host's transactions, seen as the portal's runner
     * @return the stores
     */
    public static JpaPortalStores create(EntityManagerFactory factory, EntityManager transactionBound,
                                         TransactionRunner transactions) {
        Objects.requireNonNull(transactionBound, "transactionBound");
        SqlDialect.detectEarly(factory);
        return new JpaPortalStores(Objects.requireNonNull(transactions, "transactions"), () -> transactionBound,
                new OwnTransactions(factory));
    }

    /**
     * The entity classes a persistence unit must list for these stores.
     *
     * @return the classes, all in the package {@code dev.clientportal.jpa}
     */
    public static List<Class<?>> entityClasses() {
        return JpaEntities.CLASSES;
    }

    /**
     * Where the Flyway migrations of a database are on the class path.
     *
     * @param database {@code postgresql}, {@code mariadb} (also for MySQL 8) or {@code h2}
     * @return e.g. {@code classpath:db/migration/postgresql}
     * @throws IllegalArgumentException for any other database
     */
    public static String migrationLocation(String database) {
        String name = database.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "postgresql", "mariadb", "h2" -> "classpath:db/migration/" + name;
            case "mysql" -> "classpath:db/migration/mariadb";
            default -> throw new IllegalArgumentException(
                    "no migrations for " + database + ": postgresql, mariadb, mysql or h2");
        };
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
    public SessionQueries sessionQueries() {
        return sessionQueries;
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
        return documentSendLog;
    }

    @Override
    public ViewStore viewStore() {
        return viewStore;
    }

    @Override
    public FollowUpQueries followUpQueries() {
        return followUpQueries;
    }

    @Override
    public PortalViewQueries portalViewQueries() {
        return portalViewQueries;
    }

    @Override
    public DashboardQueries dashboardQueries() {
        return dashboardQueries;
    }

    @Override
    public FileRepository files() {
        return files;
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
    public WorkClaims workClaims() {
        return workClaims;
    }

    /**
     * Reminder policies, client settings and pauses, the facts of amounts due (read by index range scans, no invoice
     * loaded), and the log that keeps each step of an amount once.
     *
     * @return the reminder stores, always present
     */
    @Override
    public Optional<ReminderStores> reminders() {
        return Optional.of(reminders);
    }

    /**
     * Recurring templates, saved by version, with their progress in a row apart that only moves forward (a
     * conditional update) and the due ones found by an index range scan in template id order.
     *
     * @return the recurring templates, always present
     */
    @Override
    public Optional<RecurringTemplates> recurringTemplates() {
        return Optional.of(recurringTemplates);
    }

    /**
     * The auto-charge attempt log, one row per attempt under its primary key, each recorded once by a conditional
     * update.
     *
     * @return the attempt log, always present
     */
    @Override
    public Optional<ChargeAttempts> chargeAttempts() {
        return Optional.of(chargeAttempts);
    }

    /**
     * The late-fee ledger, one row per invoice and period under its primary key; the due invoices are found by the
     * index on the day stored with each invoice.
     *
     * @return the late-fee ledger, always present
     */
    @Override
    public Optional<LateFeeLedger> lateFees() {
        return Optional.of(lateFees);
    }

    /**
     * The workspaces' notification templates and the log of notifications sent, both in tables of their own.
     *
     * @return the notification stores, always present
     */
    @Override
    public Optional<NotificationStores> notifications() {
        return Optional.of(notifications);
    }

    /**
     * Projects with their invoice links, one per invoice under its key, and the activity feed: entries the portal
     * notes kept once per natural key by the insert itself, pages read by an index range scan from a cursor, and read
     * marks that only move forward.
     *
     * @return the project stores, always present
     */
    @Override
    public Optional<ProjectStores> projects() {
        return Optional.of(projects);
    }

    /**
     * The export facts: invoices and credit notes streamed in one statement each, invoice rows from columns only;
     * payments, refunds and clients in keyset pages over the V86 indexes, each page a fixed number of statements.
     *
     * @return the export facts, always present
     */
    @Override
    public Optional<ExportQueries> exports() {
        return Optional.of(exports);
    }

    @Override
    public RateLimitCounter rateLimits() {
        return rateLimits;
    }
}
