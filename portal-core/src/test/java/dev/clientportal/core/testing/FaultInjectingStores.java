package dev.clientportal.core.testing;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.access.PortalSessionRepository;
import dev.clientportal.core.access.SessionQueries;
import dev.clientportal.core.access.DocumentLinkRepository;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.analytics.FollowUpQueries;
import dev.clientportal.core.approval.DeliverableRepository;
import dev.clientportal.core.clientview.DashboardQueries;
import dev.clientportal.core.clientview.PortalViewQueries;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.GatewayCustomers;
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Stores that pass every call to other stores, but can be told to fail the next save of an aggregate type (as if
 * another writer got there first) and tell whether a transaction is running — to prove that use cases roll back
 * completely and publish events only after commit.
 */
public final class FaultInjectingStores implements PortalStores {

    private final PortalStores delegate;
    private final Map<Class<?>, Integer> failingSaves = new ConcurrentHashMap<>();
    private final AtomicInteger openTransactions = new AtomicInteger();

    private FaultInjectingStores(PortalStores delegate) {
        this.delegate = delegate;
    }

    /** Wraps other stores. */
    public static FaultInjectingStores over(PortalStores delegate) {
        return new FaultInjectingStores(delegate);
    }

    /**
     * Makes the next unit of work that saves an aggregate type ({@code Client.class}, {@code Invoice.class}, …) fail
     * with {@code CONCURRENT_MODIFICATION}, on every attempt the portal makes of it.
     */
    public void failNextSaveOf(Class<?> aggregate) {
        failSavesOf(aggregate, PortalRuntime.MAX_ATTEMPTS);
    }

    /** Makes the next {@code times} saves of an aggregate type fail with {@code CONCURRENT_MODIFICATION}. */
    public void failSavesOf(Class<?> aggregate, int times) {
        failingSaves.put(aggregate, times);
    }

    /** Whether a transaction of these stores is open on this thread now (after-commit callbacks run outside it). */
    public boolean inTransaction() {
        return delegate.transactions().isTransactionOpen();
    }

    /** How many transactions of these stores are running now, on any thread. */
    public int openTransactions() {
        return openTransactions.get();
    }

    /** Takes one armed failure of a type, if any is left. */
    private boolean consumeFailure(Class<?> type) {
        boolean[] armed = {false};
        failingSaves.computeIfPresent(type, (key, left) -> {
            armed[0] = true;
            return left > 1 ? left - 1 : null;
        });
        return armed[0];
    }

    /** The port, with {@code save(aggregate)} failing once for an aggregate type marked by {@link #failNextSaveOf}. */
    private <T> T failingOnSave(Class<T> port, T target) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getName().equals("save") && consumeFailure(args[0].getClass())) {
                throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION,
                        "injected: another writer saved a " + args[0].getClass().getSimpleName() + " first");
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    @Override
    public TransactionRunner transactions() {
        return new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                openTransactions.incrementAndGet();
                try {
                    return delegate.transactions().inTransaction(work);
                } finally {
                    openTransactions.decrementAndGet();
                }
            }

            @Override
            public boolean isTransactionOpen() {
                return delegate.transactions().isTransactionOpen();
            }

            @Override
            public void afterCommit(Runnable callback) {
                delegate.transactions().afterCommit(callback);
            }
        };
    }

    @Override
    public WorkspaceRepository workspaces() {
        return delegate.workspaces();
    }

    @Override
    public ClientRepository clients() {
        return failingOnSave(ClientRepository.class, delegate.clients());
    }

    @Override
    public ContactRepository contacts() {
        return delegate.contacts();
    }

    @Override
    public InvoiceRepository invoices() {
        return failingOnSave(InvoiceRepository.class, delegate.invoices());
    }

    @Override
    public CreditNoteRepository creditNotes() {
        return failingOnSave(CreditNoteRepository.class, delegate.creditNotes());
    }

    @Override
    public PaymentRepository payments() {
        return failingOnSave(PaymentRepository.class, delegate.payments());
    }

    @Override
    public GatewayEventInbox gatewayEvents() {
        return failingOnSave(GatewayEventInbox.class, delegate.gatewayEvents());
    }

    @Override
    public GatewayCustomers gatewayCustomers() {
        return delegate.gatewayCustomers();
    }

    @Override
    public NumberSequence numberSequence() {
        return delegate.numberSequence();
    }

    @Override
    public PeriodLocks periodLocks() {
        return delegate.periodLocks();
    }

    @Override
    public AuditTrail auditTrail() {
        return delegate.auditTrail();
    }

    @Override
    public ReceivablesQueries receivables() {
        return delegate.receivables();
    }

    @Override
    public LoginTokenRepository loginTokens() {
        return delegate.loginTokens();
    }

    @Override
    public PortalSessionRepository portalSessions() {
        return delegate.portalSessions();
    }

    @Override
    public SessionQueries sessionQueries() {
        return delegate.sessionQueries();
    }

    @Override
    public DocumentLinkRepository documentLinks() {
        return delegate.documentLinks();
    }

    @Override
    public PortalAccessRepository portalAccess() {
        return delegate.portalAccess();
    }

    @Override
    public DocumentSendLog documentSendLog() {
        return delegate.documentSendLog();
    }

    @Override
    public ViewStore viewStore() {
        return delegate.viewStore();
    }

    @Override
    public FollowUpQueries followUpQueries() {
        return delegate.followUpQueries();
    }

    @Override
    public PortalViewQueries portalViewQueries() {
        return delegate.portalViewQueries();
    }

    @Override
    public DashboardQueries dashboardQueries() {
        return delegate.dashboardQueries();
    }

    @Override
    public FileRepository files() {
        return delegate.files();
    }

    @Override
    public MessageThreadRepository messageThreads() {
        return delegate.messageThreads();
    }

    @Override
    public MessageStore messages() {
        return delegate.messages();
    }

    @Override
    public DeliverableRepository deliverables() {
        return failingOnSave(DeliverableRepository.class, delegate.deliverables());
    }

    @Override
    public QuoteRepository quotes() {
        return failingOnSave(QuoteRepository.class, delegate.quotes());
    }

    @Override
    public AgreementRepository agreements() {
        return failingOnSave(AgreementRepository.class, delegate.agreements());
    }

    @Override
    public EventOutbox eventOutbox() {
        return delegate.eventOutbox();
    }

    @Override
    public java.util.Optional<dev.clientportal.core.automation.ReminderStores> reminders() {
        return delegate.reminders();
    }

    @Override
    public WorkClaims workClaims() {
        return delegate.workClaims();
    }

    @Override
    public RateLimitCounter rateLimits() {
        return delegate.rateLimits();
    }
}
