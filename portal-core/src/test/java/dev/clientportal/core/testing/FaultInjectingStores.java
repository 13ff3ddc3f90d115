package dev.clientportal.core.testing;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final Set<Class<?>> failNextSave = ConcurrentHashMap.newKeySet();
    private final AtomicInteger openTransactions = new AtomicInteger();

    private FaultInjectingStores(PortalStores delegate) {
        this.delegate = delegate;
    }

    /** Wraps other stores. */
    public static FaultInjectingStores over(PortalStores delegate) {
        return new FaultInjectingStores(delegate);
    }

    /** Makes the next save of a {@link Client}, {@link Invoice}, {@link Payment} or {@link CreditNote} fail. */
    public void failNextSaveOf(Class<?> aggregate) {
        failNextSave.add(aggregate);
    }

    /** Whether a transaction of these stores is running now. */
    public boolean inTransaction() {
        return openTransactions.get() > 0;
    }

    private void beforeSave(Class<?> aggregate) {
        if (failNextSave.remove(aggregate)) {
            throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION,
                    "injected: another writer saved a " + aggregate.getSimpleName() + " first");
        }
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
        };
    }

    @Override
    public WorkspaceRepository workspaces() {
        return delegate.workspaces();
    }

    @Override
    public ClientRepository clients() {
        ClientRepository clients = delegate.clients();
        return new ClientRepository() {
            @Override
            public Client save(Client client) {
                beforeSave(Client.class);
                return clients.save(client);
            }

            @Override
            public Optional<Client> find(WorkspaceId workspaceId, ClientId id) {
                return clients.find(workspaceId, id);
            }

            @Override
            public List<Client> list(WorkspaceId workspaceId, int offset, int limit) {
                return clients.list(workspaceId, offset, limit);
            }
        };
    }

    @Override
    public ContactRepository contacts() {
        return delegate.contacts();
    }

    @Override
    public InvoiceRepository invoices() {
        InvoiceRepository invoices = delegate.invoices();
        return new InvoiceRepository() {
            @Override
            public Invoice save(Invoice invoice) {
                beforeSave(Invoice.class);
                return invoices.save(invoice);
            }

            @Override
            public Optional<Invoice> find(WorkspaceId workspaceId, InvoiceId id) {
                return invoices.find(workspaceId, id);
            }

            @Override
            public List<Invoice> list(WorkspaceId workspaceId, InvoiceFilter filter, int offset, int limit) {
                return invoices.list(workspaceId, filter, offset, limit);
            }

            @Override
            public List<Invoice> payable(WorkspaceId workspaceId, ClientId clientId, CurrencyUnit currency) {
                return invoices.payable(workspaceId, clientId, currency);
            }

            @Override
            public void deleteDraft(WorkspaceId workspaceId, InvoiceId id) {
                invoices.deleteDraft(workspaceId, id);
            }
        };
    }

    @Override
    public CreditNoteRepository creditNotes() {
        CreditNoteRepository creditNotes = delegate.creditNotes();
        return new CreditNoteRepository() {
            @Override
            public CreditNote save(CreditNote creditNote) {
                beforeSave(CreditNote.class);
                return creditNotes.save(creditNote);
            }

            @Override
            public Optional<CreditNote> find(WorkspaceId workspaceId, CreditNoteId id) {
                return creditNotes.find(workspaceId, id);
            }

            @Override
            public List<CreditNote> forInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
                return creditNotes.forInvoice(workspaceId, invoiceId);
            }
        };
    }

    @Override
    public PaymentRepository payments() {
        PaymentRepository payments = delegate.payments();
        return new PaymentRepository() {
            @Override
            public Payment save(Payment payment) {
                beforeSave(Payment.class);
                return payments.save(payment);
            }

            @Override
            public Optional<Payment> find(WorkspaceId workspaceId, PaymentId id) {
                return payments.find(workspaceId, id);
            }

            @Override
            public Optional<Payment> findByReference(WorkspaceId workspaceId, String reference) {
                return payments.findByReference(workspaceId, reference);
            }

            @Override
            public Optional<Payment> findByRefundReference(WorkspaceId workspaceId, String refundReference) {
                return payments.findByRefundReference(workspaceId, refundReference);
            }

            @Override
            public List<Payment> forClient(WorkspaceId workspaceId, ClientId clientId) {
                return payments.forClient(workspaceId, clientId);
            }

            @Override
            public List<Payment> forInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
                return payments.forInvoice(workspaceId, invoiceId);
            }
        };
    }

    @Override
    public NumberSequence numberSequence() {
        return delegate.numberSequence();
    }

    @Override
    public AuditTrail auditTrail() {
        return delegate.auditTrail();
    }

    @Override
    public ReceivablesQueries receivables() {
        return delegate.receivables();
    }
}
