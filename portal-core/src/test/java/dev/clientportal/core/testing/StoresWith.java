package dev.clientportal.core.testing;

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
import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNoteRepository;
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

/**
 * A {@link PortalStores} answering the ports of another, except those replaced: how tests put a counting, failing or
 * gated port into an otherwise ordinary portal (the portal takes one {@code PortalStores}, so one transaction covers
 * every port).
 */
public final class StoresWith implements PortalStores {

    private TransactionRunner transactions;
    private WorkspaceRepository workspaces;
    private ClientRepository clients;
    private ContactRepository contacts;
    private InvoiceRepository invoices;
    private CreditNoteRepository creditNotes;
    private PaymentRepository payments;
    private GatewayEventInbox gatewayEvents;
    private GatewayCustomers gatewayCustomers;
    private NumberSequence numberSequence;
    private PeriodLocks periodLocks;
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
    private FileRepository files;
    private MessageThreadRepository messageThreads;
    private MessageStore messages;
    private DeliverableRepository deliverables;
    private QuoteRepository quotes;
    private AgreementRepository agreements;
    private EventOutbox eventOutbox;
    private WorkClaims workClaims;
    private java.util.Optional<dev.clientportal.core.automation.ReminderStores> reminders;
    private java.util.Optional<dev.clientportal.core.notices.NotificationStores> notifications;
    private java.util.Optional<dev.clientportal.core.automation.RecurringTemplates> recurringTemplates;
    private final java.util.Optional<dev.clientportal.core.automation.ChargeAttempts> chargeAttempts;
    private RateLimitCounter rateLimits;

    private StoresWith(PortalStores base) {
        this.transactions = base.transactions();
        this.workspaces = base.workspaces();
        this.clients = base.clients();
        this.contacts = base.contacts();
        this.invoices = base.invoices();
        this.creditNotes = base.creditNotes();
        this.payments = base.payments();
        this.gatewayEvents = base.gatewayEvents();
        this.gatewayCustomers = base.gatewayCustomers();
        this.numberSequence = base.numberSequence();
        this.periodLocks = base.periodLocks();
        this.auditTrail = base.auditTrail();
        this.receivables = base.receivables();
        this.loginTokens = base.loginTokens();
        this.portalSessions = base.portalSessions();
        this.documentLinks = base.documentLinks();
        this.portalAccess = base.portalAccess();
        this.documentSendLog = base.documentSendLog();
        this.viewStore = base.viewStore();
        this.followUpQueries = base.followUpQueries();
        this.portalViewQueries = base.portalViewQueries();
        this.files = base.files();
        this.messageThreads = base.messageThreads();
        this.messages = base.messages();
        this.deliverables = base.deliverables();
        this.quotes = base.quotes();
        this.agreements = base.agreements();
        this.eventOutbox = base.eventOutbox();
        this.workClaims = base.workClaims();
        this.reminders = base.reminders();
        this.notifications = base.notifications();
        this.recurringTemplates = base.recurringTemplates();
        this.chargeAttempts = base.chargeAttempts();
        this.rateLimits = base.rateLimits();
    }

    /** The ports of {@code base}, none replaced yet. */
    public static StoresWith of(PortalStores base) {
        return new StoresWith(base);
    }

    /** Replaces the transactions port. */
    public StoresWith transactions(TransactionRunner replacement) {
        this.transactions = replacement;
        return this;
    }

    /** Replaces the workspaces port. */
    public StoresWith workspaces(WorkspaceRepository replacement) {
        this.workspaces = replacement;
        return this;
    }

    /** Replaces the clients port. */
    public StoresWith clients(ClientRepository replacement) {
        this.clients = replacement;
        return this;
    }

    /** Replaces the contacts port. */
    public StoresWith contacts(ContactRepository replacement) {
        this.contacts = replacement;
        return this;
    }

    /** Replaces the invoices port. */
    public StoresWith invoices(InvoiceRepository replacement) {
        this.invoices = replacement;
        return this;
    }

    /** Replaces the creditNotes port. */
    public StoresWith creditNotes(CreditNoteRepository replacement) {
        this.creditNotes = replacement;
        return this;
    }

    /** Replaces the payments port. */
    public StoresWith payments(PaymentRepository replacement) {
        this.payments = replacement;
        return this;
    }

    /** Replaces the gatewayCustomers port. */
    public StoresWith gatewayCustomers(GatewayCustomers replacement) {
        this.gatewayCustomers = replacement;
        return this;
    }

    /** Replaces the gatewayEvents port. */
    public StoresWith gatewayEvents(GatewayEventInbox replacement) {
        this.gatewayEvents = replacement;
        return this;
    }

    /** Replaces the periodLocks port. */
    public StoresWith periodLocks(PeriodLocks replacement) {
        this.periodLocks = replacement;
        return this;
    }

    /** Replaces the numberSequence port. */
    public StoresWith numberSequence(NumberSequence replacement) {
        this.numberSequence = replacement;
        return this;
    }

    /** Replaces the auditTrail port. */
    public StoresWith auditTrail(AuditTrail replacement) {
        this.auditTrail = replacement;
        return this;
    }

    /** Replaces the receivables port. */
    public StoresWith receivables(ReceivablesQueries replacement) {
        this.receivables = replacement;
        return this;
    }

    /** Replaces the loginTokens port. */
    public StoresWith loginTokens(LoginTokenRepository replacement) {
        this.loginTokens = replacement;
        return this;
    }

    /** Replaces the portalSessions port. */
    public StoresWith portalSessions(PortalSessionRepository replacement) {
        this.portalSessions = replacement;
        return this;
    }

    /** Replaces the documentLinks port. */
    public StoresWith documentLinks(DocumentLinkRepository replacement) {
        this.documentLinks = replacement;
        return this;
    }

    /** Replaces the portalAccess port. */
    public StoresWith portalAccess(PortalAccessRepository replacement) {
        this.portalAccess = replacement;
        return this;
    }

    /** Replaces the documentSendLog port. */
    public StoresWith documentSendLog(DocumentSendLog replacement) {
        this.documentSendLog = replacement;
        return this;
    }

    /** Replaces the viewStore port. */
    public StoresWith viewStore(ViewStore replacement) {
        this.viewStore = replacement;
        return this;
    }

    /** Replaces the followUpQueries port. */
    public StoresWith followUpQueries(FollowUpQueries replacement) {
        this.followUpQueries = replacement;
        return this;
    }

    /** Replaces the portalViewQueries port. */
    public StoresWith portalViewQueries(PortalViewQueries replacement) {
        this.portalViewQueries = replacement;
        return this;
    }

    /** Replaces the files port. */
    public StoresWith files(FileRepository replacement) {
        this.files = replacement;
        return this;
    }

    /** Replaces the messageThreads port. */
    public StoresWith messageThreads(MessageThreadRepository replacement) {
        this.messageThreads = replacement;
        return this;
    }

    /** Replaces the messages port. */
    public StoresWith messages(MessageStore replacement) {
        this.messages = replacement;
        return this;
    }

    /** Replaces the deliverables port. */
    public StoresWith deliverables(DeliverableRepository replacement) {
        this.deliverables = replacement;
        return this;
    }

    /** Replaces the quotes port. */
    public StoresWith quotes(QuoteRepository replacement) {
        this.quotes = replacement;
        return this;
    }

    /** Replaces the agreements port. */
    public StoresWith agreements(AgreementRepository replacement) {
        this.agreements = replacement;
        return this;
    }

    /** Replaces the eventOutbox port. */
    public StoresWith eventOutbox(EventOutbox replacement) {
        this.eventOutbox = replacement;
        return this;
    }

    /** These stores keeping no recurring templates, as a store that predates them. */
    public StoresWith withoutRecurringTemplates() {
        this.recurringTemplates = java.util.Optional.empty();
        return this;
    }

    /** Replaces the reminder stores. */
    public StoresWith reminders(dev.clientportal.core.automation.ReminderStores replacement) {
        this.reminders = java.util.Optional.of(replacement);
        return this;
    }

    /** Replaces the workClaims port. */
    public StoresWith workClaims(WorkClaims replacement) {
        this.workClaims = replacement;
        return this;
    }

    /** Replaces the rateLimits port. */
    public StoresWith rateLimits(RateLimitCounter replacement) {
        this.rateLimits = replacement;
        return this;
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
    public java.util.Optional<dev.clientportal.core.automation.ReminderStores> reminders() {
        return reminders;
    }

    @Override
    public java.util.Optional<dev.clientportal.core.notices.NotificationStores> notifications() {
        return notifications;
    }

    @Override
    public java.util.Optional<dev.clientportal.core.automation.RecurringTemplates> recurringTemplates() {
        return recurringTemplates;
    }

    @Override
    public java.util.Optional<dev.clientportal.core.automation.ChargeAttempts> chargeAttempts() {
        return chargeAttempts;
    }

    @Override
    public WorkClaims workClaims() {
        return workClaims;
    }

    @Override
    public RateLimitCounter rateLimits() {
        return rateLimits;
    }
}
