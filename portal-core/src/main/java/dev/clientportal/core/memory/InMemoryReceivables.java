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
import dev.clientportal.core.receivables.AgingAmounts;
import dev.clientportal.core.receivables.AgingBucket;
import dev.clientportal.core.receivables.AgingReport;
import dev.clientportal.core.receivables.CashFlowForecast;
import dev.clientportal.core.receivables.DashboardFigures;
import dev.clientportal.core.receivables.DaysSalesOutstanding;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Answers the receivables queries by scanning the in-memory stores: the reference for what the SQL of other
 * adapters must return.
 */
final class InMemoryReceivables implements ReceivablesQueries {

    private static final Comparator<CurrencyUnit> BY_CODE = Comparator.comparing(CurrencyUnit::code);

    private final InMemoryTransactions transactions;
    private final WorkspaceRepository workspaces;
    private final InMemoryClients clients;
    private final InMemoryInvoices invoices;
    private final InMemoryCreditNotes creditNotes;
    private final InMemoryPayments payments;

    InMemoryReceivables(InMemoryTransactions transactions, WorkspaceRepository workspaces, InMemoryClients clients,
                        InMemoryInvoices invoices, InMemoryCreditNotes creditNotes, InMemoryPayments payments) {
        this.transactions = transactions;
        this.workspaces = workspaces;
        this.clients = clients;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.payments = payments;
    }

    @Override
    public AgingReport aging(WorkspaceId workspaceId, LocalDate asOf) {
        return transactions.inTransaction(() -> {
            Map<ClientId, Map<CurrencyUnit, AgingAmounts>> byClient = new HashMap<>();
            Map<CurrencyUnit, AgingAmounts> totals = new TreeMap<>(BY_CODE);
            for (Invoice invoice : invoicesOf(workspaceId, Invoice::isOpenForCollection)) {
                CurrencyUnit currency = invoice.content().currency();
                for (DueAmount open : invoice.openAmounts()) {
                    AgingBucket bucket = AgingBucket.of(ChronoUnit.DAYS.between(open.dueDate(), asOf));
                    byClient.computeIfAbsent(invoice.clientId(), id -> new TreeMap<>(BY_CODE))
                            .merge(currency, AgingAmounts.zero(currency).plus(bucket, open.amount()), AgingAmounts::plus);
                    totals.merge(currency, AgingAmounts.zero(currency).plus(bucket, open.amount()), AgingAmounts::plus);
                }
            }
            Map<ClientId, String> names = clients.namesIn(workspaceId);
            List<AgingReport.Row> rows = new ArrayList<>();
            byClient.forEach((clientId, amounts) -> amounts.values().forEach(row ->
                    rows.add(new AgingReport.Row(clientId, names.getOrDefault(clientId, ""), row))));
            rows.sort(Comparator.comparing(AgingReport.Row::clientName)
                    .thenComparing(row -> row.clientId().value())
                    .thenComparing(row -> row.amounts().currency().code()));
            return new AgingReport(asOf, rows, List.copyOf(totals.values()));
        });
    }

    @Override
    public Statement statement(WorkspaceId workspaceId, ClientId clientId, CurrencyUnit currency, LocalDate from,
                               LocalDate to) {
        return transactions.inTransaction(() -> {
            List<Movement> movements = movements(workspaceId, currency, clientId::equals);
            Money opening = Money.zero(currency);
            Money balance;
            List<StatementLine> lines = new ArrayList<>();
            for (Movement movement : movements) {
                if (movement.date.isBefore(from)) {
                    opening = opening.plus(movement.amount);
                }
            }
            balance = opening;
            for (Movement movement : movements) {
                if (!movement.date.isBefore(from) && !movement.date.isAfter(to)) {
                    balance = balance.plus(movement.amount);
                    lines.add(new StatementLine(movement.date, movement.kind, movement.reference, movement.amount,
                            balance));
                }
            }
            return new Statement(clientId, currency, from, to, opening, lines, balance);
        });
    }

    @Override
    public DaysSalesOutstanding daysSalesOutstanding(WorkspaceId workspaceId, CurrencyUnit currency, LocalDate from,
                                                     LocalDate to) {
        return transactions.inTransaction(() -> {
            Money receivables = Money.zero(currency);
            for (Movement movement : movements(workspaceId, currency, client -> true)) {
                if (!movement.date.isAfter(to)) {
                    receivables = receivables.plus(movement.amount);
                }
            }
            Money sales = Money.zero(currency);
            for (Invoice invoice : invoicesOf(workspaceId, invoice -> invoice.status().isIssued()
                    && invoice.content().currency().equals(currency)
                    && !invoice.issueDate().isBefore(from) && !invoice.issueDate().isAfter(to))) {
                sales = sales.plus(invoice.total());
            }
            long days = ChronoUnit.DAYS.between(from, to) + 1;
            Optional<BigDecimal> dso = sales.isZero() ? Optional.empty() : Optional.of(receivables.amount()
                    .multiply(BigDecimal.valueOf(days)).divide(sales.amount(), 1, RoundingMode.HALF_UP));
            return new DaysSalesOutstanding(currency, from, to, receivables, sales, dso);
        });
    }

    @Override
    public List<DashboardFigures> dashboard(WorkspaceId workspaceId, LocalDate today) {
        return transactions.inTransaction(() -> {
            Map<CurrencyUnit, DashboardTally> tallies = new TreeMap<>(BY_CODE);
            for (Invoice invoice : invoicesOf(workspaceId, invoice -> invoice.status().isIssued())) {
                DashboardTally tally = tallies.computeIfAbsent(invoice.content().currency(), DashboardTally::new);
                if (invoice.status() == InvoiceStatus.UNCOLLECTIBLE) {
                    tally.uncollectible = tally.uncollectible.plus(invoice.amountDue());
                } else if (invoice.isOpenForCollection()) {
                    tally.outstanding = tally.outstanding.plus(invoice.amountDue());
                    tally.open++;
                    for (DueAmount open : invoice.openAmounts()) {
                        if (open.dueDate().isBefore(today)) {
                            tally.overdue = tally.overdue.plus(open.amount());
                        }
                    }
                    if (invoice.isOverdue(today)) {
                        tally.overdueCount++;
                    }
                }
            }
            LocalDate monthStart = today.withDayOfMonth(1);
            LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
            for (Payment payment : payments.all()) {
                // pending and failed payments brought no money: they are no receipts
                if (!payment.workspaceId().equals(workspaceId) || !payment.isReceived()) {
                    continue;
                }
                DashboardTally tally = tallies.computeIfAbsent(payment.amount().currency(), DashboardTally::new);
                tally.addReceipt(payment.receivedOn(), payment.amount(), monthStart, quarterStart, today);
                for (Refund refund : payment.refunds()) {
                    tally.addReceipt(refund.refundedOn(), refund.amount().negate(), monthStart, quarterStart, today);
                }
            }
            return tallies.values().stream().map(DashboardTally::toFigures).toList();
        });
    }

    @Override
    public CashFlowForecast cashFlow(WorkspaceId workspaceId, LocalDate from, LocalDate to,
                                     CashFlowForecast.Granularity granularity) {
        return transactions.inTransaction(() -> {
            Map<CurrencyUnit, Money> overdue = new TreeMap<>(BY_CODE);
            Map<CurrencyUnit, TreeMap<LocalDate, Money>> expected = new TreeMap<>(BY_CODE);
            for (Invoice invoice : invoicesOf(workspaceId, Invoice::isOpenForCollection)) {
                CurrencyUnit currency = invoice.content().currency();
                for (DueAmount open : invoice.openAmounts()) {
                    if (open.dueDate().isBefore(from)) {
                        overdue.merge(currency, open.amount(), Money::plus);
                    } else if (!open.dueDate().isAfter(to)) {
                        expected.computeIfAbsent(currency, unit -> new TreeMap<>())
                                .merge(periodStart(open.dueDate(), from, granularity), open.amount(), Money::plus);
                    }
                }
            }
            List<CashFlowForecast.Period> periods = new ArrayList<>();
            for (LocalDate start = from; !start.isAfter(to); start = nextPeriod(start, granularity)) {
                LocalDate end = nextPeriod(start, granularity).minusDays(1);
                LocalDate clippedEnd = end.isAfter(to) ? to : end;
                for (Map.Entry<CurrencyUnit, TreeMap<LocalDate, Money>> entry : expected.entrySet()) {
                    periods.add(new CashFlowForecast.Period(start, clippedEnd, entry.getKey(),
                            entry.getValue().getOrDefault(start, Money.zero(entry.getKey()))));
                }
            }
            return new CashFlowForecast(from, to, granularity, List.copyOf(overdue.values()), periods);
        });
    }

    /** The first day of the forecast period containing {@code date}; the first period starts at {@code from}. */
    private static LocalDate periodStart(LocalDate date, LocalDate from, CashFlowForecast.Granularity granularity) {
        LocalDate natural = switch (granularity) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
        return natural.isBefore(from) ? from : natural;
    }

    private static LocalDate nextPeriod(LocalDate start, CashFlowForecast.Granularity granularity) {
        return switch (granularity) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            case MONTH -> start.with(TemporalAdjusters.firstDayOfNextMonth());
        };
    }

    /** Every movement of the receivable of clients passing a test, in statement order. */
    private List<Movement> movements(WorkspaceId workspaceId, CurrencyUnit currency, Predicate<ClientId> client) {
        ZoneId zone = workspaces.find(workspaceId).map(Workspace::settings)
                .map(settings -> settings.timeZone()).orElse(ZoneId.of("UTC"));
        List<Movement> movements = new ArrayList<>();
        for (Invoice invoice : invoicesOf(workspaceId, invoice -> invoice.status() != InvoiceStatus.DRAFT
                && invoice.content().currency().equals(currency) && client.test(invoice.clientId()))) {
            movements.add(new Movement(invoice.issueDate(), StatementLine.Kind.INVOICE, invoice.number(),
                    invoice.total()));
            if (invoice.status() == InvoiceStatus.VOID) {
                movements.add(new Movement(LocalDate.ofInstant(invoice.closedAt(), zone), StatementLine.Kind.VOID,
                        invoice.number(), invoice.total().minus(invoice.balance().creditNotesApplied()).negate()));
            }
        }
        for (CreditNote note : creditNotes.all()) {
            if (note.workspaceId().equals(workspaceId) && note.total().currency().equals(currency)
                    && client.test(note.clientId())) {
                movements.add(new Movement(note.issueDate(), StatementLine.Kind.CREDIT_NOTE, note.number(),
                        note.total().negate()));
            }
        }
        for (Payment payment : payments.all()) {
            if (payment.workspaceId().equals(workspaceId) && payment.amount().currency().equals(currency)
                    && client.test(payment.clientId()) && payment.isReceived()) {
                movements.add(new Movement(payment.receivedOn(), StatementLine.Kind.PAYMENT, payment.reference(),
                        payment.amount().negate()));
                for (Refund refund : payment.refunds()) {
                    movements.add(new Movement(refund.refundedOn(), StatementLine.Kind.REFUND, refund.reference(),
                            refund.amount()));
                }
            }
        }
        movements.sort(Comparator.comparing((Movement movement) -> movement.date)
                .thenComparing(movement -> movement.kind).thenComparing(movement -> movement.reference));
        return movements;
    }

    private List<Invoice> invoicesOf(WorkspaceId workspaceId, Predicate<Invoice> test) {
        return invoices.all().stream()
                .filter(invoice -> invoice.workspaceId().equals(workspaceId) && test.test(invoice)).toList();
    }

    private record Movement(LocalDate date, StatementLine.Kind kind, String reference, Money amount) {
    }

    /** Running sums for one currency of the dashboard. */
    private static final class DashboardTally {
        private final CurrencyUnit currency;
        private Money outstanding;
        private Money overdue;
        private Money uncollectible;
        private Money paidThisMonth;
        private Money paidThisQuarter;
        private int open;
        private int overdueCount;

        DashboardTally(CurrencyUnit currency) {
            this.currency = currency;
            Money zero = Money.zero(currency);
            outstanding = zero;
            overdue = zero;
            uncollectible = zero;
            paidThisMonth = zero;
            paidThisQuarter = zero;
        }

        void addReceipt(LocalDate date, Money amount, LocalDate monthStart, LocalDate quarterStart, LocalDate today) {
            if (date.isAfter(today)) {
                return;
            }
            if (!date.isBefore(monthStart)) {
                paidThisMonth = paidThisMonth.plus(amount);
            }
            if (!date.isBefore(quarterStart)) {
                paidThisQuarter = paidThisQuarter.plus(amount);
            }
        }

        DashboardFigures toFigures() {
            return new DashboardFigures(currency, outstanding, overdue, uncollectible, paidThisMonth, paidThisQuarter,
                    open, overdueCount);
        }
    }
}
