package dev.clientportal.core.memory;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.exports.ExportQueries;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.pricing.DocumentTotals;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Answers the export facts by filtering and sorting the in-memory tables: invoices and credit notes handed over one by
 * one in key order, as an SQL adapter streams them; payments, refunds and clients as keyset pages, the rows after a key
 * up to a limit. No rule lives here; the rows are core's. In their serialised mode the in-memory stores run one
 * transaction at a time, so while a stream's sink runs (inside the export's read-only transaction) every other use of
 * them waits.
 */
final class InMemoryExports implements ExportQueries {

    private final InMemoryTransactions transactions;
    private final InMemoryClients clients;
    private final InMemoryInvoices invoices;
    private final InMemoryCreditNotes creditNotes;
    private final InMemoryPayments payments;

    InMemoryExports(InMemoryTransactions transactions, InMemoryClients clients, InMemoryInvoices invoices,
                    InMemoryCreditNotes creditNotes, InMemoryPayments payments) {
        this.transactions = transactions;
        this.clients = clients;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.payments = payments;
    }

    @Override
    public void invoices(WorkspaceId workspaceId, DocumentQuery query, boolean withContent, int fetchSize,
                         Consumer<? super InvoiceFacts> each) {
        transactions.inTransaction(() -> {
            Map<ClientId, String> names = clients.namesIn(workspaceId);
            List<InvoiceFacts> facts = new ArrayList<>();
            for (Invoice invoice : invoices.all()) {
                if (invoice.workspaceId().equals(workspaceId) && ofClient(query, invoice.clientId())
                        && query.admitsInvoice(invoice.status(), invoice.issueDate(), invoice.closedOn())) {
                    facts.add(facts(invoice, names.getOrDefault(invoice.clientId(), ""), withContent));
                }
            }
            return handOver(facts, InvoiceFacts::key, each);
        });
    }

    private static InvoiceFacts facts(Invoice invoice, String clientName, boolean withContent) {
        DocumentTotals totals = invoice.totals();
        return new InvoiceFacts(invoice.id(), invoice.requireNumber(), invoice.clientId(), clientName,
                invoice.status(), totals.currency(), invoice.requireIssueDate(), invoice.requireDueDate(),
                totals.subtotal().minorUnits(), totals.discount().minorUnits(), totals.taxTotal().minorUnits(),
                totals.total().minorUnits(), invoice.balance().creditNotesTotal().minorUnits(),
                invoice.balance().paid().minorUnits(), invoice.amountDue().minorUnits(), invoice.closedOn(),
                withContent ? new DocumentContent(invoice.content().lines(), totals) : null);
    }

    @Override
    public void creditNotes(WorkspaceId workspaceId, DocumentQuery query, boolean withLines, int fetchSize,
                            Consumer<? super CreditNoteFacts> each) {
        transactions.inTransaction(() -> {
            Map<ClientId, String> names = clients.namesIn(workspaceId);
            Map<InvoiceId, Invoice> credited = new HashMap<>();
            invoices.all().forEach(invoice -> credited.put(invoice.id(), invoice));
            List<CreditNoteFacts> facts = new ArrayList<>();
            for (CreditNote note : creditNotes.all()) {
                Invoice invoice = credited.get(note.invoiceId());
                if (invoice != null && note.workspaceId().equals(workspaceId) && ofClient(query, note.clientId())
                        && query.admitsCreditNote(note.issueDate(), invoice.status(), invoice.closedOn())) {
                    facts.add(new CreditNoteFacts(note.id(), note.number(), note.invoiceNumber(), invoice.status(),
                            invoice.closedOn(), note.clientId(), names.getOrDefault(note.clientId(), ""),
                            note.issueDate(), note.totals(), note.appliedToInvoice().minorUnits(),
                            note.toClientCredit().minorUnits(), note.reason(), withLines ? note.lines() : null));
                }
            }
            return handOver(facts, CreditNoteFacts::key, each);
        });
    }

    @Override
    public List<PaymentFacts> payments(WorkspaceId workspaceId, DocumentQuery query, @Nullable DocumentKey after,
                                       int limit) {
        return transactions.inTransaction(() -> {
            Map<ClientId, String> names = clients.namesIn(workspaceId);
            List<PaymentFacts> facts = new ArrayList<>();
            for (Payment payment : payments.all()) {
                if (payment.workspaceId().equals(workspaceId) && ofClient(query, payment.clientId())
                        && query.covers(payment.receivedOn())) {
                    facts.add(new PaymentFacts(payment, names.getOrDefault(payment.clientId(), "")));
                }
            }
            return page(facts, PaymentFacts::key, after, limit);
        });
    }

    @Override
    public List<RefundFacts> refunds(WorkspaceId workspaceId, DocumentQuery query, @Nullable DocumentKey after,
                                     int limit) {
        return transactions.inTransaction(() -> {
            Map<ClientId, String> names = clients.namesIn(workspaceId);
            List<RefundFacts> facts = new ArrayList<>();
            for (Payment payment : payments.all()) {
                if (payment.workspaceId().equals(workspaceId) && ofClient(query, payment.clientId())) {
                    for (Refund refund : payment.refunds()) {
                        if (query.covers(refund.refundedOn())) {
                            facts.add(new RefundFacts(refund, payment.id(), payment.reference(), payment.clientId(),
                                    names.getOrDefault(payment.clientId(), "")));
                        }
                    }
                }
            }
            return page(facts, RefundFacts::key, after, limit);
        });
    }

    @Override
    public List<Client> clients(WorkspaceId workspaceId, @Nullable ClientId after, int limit) {
        return transactions.inTransaction(() -> {
            Comparator<Client> byId = Comparator.comparing(client -> client.id().value().toString());
            Predicate<Client> afterKey = after == null ? client -> true
                    : client -> client.id().value().toString().compareTo(after.value().toString()) > 0;
            return clients.all().stream()
                    .filter(client -> client.workspaceId().equals(workspaceId))
                    .filter(afterKey)
                    .sorted(byId).limit(limit).toList();
        });
    }

    private static boolean ofClient(DocumentQuery query, ClientId clientId) {
        return query.clientId() == null || query.clientId().equals(clientId);
    }

    /** Hands the facts over in key order; answers how many. */
    private static <F> int handOver(List<F> facts, Function<F, DocumentKey> keyOf, Consumer<? super F> each) {
        facts.sort(Comparator.comparing(keyOf));
        facts.forEach(each);
        return facts.size();
    }

    private static <F> List<F> page(List<F> facts, Function<F, DocumentKey> keyOf, @Nullable DocumentKey after,
                                    int limit) {
        return facts.stream()
                .filter(fact -> after == null || keyOf.apply(fact).compareTo(after) > 0)
                .sorted(Comparator.comparing(keyOf))
                .limit(limit)
                .toList();
    }
}
