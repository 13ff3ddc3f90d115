package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.clientview.CreditNoteSummary;
import dev.clientportal.core.clientview.InvoiceRow;
import dev.clientportal.core.clientview.InvoiceRowFilter;
import dev.clientportal.core.clientview.OpenInvoiceTotals;
import dev.clientportal.core.clientview.Page;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.clientview.PortalViewQueries;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the client-facing fact queries by filtering, sorting, counting and summing the in-memory tables' stored
 * columns, as the SQL of other adapters does; what a client sees is decided in core.
 */
final class InMemoryPortalViews implements PortalViewQueries {

    private static final Comparator<InvoiceRow> NEWEST_FIRST = Comparator.comparing(InvoiceRow::issueDate)
            .thenComparing(InvoiceRow::number).reversed();
    private static final Comparator<InvoiceRow> EARLIEST_DUE_FIRST = Comparator.comparing(InvoiceRow::nextDueDate)
            .thenComparing(InvoiceRow::number);
    /** UUID order is the unsigned byte order, which is the order of the lowercase text form. */
    private static final Comparator<Payment> NEWEST_PAYMENT_FIRST = Comparator.comparing(Payment::receivedOn)
            .thenComparing(Payment::recordedAt).thenComparing(payment -> payment.id().value().toString()).reversed();
    private static final Comparator<Payment> OLDEST_PAYMENT_FIRST = Comparator.comparing(Payment::receivedOn)
            .thenComparing(Payment::recordedAt).thenComparing(payment -> payment.id().value().toString());

    private final InMemoryTransactions transactions;
    private final InMemoryInvoices invoices;
    private final InMemoryCreditNotes creditNotes;
    private final InMemoryPayments payments;
    private final InMemoryMessages messages;
    private final InMemoryDeliverables deliverables;
    private final InMemoryQuotes quotes;
    private final InMemoryAgreements agreements;

    InMemoryPortalViews(InMemoryTransactions transactions, InMemoryInvoices invoices, InMemoryCreditNotes creditNotes,
                        InMemoryPayments payments, InMemoryMessages messages, InMemoryDeliverables deliverables,
                        InMemoryQuotes quotes, InMemoryAgreements agreements) {
        this.transactions = transactions;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.payments = payments;
        this.messages = messages;
        this.deliverables = deliverables;
        this.quotes = quotes;
        this.agreements = agreements;
    }

    @Override
    public List<OpenInvoiceTotals> openTotals(WorkspaceId workspaceId, ClientId clientId, LocalDate overdueBefore) {
        return transactions.inTransaction(() -> {
            Map<CurrencyUnit, OpenInvoiceTotals> totals = new LinkedHashMap<>();
            for (InvoiceRow row : payableOf(workspaceId, clientId)) {
                OpenInvoiceTotals one = new OpenInvoiceTotals(row.amountDue(), row.nextDueDate(), 1,
                        row.nextDueDate().isBefore(overdueBefore) ? 1 : 0);
                totals.merge(row.amountDue().currency(), one, InMemoryPortalViews::sum);
            }
            return List.copyOf(totals.values());
        });
    }

    /** SUM, MIN, COUNT. */
    private static OpenInvoiceTotals sum(OpenInvoiceTotals a, OpenInvoiceTotals b) {
        return new OpenInvoiceTotals(a.amountDue().plus(b.amountDue()),
                a.oldestDueDate().isBefore(b.oldestDueDate()) ? a.oldestDueDate() : b.oldestDueDate(),
                a.invoices() + b.invoices(), a.overdueInvoices() + b.overdueInvoices());
    }

    @Override
    public List<InvoiceRow> openInvoices(WorkspaceId workspaceId, ClientId clientId, int limit) {
        return transactions.inTransaction(() -> payableOf(workspaceId, clientId).stream()
                .sorted(EARLIEST_DUE_FIRST).limit(limit).toList());
    }

    @Override
    public Page<InvoiceRow> invoices(WorkspaceId workspaceId, ClientId clientId, InvoiceRowFilter filter, int offset,
                                     int limit) {
        return transactions.inTransaction(() -> {
            List<InvoiceRow> matching = issuedOf(workspaceId, clientId).stream().filter(filter::matches)
                    .sorted(NEWEST_FIRST).toList();
            return new Page<>(matching.stream().skip(offset).limit(limit).toList(), offset, limit, matching.size());
        });
    }

    @Override
    public Optional<Invoice> invoice(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId) {
        return transactions.inTransaction(() -> invoices.find(workspaceId, invoiceId)
                .filter(invoice -> invoice.clientId().equals(clientId) && invoice.status() != InvoiceStatus.DRAFT));
    }

    @Override
    public List<PaymentSummary> invoicePayments(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return transactions.inTransaction(() -> payments.forInvoice(workspaceId, invoiceId).stream()
                .sorted(OLDEST_PAYMENT_FIRST).map(InMemoryPortalViews::summary).toList());
    }

    @Override
    public List<CreditNoteSummary> invoiceCreditNotes(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return transactions.inTransaction(() -> creditNotes.forInvoice(workspaceId, invoiceId).stream()
                .map(InMemoryPortalViews::summary)
                .sorted(Comparator.comparing(CreditNoteSummary::issueDate).thenComparing(CreditNoteSummary::number))
                .toList());
    }

    @Override
    public Page<PaymentSummary> payments(WorkspaceId workspaceId, ClientId clientId, int offset, int limit) {
        return transactions.inTransaction(() -> {
            List<Payment> all = payments.forClient(workspaceId, clientId).stream().sorted(NEWEST_PAYMENT_FIRST)
                    .toList();
            return new Page<>(all.stream().skip(offset).limit(limit).map(InMemoryPortalViews::summary).toList(),
                    offset, limit, all.size());
        });
    }

    @Override
    public int approvalsAwaiting(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact) {
        return transactions.inTransaction(() -> (int) deliverables.forClient(workspaceId, clientId).stream()
                .filter(deliverable -> deliverable.pendingRequest()
                        .filter(request -> contact.map(request::awaits).orElse(true)).isPresent())
                .count());
    }

    @Override
    public int signaturesAwaiting(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact) {
        return transactions.inTransaction(() -> (int) agreements.forClient(workspaceId, clientId).stream()
                .filter(agreement -> contact.map(agreement::awaitsSignatureOf).orElseGet(() ->
                        agreement.status().isOpenForSignature() && !agreement.isSignedByClient()))
                .count());
    }

    @Override
    public int quotesAwaiting(WorkspaceId workspaceId, ClientId clientId, LocalDate today) {
        return transactions.inTransaction(() -> (int) quotes.countAwaitingDecision(workspaceId, clientId, today));
    }

    @Override
    public int unreadMessages(WorkspaceId workspaceId, ClientId clientId, String viewerKey) {
        return transactions.inTransaction(() -> messages.unreadCounts(workspaceId, clientId, viewerKey).values()
                .stream().mapToInt(Integer::intValue).sum());
    }

    private List<InvoiceRow> issuedOf(WorkspaceId workspaceId, ClientId clientId) {
        List<InvoiceRow> issued = new ArrayList<>();
        for (Invoice invoice : invoices.all()) {
            if (invoice.workspaceId().equals(workspaceId) && invoice.clientId().equals(clientId)
                    && invoice.status() != InvoiceStatus.DRAFT) {
                issued.add(InvoiceRow.of(invoice));
            }
        }
        return issued;
    }

    private List<InvoiceRow> payableOf(WorkspaceId workspaceId, ClientId clientId) {
        return issuedOf(workspaceId, clientId).stream()
                .filter(row -> InvoiceRowFilter.PAYABLE.contains(row.status())).toList();
    }

    private static PaymentSummary summary(Payment payment) {
        return new PaymentSummary(payment.id(), payment.receivedOn(), payment.amount(), payment.method(),
                payment.status(), payment.reference(), payment.refunded(),
                payment.allocations().stream().map(Allocation::invoiceNumber).toList());
    }

    private static CreditNoteSummary summary(CreditNote note) {
        return new CreditNoteSummary(note.id(), note.number(), note.issueDate(), note.total(), note.reason());
    }
}
