package dev.clientportal.jpa;

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
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.clientview.PortalViewQueries;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.lang.reflect.Proxy;

/**
 * The ports the adapter has so far over one test database, new per test; a port not built yet fails loudly when a
 * test calls it.
 */
final class JpaTestStores implements PortalStores {

    private final ResourceLocalTransactions transactions;

    private final JpaWorkspaces workspaces;
    private final JpaClients clients;
    private final JpaContacts contacts;
    private final JpaNumberSequence numberSequence;
    private final JpaInvoices invoices;
    private final JpaCreditNotes creditNotes;
    private final JpaPayments payments;
    private final JpaLoginTokens loginTokens;
    private final JpaPortalSessions portalSessions;
    private final JpaDocumentLinks documentLinks;
    private final JpaPortalAccess portalAccess;
    private final JpaDocumentSendLog documentSendLog;
    private final JpaRateLimits rateLimits;
    private final JpaWorkClaims workClaims;
    private final JpaEventOutbox eventOutbox;
    private final JpaAuditTrail auditTrail;
    private final JpaGatewayEventInbox gatewayEvents;
    private final JpaReceivablesQueries receivables;
    private final JpaViewStore viewStore;
    private final JpaFollowUpQueries followUpQueries;
    private final JpaPortalViewQueries portalViewQueries;
    private final JpaFiles files;
    private final JpaMessageThreads messageThreads;
    private final JpaMessages messages;

    private JpaTestStores(ResourceLocalTransactions transactions, OwnTransactions ownTransactions) {
        this.transactions = transactions;
        this.workspaces = new JpaWorkspaces(transactions);
        this.clients = new JpaClients(transactions);
        this.contacts = new JpaContacts(transactions);
        this.numberSequence = new JpaNumberSequence(transactions);
        this.invoices = new JpaInvoices(transactions);
        this.creditNotes = new JpaCreditNotes(transactions);
        this.payments = new JpaPayments(transactions);
        this.loginTokens = new JpaLoginTokens(transactions);
        this.portalSessions = new JpaPortalSessions(transactions);
        this.documentLinks = new JpaDocumentLinks(transactions);
        this.portalAccess = new JpaPortalAccess(transactions);
        this.documentSendLog = new JpaDocumentSendLog(ownTransactions);
        this.rateLimits = new JpaRateLimits(ownTransactions);
        this.workClaims = new JpaWorkClaims(transactions);
        this.eventOutbox = new JpaEventOutbox(transactions);
        this.auditTrail = new JpaAuditTrail(transactions, transactions);
        this.gatewayEvents = new JpaGatewayEventInbox(transactions);
        this.receivables = new JpaReceivablesQueries(transactions);
        this.viewStore = new JpaViewStore(ownTransactions);
        this.followUpQueries = new JpaFollowUpQueries(transactions);
        this.portalViewQueries = new JpaPortalViewQueries(transactions);
        this.files = new JpaFiles(transactions);
        this.messageThreads = new JpaMessageThreads(transactions);
        this.messages = new JpaMessages(transactions);
    }

    /** Stores over the emptied test database of a vendor. */
    static JpaTestStores fresh(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        return new JpaTestStores(new ResourceLocalTransactions(database.entityManagerFactory()),
                new OwnTransactions(database.entityManagerFactory()));
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
    public NumberSequence numberSequence() {
        return numberSequence;
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
        return unbuilt(DeliverableRepository.class, "deliverables");
    }

    @Override
    public QuoteRepository quotes() {
        return unbuilt(QuoteRepository.class, "quotes");
    }

    @Override
    public AgreementRepository agreements() {
        return unbuilt(AgreementRepository.class, "agreements");
    }

    @Override
    public EventOutbox eventOutbox() {
        return eventOutbox;
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
     * A port with no JPA adapter yet: the portal can be wired with it (it takes every port when built), and any call
     * on it fails loudly, naming the port.
     */
    private static <T> T unbuilt(Class<T> port, String name) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> name + " (no JPA adapter yet)";
                };
            }
            throw new IllegalStateException(name + " has no JPA adapter yet");
        }));
    }
}
