package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.views.BalanceDue;
import dev.clientportal.core.views.ClientDashboard;
import dev.clientportal.core.views.CreditNoteSummary;
import dev.clientportal.core.views.InvoiceDetail;
import dev.clientportal.core.views.InvoiceListQuery;
import dev.clientportal.core.views.InvoiceSummary;
import dev.clientportal.core.views.Page;
import dev.clientportal.core.views.PaymentSummary;
import dev.clientportal.core.views.PortalViewQueries;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Answers the client-facing read models by scanning the in-memory stores. */
final class InMemoryPortalViews implements PortalViewQueries {

    private static final Comparator<Invoice> NEWEST_FIRST = Comparator.comparing(Invoice::issueDate)
            .thenComparing(Invoice::number).reversed();
    private static final Comparator<Payment> NEWEST_PAYMENT_FIRST = Comparator.comparing(Payment::receivedOn)
            .thenComparing(Payment::recordedAt).thenComparing(payment -> payment.id().value()).reversed();

    private final InMemoryTransactions transactions;
    private final InMemoryInvoices invoices;
    private final InMemoryCreditNotes creditNotes;
    private final InMemoryPayments payments;
    private final InMemoryMessages messages;
    private final InMemoryDeliverables deliverables;
    private final InMemoryQuotes quotes;
    private final InMemoryAgreements agreements;
    private final InMemoryContacts contacts;

    InMemoryPortalViews(InMemoryTransactions transactions, InMemoryInvoices invoices, InMemoryCreditNotes creditNotes,
                        InMemoryPayments payments, InMemoryMessages messages, InMemoryDeliverables deliverables,
                        InMemoryQuotes quotes, InMemoryAgreements agreements, InMemoryContacts contacts) {
        this.transactions = transactions;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.payments = payments;
        this.messages = messages;
        this.deliverables = deliverables;
        this.quotes = quotes;
        this.agreements = agreements;
        this.contacts = contacts;
    }

    @Override
    public ClientDashboard dashboard(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact,
                                     String viewerKey, LocalDate today) {
        return transactions.inTransaction(() -> {
            List<InvoiceSummary> open = issuedOf(workspaceId, clientId).stream()
                    .filter(invoice -> invoice.status().isPayable())
                    .map(invoice -> InvoiceSummary.of(invoice, today))
                    .sorted(Comparator.comparing(InvoiceSummary::dueDate).thenComparing(InvoiceSummary::number))
                    .toList();
            Map<CurrencyUnit, BalanceDue> balances = new TreeMap<>(Comparator.comparing(CurrencyUnit::code));
            for (InvoiceSummary invoice : open) {
                balances.merge(invoice.amountDue().currency(), new BalanceDue(invoice.amountDue().currency(),
                        invoice.amountDue(), invoice.dueDate(), 1, invoice.overdue() ? 1 : 0), InMemoryPortalViews::sum);
            }
            List<PaymentSummary> recent = paymentsOf(workspaceId, clientId).stream()
                    .limit(ClientDashboard.RECENT_PAYMENTS).map(InMemoryPortalViews::summary).toList();
            int unread = messages.unreadCounts(workspaceId, clientId, viewerKey).values().stream()
                    .mapToInt(Integer::intValue).sum();
            long pending = contact.map(id -> pendingFor(workspaceId, clientId, id, today))
                    .orElseGet(() -> pendingForAnyone(workspaceId, clientId, today));
            return new ClientDashboard(List.copyOf(balances.values()),
                    open.stream().limit(ClientDashboard.MAX_OPEN_INVOICES).toList(), recent, (int) pending, unread);
        });
    }

    /** Decisions waiting for one contact: its approvals and signatures, and open quotes if it may decide them. */
    private long pendingFor(WorkspaceId workspaceId, ClientId clientId, ContactId contactId, LocalDate today) {
        boolean approver = contacts.find(workspaceId, contactId).map(found -> found.hasRole(Role.APPROVER))
                .orElse(false);
        return deliverables.countAwaitingDecision(workspaceId, contactId)
                + agreements.countAwaitingSignature(workspaceId, contactId)
                + (approver ? quotes.countAwaitingDecision(workspaceId, clientId, today) : 0);
    }

    /** Decisions waiting for anyone of the client, for a staff preview. */
    private long pendingForAnyone(WorkspaceId workspaceId, ClientId clientId, LocalDate today) {
        long approvals = deliverables.forClient(workspaceId, clientId).stream()
                .filter(deliverable -> deliverable.pendingRequest().isPresent()).count();
        long signatures = agreements.forClient(workspaceId, clientId).stream()
                .filter(agreement -> agreement.status().isOpenForSignature() && !agreement.isSignedByClient())
                .count();
        return approvals + signatures + quotes.countAwaitingDecision(workspaceId, clientId, today);
    }

    private static BalanceDue sum(BalanceDue a, BalanceDue b) {
        return new BalanceDue(a.currency(), a.amountDue().plus(b.amountDue()),
                a.oldestDueDate().isBefore(b.oldestDueDate()) ? a.oldestDueDate() : b.oldestDueDate(),
                a.openInvoices() + b.openInvoices(), a.overdueInvoices() + b.overdueInvoices());
    }

    @Override
    public Page<InvoiceSummary> invoices(WorkspaceId workspaceId, ClientId clientId, InvoiceListQuery query,
                                         LocalDate today) {
        return transactions.inTransaction(() -> {
            List<InvoiceSummary> matching = issuedOf(workspaceId, clientId).stream()
                    .map(invoice -> InvoiceSummary.of(invoice, today))
                    .filter(summary -> summary.matches(query.show()))
                    .toList();
            return new Page<>(matching.stream().skip(query.offset()).limit(query.limit()).toList(), query.offset(),
                    query.limit(), matching.size());
        });
    }

    @Override
    public Optional<InvoiceDetail> invoice(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId,
                                           LocalDate today) {
        return transactions.inTransaction(() -> invoices.find(workspaceId, invoiceId)
                .filter(invoice -> invoice.clientId().equals(clientId) && invoice.status() != InvoiceStatus.DRAFT)
                .map(invoice -> new InvoiceDetail(invoice, InvoiceSummary.of(invoice, today),
                        payments.forInvoice(workspaceId, invoiceId).stream().map(InMemoryPortalViews::summary).toList(),
                        creditNotes.forInvoice(workspaceId, invoiceId).stream().map(InMemoryPortalViews::summary)
                                .toList())));
    }

    @Override
    public Page<PaymentSummary> payments(WorkspaceId workspaceId, ClientId clientId, int offset, int limit) {
        return transactions.inTransaction(() -> {
            List<Payment> all = paymentsOf(workspaceId, clientId);
            return new Page<>(all.stream().skip(offset).limit(limit).map(InMemoryPortalViews::summary).toList(),
                    offset, limit, all.size());
        });
    }

    private List<Invoice> issuedOf(WorkspaceId workspaceId, ClientId clientId) {
        List<Invoice> issued = new ArrayList<>();
        for (Invoice invoice : invoices.all()) {
            if (invoice.workspaceId().equals(workspaceId) && invoice.clientId().equals(clientId)
                    && invoice.status() != InvoiceStatus.DRAFT) {
                issued.add(invoice);
            }
        }
        issued.sort(NEWEST_FIRST);
        return issued;
    }

    private List<Payment> paymentsOf(WorkspaceId workspaceId, ClientId clientId) {
        return payments.forClient(workspaceId, clientId).stream().sorted(NEWEST_PAYMENT_FIRST).toList();
    }

    private static PaymentSummary summary(Payment payment) {
        return new PaymentSummary(payment.id(), payment.receivedOn(), payment.amount(), payment.method(),
                payment.reference(), payment.refunded(),
                payment.allocations().stream().map(Allocation::invoiceNumber).toList());
    }

    private static CreditNoteSummary summary(CreditNote note) {
        return new CreditNoteSummary(note.id(), note.number(), note.issueDate(), note.total(), note.reason());
    }
}
