package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.receivables.Movement;
import dev.clientportal.core.receivables.OpenAmount;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.receivables.StatementLine.Kind;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers the receivables fact queries by filtering the in-memory tables and copying stored columns: what the
 * SQL of other adapters returns with SELECT, SUM and DISTINCT. No rule lives here; the reports are core's.
 */
final class InMemoryReceivables implements ReceivablesQueries {

    private static final Set<InvoiceStatus> PAYABLE = Set.of(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.UNCOLLECTIBLE);
    private static final Set<InvoiceStatus> SALES = Set.of(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.PAID, InvoiceStatus.UNCOLLECTIBLE);

    private final InMemoryTransactions transactions;
    private final InMemoryClients clients;
    private final InMemoryInvoices invoices;
    private final InMemoryCreditNotes creditNotes;
    private final InMemoryPayments payments;

    InMemoryReceivables(InMemoryTransactions transactions, InMemoryClients clients, InMemoryInvoices invoices,
                        InMemoryCreditNotes creditNotes, InMemoryPayments payments) {
        this.transactions = transactions;
        this.clients = clients;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.payments = payments;
    }

    @Override
    public List<OpenAmount> openAmounts(WorkspaceId workspaceId) {
        return transactions.inTransaction(() -> {
            Map<ClientId, String> names = clients.namesIn(workspaceId);
            List<OpenAmount> facts = new ArrayList<>();
            for (Invoice invoice : invoices.all()) {
                if (invoice.workspaceId().equals(workspaceId) && PAYABLE.contains(invoice.status())) {
                    for (DueAmount open : invoice.openAmounts()) {
                        facts.add(new OpenAmount(invoice.id(), invoice.clientId(),
                                names.getOrDefault(invoice.clientId(), ""), invoice.status(), open.dueDate(),
                                open.amount()));
                    }
                }
            }
            return facts;
        });
    }

    @Override
    public List<Movement> movements(WorkspaceId workspaceId, Optional<ClientId> clientId, CurrencyUnit currency,
                                    LocalDate through) {
        return transactions.inTransaction(() -> {
            List<Movement> movements = new ArrayList<>();
            for (Invoice invoice : invoices.all()) {
                if (invoice.workspaceId().equals(workspaceId) && invoice.status() != InvoiceStatus.DRAFT
                        && invoice.content().currency().equals(currency) && of(clientId, invoice.clientId())) {
                    if (!invoice.requireIssueDate().isAfter(through)) {
                        movements.add(Movement.of(Kind.INVOICE, invoice.requireIssueDate(), invoice.requireNumber(),
                                invoice.total()));
                    }
                    if (invoice.status() != InvoiceStatus.VOID) {
                        invoice.balance().lateFees().inForce().stream()
                                .filter(fee -> !fee.dueDate().isAfter(through))
                                .forEach(fee -> movements.add(Movement.of(Kind.LATE_FEE, fee.dueDate(),
                                        invoice.requireNumber(), fee.amount())));
                    }
                    LocalDate closedOn = invoice.closedOn();
                    if (invoice.status() == InvoiceStatus.VOID && closedOn != null && !closedOn.isAfter(through)) {
                        movements.add(new Movement(Kind.VOID, closedOn, invoice.requireNumber(), invoice.total(),
                                invoice.balance().creditNotesApplied()));
                    }
                }
            }
            for (CreditNote note : creditNotes.all()) {
                if (note.workspaceId().equals(workspaceId) && note.total().currency().equals(currency)
                        && of(clientId, note.clientId()) && !note.issueDate().isAfter(through)) {
                    movements.add(Movement.of(Kind.CREDIT_NOTE, note.issueDate(), note.number(), note.total()));
                }
            }
            for (Payment payment : payments.all()) {
                if (payment.workspaceId().equals(workspaceId) && payment.amount().currency().equals(currency)
                        && of(clientId, payment.clientId()) && payment.isReceived()) {
                    addReceipts(movements, payment, LocalDate.MIN, through);
                }
            }
            return movements;
        });
    }

    @Override
    public List<Movement> receipts(WorkspaceId workspaceId, LocalDate from, LocalDate through) {
        return transactions.inTransaction(() -> {
            List<Movement> receipts = new ArrayList<>();
            for (Payment payment : payments.all()) {
                if (payment.workspaceId().equals(workspaceId) && payment.isReceived()) {
                    addReceipts(receipts, payment, from, through);
                }
            }
            return receipts;
        });
    }

    @Override
    public Money creditSales(WorkspaceId workspaceId, CurrencyUnit currency, LocalDate from, LocalDate to) {
        return transactions.inTransaction(() -> {
            Money sales = Money.zero(currency);
            for (Invoice invoice : invoices.all()) {
                if (invoice.workspaceId().equals(workspaceId) && SALES.contains(invoice.status())
                        && invoice.content().currency().equals(currency)
                        && !invoice.requireIssueDate().isBefore(from) && !invoice.requireIssueDate().isAfter(to)) {
                    sales = sales.plus(invoice.total());
                }
            }
            return sales;
        });
    }

    @Override
    public List<CurrencyUnit> currenciesInUse(WorkspaceId workspaceId) {
        return transactions.inTransaction(() -> {
            Set<CurrencyUnit> currencies = new LinkedHashSet<>();
            for (Invoice invoice : invoices.all()) {
                if (invoice.workspaceId().equals(workspaceId) && SALES.contains(invoice.status())) {
                    currencies.add(invoice.content().currency());
                }
            }
            for (Payment payment : payments.all()) {
                if (payment.workspaceId().equals(workspaceId)) {
                    currencies.add(payment.amount().currency());
                }
            }
            return List.copyOf(currencies);
        });
    }

    /** The payment received and its refunds made from {@code from} to {@code through}. */
    private static void addReceipts(List<Movement> into, Payment payment, LocalDate from, LocalDate through) {
        if (within(payment.receivedOn(), from, through)) {
            into.add(Movement.of(Kind.PAYMENT, payment.receivedOn(), payment.reference(), payment.amount()));
        }
        for (Refund refund : payment.refunds()) {
            if (within(refund.refundedOn(), from, through)) {
                into.add(Movement.of(Kind.REFUND, refund.refundedOn(), refund.reference(), refund.amount()));
            }
        }
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate through) {
        return !date.isBefore(from) && !date.isAfter(through);
    }

    private static boolean of(Optional<ClientId> wanted, ClientId clientId) {
        return wanted.map(clientId::equals).orElse(true);
    }
}
