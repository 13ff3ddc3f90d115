package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.DocumentLinkRepository;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.access.PortalSessionRepository;
import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.analytics.FollowUpQueries;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.clientview.PortalViewQueries;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Optional;

/**
 * The ports the adapter has so far over one test database, new per test; a port not built yet fails loudly when a
 * test reaches it.
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
    private final JpaQuotes quotes;
    private final JpaAgreements agreements;
    private final JpaDeliverables deliverables;
    private FileRepository files = new FileRepository() {
        @Override
        public SharedFile save(SharedFile file) {
            throw new IllegalStateException("files has no JPA adapter yet");
        }

        @Override
        public Optional<SharedFile> find(WorkspaceId workspaceId, FileId id) {
            throw new IllegalStateException("files has no JPA adapter yet");
        }

        @Override
        public List<SharedFile> library(WorkspaceId workspaceId, ClientId clientId) {
            throw new IllegalStateException("files has no JPA adapter yet");
        }
    };

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
        this.quotes = new JpaQuotes(transactions);
        this.agreements = new JpaAgreements(transactions);
        this.deliverables = new JpaDeliverables(transactions);
    }

    /** Stores over the emptied test database of a vendor. */
    static JpaTestStores fresh(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        return new JpaTestStores(new ResourceLocalTransactions(database.entityManagerFactory()),
                new OwnTransactions(database.entityManagerFactory()));
    }

    /**
     * Fresh stores whose file metadata lives in core's in-memory store, for suites that only need files to exist
     * (deliverables reference them by id) until the JPA file repository is merged.
     */
    static JpaTestStores freshWithFilesInMemory(Vendor vendor) {
        JpaTestStores stores = fresh(vendor);
        stores.files = new InMemoryFileStandIn();
        return stores;
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
        throw new IllegalStateException("receivables has no JPA adapter yet");
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
        throw new IllegalStateException("viewStore has no JPA adapter yet");
    }

    @Override
    public FollowUpQueries followUpQueries() {
        throw new IllegalStateException("followUpQueries has no JPA adapter yet");
    }

    @Override
    public PortalViewQueries portalViewQueries() {
        throw new IllegalStateException("portalViewQueries has no JPA adapter yet");
    }

    @Override
    public FileRepository files() {
        return files;
    }

    @Override
    public MessageThreadRepository messageThreads() {
        throw new IllegalStateException("messageThreads has no JPA adapter yet");
    }

    @Override
    public MessageStore messages() {
        throw new IllegalStateException("messages has no JPA adapter yet");
    }

    @Override
    public JpaDeliverables deliverables() {
        return deliverables;
    }

    @Override
    public JpaQuotes quotes() {
        return quotes;
    }

    @Override
    public JpaAgreements agreements() {
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

    @Override
    public RateLimitCounter rateLimits() {
        return rateLimits;
    }
}
