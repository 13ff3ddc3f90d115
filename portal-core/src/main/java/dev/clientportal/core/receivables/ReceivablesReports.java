package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Turns receivables facts into reports: aging, the payment dashboard, DSO and the cash-flow forecast. */
final class ReceivablesReports {

    private static final Comparator<CurrencyUnit> BY_CODE = Comparator.comparing(CurrencyUnit::code);
    /** Client names collate case-insensitively (root locale), then by the name as written, then by id. */
    static final Comparator<AgingReport.Row> AGING_ORDER = Comparator
            .comparing((AgingReport.Row row) -> row.clientName().toLowerCase(Locale.ROOT))
            .thenComparing(AgingReport.Row::clientName)
            .thenComparing(row -> row.clientId().value().toString())
            .thenComparing(row -> row.amounts().currency().code());

    private ReceivablesReports() {
    }

    /** The statuses whose open amounts are still expected: aging and forecast count these, not written-off ones. */
    static final Set<InvoiceStatus> COLLECTING = Set.copyOf(EnumSet.of(InvoiceStatus.OPEN,
            InvoiceStatus.PARTIALLY_PAID));

    /**
     * The aging report on {@code asOf} from the {@link #COLLECTING} open amounts summed per client and currency over
     * the {@link AgingBucket#periodStarts} of that day: each fact is one row, its period sums the row's buckets.
     * Totals are kept in minor units per bucket while the facts are read and become {@link AgingAmounts} once per
     * currency.
     */
    static AgingReport aging(List<OpenAmountSum> facts, LocalDate asOf) {
        Map<CurrencyUnit, long[]> totals = new HashMap<>();
        SortedRow[] rows = new SortedRow[facts.size()];
        for (int k = 0; k < rows.length; k++) {
            OpenAmountSum fact = facts.get(k);
            List<Money> periods = fact.periods();
            long[] total = totals.computeIfAbsent(fact.currency(), unit -> new long[BUCKETS]);
            // period i of the bucket starts is the bucket of ordinal i
            for (int bucket = 0; bucket < BUCKETS; bucket++) {
                total[bucket] = Math.addExact(total[bucket], periods.get(bucket).minorUnits());
            }
            AgingAmounts amounts = new AgingAmounts(fact.currency(), periods.get(0), periods.get(1), periods.get(2),
                    periods.get(3), periods.get(4));
            rows[k] = new SortedRow(fact.clientName().toLowerCase(Locale.ROOT),
                    new AgingReport.Row(fact.clientId(), fact.clientName(), amounts));
        }
        Arrays.sort(rows, SortedRow.ORDER);
        List<AgingReport.Row> ordered = new ArrayList<>(rows.length);
        for (SortedRow row : rows) {
            ordered.add(row.row());
        }
        List<AgingAmounts> totalRows = totals.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(BY_CODE))
                .map(total -> amounts(total.getKey(), total.getValue()))
                .toList();
        return new AgingReport(asOf, ordered, totalRows);
    }

    private static final int BUCKETS = AgingBucket.values().length;

    private static AgingAmounts amounts(CurrencyUnit currency, long[] sums) {
        return new AgingAmounts(currency,
                Money.ofMinor(sums[AgingBucket.CURRENT.ordinal()], currency),
                Money.ofMinor(sums[AgingBucket.DAYS_1_30.ordinal()], currency),
                Money.ofMinor(sums[AgingBucket.DAYS_31_60.ordinal()], currency),
                Money.ofMinor(sums[AgingBucket.DAYS_61_90.ordinal()], currency),
                Money.ofMinor(sums[AgingBucket.OVER_90.ordinal()], currency));
    }

    /** Days sales outstanding: receivables at the end of {@code to} over credit sales, times the period's days. */
    static DaysSalesOutstanding daysSalesOutstanding(CurrencyUnit currency, LocalDate from, LocalDate to,
                                                     List<Movement> movements, Money sales) {
        Money receivables = Ledger.balance(currency, movements, to);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        Optional<BigDecimal> dso = sales.isZero() ? Optional.empty() : Optional.of(receivables.amount()
                .multiply(BigDecimal.valueOf(days)).divide(sales.amount(), 1, RoundingMode.HALF_UP));
        return new DaysSalesOutstanding(currency, from, to, receivables, sales, dso);
    }

    /**
     * The payment dashboard per currency on {@code today}: open amounts split into outstanding, overdue and
     * written off; receipts net of refunds since the start of the month and of the quarter.
     */
    static List<DashboardFigures> dashboard(List<OpenAmount> open, List<Movement> receipts, LocalDate today) {
        Map<CurrencyUnit, Tally> tallies = new TreeMap<>(BY_CODE);
        Set<InvoiceId> counted = new HashSet<>();
        Set<InvoiceId> overdue = new HashSet<>();
        for (OpenAmount amount : open) {
            Tally tally = tallies.computeIfAbsent(amount.amount().currency(), Tally::new);
            if (amount.status() == InvoiceStatus.UNCOLLECTIBLE) {
                tally.uncollectible = tally.uncollectible.plus(amount.amount());
            } else if (collecting(amount)) {
                tally.outstanding = tally.outstanding.plus(amount.amount());
                if (counted.add(amount.invoiceId())) {
                    tally.open++;
                }
                if (amount.dueDate().isBefore(today)) {
                    tally.overdue = tally.overdue.plus(amount.amount());
                    if (overdue.add(amount.invoiceId())) {
                        tally.overdueCount++;
                    }
                }
            }
        }
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        for (Movement receipt : receipts) {
            if (receipt.date().isAfter(today) || receipt.date().isBefore(quarterStart)) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(receipt.amount().currency(), Tally::new);
            Money received = Ledger.signed(receipt).negate();
            tally.paidThisQuarter = tally.paidThisQuarter.plus(received);
            if (!receipt.date().isBefore(monthStart)) {
                tally.paidThisMonth = tally.paidThisMonth.plus(received);
            }
        }
        return tallies.values().stream().map(Tally::toFigures).toList();
    }

    /** The first day of the current quarter, from which the dashboard needs receipts. */
    static LocalDate quarterStart(LocalDate today) {
        return today.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    /** Open and partially paid invoices' open amounts placed in the period they fall due. */
    static CashFlowForecast cashFlow(List<OpenAmount> facts, LocalDate from, LocalDate to,
                                     CashFlowForecast.Granularity granularity) {
        Map<CurrencyUnit, Money> overdue = new TreeMap<>(BY_CODE);
        Map<CurrencyUnit, TreeMap<LocalDate, Money>> expected = new TreeMap<>(BY_CODE);
        for (OpenAmount open : facts) {
            if (!collecting(open)) {
                continue;
            }
            CurrencyUnit currency = open.amount().currency();
            if (open.dueDate().isBefore(from)) {
                overdue.merge(currency, open.amount(), Money::plus);
            } else if (!open.dueDate().isAfter(to)) {
                expected.computeIfAbsent(currency, unit -> new TreeMap<>())
                        .merge(periodStart(open.dueDate(), from, granularity), open.amount(), Money::plus);
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
    }

    /** Written-off invoices stay owed but are no longer expected: aging and forecast leave them out. */
    private static boolean collecting(OpenAmount open) {
        return COLLECTING.contains(open.status());
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

    /** Running sums for one currency of the dashboard. */
    private static final class Tally {
        private final CurrencyUnit currency;
        private Money outstanding;
        private Money overdue;
        private Money uncollectible;
        private Money paidThisMonth;
        private Money paidThisQuarter;
        private int open;
        private int overdueCount;

        Tally(CurrencyUnit currency) {
            this.currency = currency;
            Money zero = Money.zero(currency);
            outstanding = zero;
            overdue = zero;
            uncollectible = zero;
            paidThisMonth = zero;
            paidThisQuarter = zero;
        }

        DashboardFigures toFigures() {
            return new DashboardFigures(currency, outstanding, overdue, uncollectible, paidThisMonth, paidThisQuarter,
                    open, overdueCount);
        }
    }

    /**
     * A row with its name folded once, so that sorting a hundred thousand clients folds each name once rather than in
     * every comparison; the order is {@link #AGING_ORDER}.
     */
    private record SortedRow(String foldedName, AgingReport.Row row) {
        static final Comparator<SortedRow> ORDER = Comparator.comparing(SortedRow::foldedName)
                .thenComparing(SortedRow::row, AGING_ORDER);
    }
}
