package dev.clientportal.core.memory;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.WorkspaceRepository;

/**
 * Every store in memory: thread-safe, transactional (one lock, writes undone on rollback), and the reference
 * behaviour other adapters are tested against. Nothing survives the JVM; use it for tests, demos and prototypes.
 */
public final class InMemoryStores implements PortalStores {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryWorkspaces workspaces = new InMemoryWorkspaces(transactions);
    private final InMemoryClients clients = new InMemoryClients(transactions);
    private final InMemoryContacts contacts = new InMemoryContacts(transactions);
    private final InMemoryInvoices invoices = new InMemoryInvoices(transactions);
    private final InMemoryCreditNotes creditNotes = new InMemoryCreditNotes(transactions);
    private final InMemoryPayments payments = new InMemoryPayments(transactions);
    private final InMemoryNumberSequence numberSequence = new InMemoryNumberSequence(transactions);
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(transactions);
    private final InMemoryReceivables receivables = new InMemoryReceivables(transactions, workspaces, clients, invoices,
            creditNotes, payments);

    private InMemoryStores() {
    }

    /** A new, empty set of stores. */
    public static InMemoryStores create() {
        return new InMemoryStores();
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
}
