package dev.clientportal.core.contract;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.receivables.AgingAmounts;
import dev.clientportal.core.receivables.AgingReport;
import dev.clientportal.core.receivables.CashFlowForecast;
import dev.clientportal.core.receivables.CashFlowForecast.Granularity;
import dev.clientportal.core.receivables.DashboardFigures;
import dev.clientportal.core.receivables.DaysSalesOutstanding;
import dev.clientportal.core.receivables.Movement;
import dev.clientportal.core.receivables.OpenAmount;
import dev.clientportal.core.receivables.OpenAmountSum;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.core.receivables.StatementLine.Kind;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.clientportal.core.contract.ReceivablesScenario.TODAY;
import static dev.clientportal.core.contract.ReceivablesScenario.eur;
import static dev.clientportal.core.contract.ReceivablesScenario.usd;
import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.GBP;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contract of {@link dev.clientportal.core.receivables.ReceivablesQueries}, over the months of business in
 * {@link ReceivablesScenario} (read its timeline first). The facts the port returns are checked directly; the reports
 * core computes from them (through {@code portal.receivables()}) are checked too, so that an adapter whose facts
 * are subtly off sees which figure of which report goes wrong. Every expected figure is worked out by hand next to
 * the assertion that checks it.
 */
public abstract class ReceivablesQueriesContract extends StoreContract {

    /** The period starts the {@code openAmountSums} contracts ask for: 06-10, 05-20 and 05-10. */
    private static final List<LocalDate> PERIOD_STARTS = List.of(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 5, 20),
            LocalDate.of(2026, 5, 10));

    private PortalFixture fixture;
    private ReceivablesScenario scenario;
    private WorkspaceId acme;

    @BeforeEach
    void playTheScenario() {
        fixture = PortalFixture.over(stores);
        scenario = new ReceivablesScenario(fixture);
        acme = scenario.acme.workspaceId();
    }

    /**
     * On 05-20, what is open (uncollectible H1, void G3, paid G1/G2 and the draft left out):
     * <pre>
     * Globex   USD G4 300.00 due 06-03                       current
     * Hooli    USD H2 150.00 due 05-10, 10 days late          1–30
     * Soylent  USD S1 300.00 each due 05-25, 06-08, 07-06     current 900.00
     * Umbrella EUR U1 400.00 due 05-15, 5 days late           1–30
     *              U1 500.00 due 06-15 + U2 300.00 due 06-11  current 800.00
     * totals   EUR current 800.00, 1–30 400.00; USD current 300 + 900 = 1200.00, 1–30 150.00
     * </pre>
     */
    @Test
    void aging_splitsWhatEachClientOwesByAge_eachInstallmentFromItsOwnDueDate() {
        AgingReport report = aging(scenario.acme, TODAY);

        assertThat(report.asOf()).isEqualTo(TODAY);
        assertThat(report.rows()).containsExactly(
                row(scenario.globex, aged(USD, "300.00", "0", "0", "0", "0")),
                row(scenario.hooli, aged(USD, "0", "150.00", "0", "0", "0")),
                row(scenario.soylent, aged(USD, "900.00", "0", "0", "0", "0")),
                row(scenario.umbrella, aged(EUR, "800.00", "400.00", "0", "0", "0")));
        assertThat(report.totals()).containsExactly(
                aged(EUR, "800.00", "400.00", "0", "0", "0"),
                aged(USD, "1200.00", "150.00", "0", "0", "0"));
    }

    /**
     * The same open amounts three months later, on 08-20:
     * <pre>
     * Globex   G4 due 06-03: 30 (June) + 31 (July) + 17 = 78 days            61–90  300.00
     * Hooli    H2 due 05-10: 31 + 30 + 31 + 10 = 102 days                    90+    150.00
     * Soylent  05-25: 31 + 30 + 26 = 87; 06-08: 30 + 31 + 12 = 73            61–90  600.00
     *          07-06: 31 + 14 = 45                                           31–60  300.00
     * Umbrella 05-15: 31 + 30 + 31 + 5 = 97                                  90+    400.00
     *          06-15: 30 + 31 + 5 = 66; U2 06-11: 30 + 31 + 9 = 70            61–90  800.00
     * totals   EUR 61–90 800.00, 90+ 400.00; USD 31–60 300.00, 61–90 900.00, 90+ 150.00
     * </pre>
     */
    @Test
    void aging_laterOn_movesTheSameOpenAmountsIntoOlderBuckets() {
        AgingReport report = aging(scenario.acme, LocalDate.of(2026, 8, 20));

        assertThat(report.rows()).containsExactly(
                row(scenario.globex, aged(USD, "0", "0", "0", "300.00", "0")),
                row(scenario.hooli, aged(USD, "0", "0", "0", "0", "150.00")),
                row(scenario.soylent, aged(USD, "0", "0", "300.00", "600.00", "0")),
                row(scenario.umbrella, aged(EUR, "0", "0", "0", "800.00", "400.00")));
        assertThat(report.totals()).containsExactly(
                aged(EUR, "0", "0", "0", "800.00", "400.00"),
                aged(USD, "0", "0", "300.00", "900.00", "150.00"));
    }

    /**
     * Invoices due on receipt, issued N days before 06-30, of amounts that are powers of two so that every bucket
     * sum says which invoices it holds:
     * <pre>
     * issued  06-30 06-29 05-31 05-30 05-01 04-30 04-01 03-31 | 06-30 net 30 (due 07-30)
     * amount      1     2     4     8    16    32    64   128 | 256
     * on 06-30    0     1    30    31    60    61    90    91 | -30 days late
     *   current 1 + 256 = 257; 1–30 2 + 4 = 6; 31–60 8 + 16 = 24; 61–90 32 + 64 = 96; 90+ 128
     * on 06-29   -1     0    29    30    59    60    89    90 | -31 days late
     *   current 1 + 2 + 256 = 259; 1–30 4 + 8 = 12; 31–60 16 + 32 = 48; 61–90 64 + 128 = 192; 90+ 0
     * </pre>
     */
    @Test
    void aging_bucketsBoundaryDays_0_1_30_31_60_61_90_91() {
        StaffPrincipal owner = fixture.workspace("Edge Cases", USD);
        Client edge = fixture.client(owner, "Edge");
        String[][] dueOnReceipt = {{"2026-03-31", "128"}, {"2026-04-01", "64"}, {"2026-04-30", "32"},
                {"2026-05-01", "16"}, {"2026-05-30", "8"}, {"2026-05-31", "4"}, {"2026-06-29", "2"},
                {"2026-06-30", "1"}};
        for (String[] invoice : dueOnReceipt) {
            fixture.moveTo(LocalDate.parse(invoice[0]));
            fixture.issue(owner, DraftInvoice.forClient(edge.id()).paymentTerms(PaymentTerms.dueOnReceipt())
                    .line("Consulting", "1", "day", usd(invoice[1])));
        }
        fixture.issuedInvoice(owner, edge, "256");

        AgingReport onTheDay = aging(owner, LocalDate.of(2026, 6, 30));
        AgingReport dayBefore = aging(owner, LocalDate.of(2026, 6, 29));

        assertThat(onTheDay.rows()).containsExactly(row(edge, aged(USD, "257", "6", "24", "96", "128")));
        assertThat(onTheDay.totals()).containsExactly(aged(USD, "257", "6", "24", "96", "128"));
        assertThat(dayBefore.rows()).containsExactly(row(edge, aged(USD, "259", "12", "48", "192", "0")));
    }

    /** Initech's invoice of 777.00 less its 100.00 payment, due 04-01: 30 + 19 = 49 days late on 05-20. */
    @Test
    void aging_ofAnotherWorkspace_holdsOnlyItsOwnInvoices() {
        AgingReport report = aging(scenario.initech, TODAY);

        assertThat(report.rows()).hasSize(1);
        assertThat(report.rows().get(0).clientName()).isEqualTo("Globex");
        assertThat(report.rows().get(0).clientId()).isNotEqualTo(scenario.globex.id());
        assertThat(report.totals()).containsExactly(aged(USD, "0", "0", "677.00", "0", "0"));
    }

    /**
     * Globex in USD from 04-01 to 05-20. Opening: G1 1000.00 − wire-1001 400.00 = 600.00. Lines of a day come as
     * invoice, credit note, payment, refund, void, then by reference (ach-0999 before ach-1003 although recorded
     * later). The void of G3 reverses only the 200.00 its credit note had not (300.00 − 100.00); the credit
     * applied to G3 and given back has no line, as it moved nothing between Globex and Acme. chq-1004, received
     * 05-25, falls after the period. Closing 250.00 = G4's 500.00 − 150.00 paid by 05-20 − 100.00 credit left.
     */
    @Test
    void statement_listsThePeriodsMovementsInOrder_withSignedAmountsAndRunningBalance() {
        Statement statement = statement(scenario.globex, USD, LocalDate.of(2026, 4, 1), TODAY);

        assertThat(statement.clientId()).isEqualTo(scenario.globex.id());
        assertThat(statement.currency()).isEqualTo(USD);
        assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(statement.to()).isEqualTo(TODAY);
        assertThat(statement.openingBalance()).isEqualTo(usd("600.00"));
        assertThat(statement.lines()).containsExactly(
                line("2026-04-01", Kind.INVOICE, "INV-2026-00003", "250.00", "850.00"),
                line("2026-04-10", Kind.PAYMENT, "wire-1002", "-1000.00", "-150.00"),
                line("2026-04-15", Kind.INVOICE, "INV-2026-00006", "300.00", "150.00"),
                line("2026-04-15", Kind.CREDIT_NOTE, "CN-2026-00001", "-100.00", "50.00"),
                line("2026-04-22", Kind.VOID, "INV-2026-00006", "-200.00", "-150.00"),
                line("2026-05-04", Kind.INVOICE, "INV-2026-00007", "500.00", "350.00"),
                line("2026-05-04", Kind.PAYMENT, "ach-0999", "-50.00", "300.00"),
                line("2026-05-04", Kind.PAYMENT, "ach-1003", "-100.00", "200.00"),
                line("2026-05-04", Kind.REFUND, "rf-1", "50.00", "250.00"));
        assertThat(statement.closingBalance()).isEqualTo(usd("250.00"));
    }

    /**
     * Globex over its whole history (03-01 to 06-30) opens at 0 and closes at 200.00 (G4 owes 300.00, less the
     * 100.00 credit); June alone has no movement: it opens and closes at 200.00. Umbrella's EUR statement to
     * 05-31: 2000.00 − 500.00 + 300.00 − 700.00 + 100.00 = 1200.00 (U1 900.00 + U2 300.00). Hooli's written-off
     * H1 stays owed: 800.00 + 150.00 − 200.00 = 750.00. Globex never dealt in EUR: empty at 0.
     */
    @Test
    void statement_opensWithWhatWasOwedBeforeThePeriod_andClosesWithWhatWasOwedAtItsEnd() {
        Statement whole = statement(scenario.globex, USD, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30));
        Statement june = statement(scenario.globex, USD, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        Statement umbrella = statement(scenario.umbrella, EUR, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31));
        Statement hooli = statement(scenario.hooli, USD, LocalDate.of(2026, 1, 1), TODAY);
        Statement globexInEuro = statement(scenario.globex, EUR, LocalDate.of(2026, 1, 1), TODAY);

        assertThat(whole.openingBalance()).isEqualTo(usd("0.00"));
        assertThat(whole.lines()).hasSize(12);
        assertThat(whole.lines().get(11)).isEqualTo(line("2026-05-25", Kind.PAYMENT, "chq-1004", "-50.00", "200.00"));
        assertThat(whole.closingBalance()).isEqualTo(usd("200.00"));
        assertThat(june.openingBalance()).isEqualTo(usd("200.00"));
        assertThat(june.lines()).isEmpty();
        assertThat(june.closingBalance()).isEqualTo(usd("200.00"));
        assertThat(umbrella.lines()).containsExactly(
                line("2026-03-02", Kind.INVOICE, "INV-2026-00002", eur("2000.00"), eur("2000.00")),
                line("2026-03-16", Kind.PAYMENT, "sepa-2001", eur("-500.00"), eur("1500.00")),
                line("2026-05-12", Kind.INVOICE, "INV-2026-00008", eur("300.00"), eur("1800.00")),
                line("2026-05-15", Kind.PAYMENT, "sepa-2002", eur("-700.00"), eur("1100.00")),
                line("2026-05-20", Kind.REFUND, "rf-2", eur("100.00"), eur("1200.00")));
        assertThat(umbrella.closingBalance()).isEqualTo(eur("1200.00"));
        assertThat(hooli.closingBalance()).isEqualTo(usd("750.00"));
        assertThat(globexInEuro.openingBalance()).isEqualTo(eur("0.00"));
        assertThat(globexInEuro.lines()).isEmpty();
        assertThat(globexInEuro.closingBalance()).isEqualTo(eur("0.00"));
    }

    /**
     * USD, 04-01 to 05-31 (30 + 31 = 61 days). Receivables at the end of 05-31, net of credit: Globex 200.00
     * (see the statement), Hooli 750.00, Soylent 900.00 = 1850.00 (Initech's invoice is another workspace's).
     * Credit sales: G2 250 + H1 800 + H2 150 + G4 500 + S1 900 = 2600.00 (G3 is void; G1 was issued in March).
     * DSO = 1850 × 61 ÷ 2600 = 43.403… → 43.4.
     */
    @Test
    void daysSalesOutstanding_isReceivablesOverCreditSalesTimesDays_roundedHalfUpToOneDecimal() {
        DaysSalesOutstanding usdDso = dso(USD, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31));

        assertThat(usdDso).isEqualTo(new DaysSalesOutstanding(USD, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 31), usd("1850.00"), usd("2600.00"), Optional.of(new BigDecimal("43.4"))));
    }

    /**
     * EUR in March (31 days): receivables 2000.00 − 500.00 = 1500.00, sales 2000.00: 1500 × 31 ÷ 2000 = 23.25,
     * half up 23.3 (half even would say 23.2). EUR from March to May (92 days): receivables 1200.00, sales
     * 2000.00 + 300.00 = 2300.00: 1200 × 92 ÷ 2300 = 48, written with its one decimal as 48.0.
     */
    @Test
    void daysSalesOutstanding_roundsAnExactHalfUp_andAlwaysHasOneDecimal() {
        assertThat(dso(EUR, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).days())
                .contains(new BigDecimal("23.3"));
        assertThat(dso(EUR, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31)))
                .isEqualTo(new DaysSalesOutstanding(EUR, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31),
                        eur("1200.00"), eur("2300.00"), Optional.of(new BigDecimal("48.0"))));
    }

    /** No EUR invoice was issued in April, though 1500.00 was owed at its end; nothing ever happened in GBP. */
    @Test
    void daysSalesOutstanding_withoutSalesInThePeriod_isEmpty() {
        assertThat(dso(EUR, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)))
                .isEqualTo(new DaysSalesOutstanding(EUR, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                        eur("1500.00"), eur("0.00"), Optional.empty()));
        assertThat(dso(GBP, LocalDate.of(2026, 1, 1), TODAY))
                .isEqualTo(new DaysSalesOutstanding(GBP, LocalDate.of(2026, 1, 1), TODAY, Money.zero(GBP),
                        Money.zero(GBP), Optional.empty()));
    }

    /**
     * On 05-20 (month from 05-01, quarter from 04-01):
     * <pre>
     * EUR outstanding U1 900 + U2 300 = 1200.00; overdue U1's 400.00 due 05-15; nothing written off;
     *     month = quarter = sepa-2002 700.00 − rf-2 100.00 = 600.00 (sepa-2001 was in March); 2 open, 1 overdue
     * USD outstanding G4 300 + H2 150 + S1 900 = 1350.00; overdue H2 150.00 (due 05-10; S1's first part is due
     *     05-25); uncollectible H1 600.00;
     *     month  = ach-1003 100 + ach-0999 50 − rf-1 50 = 100.00 (chq-1004 is received only on 05-25)
     *     quarter = month + wire-1002 1000 + chk-3001 200 = 1300.00; 3 open, 1 overdue
     * </pre>
     * Initech's own dashboard: 777.00 − 100.00 = 677.00 outstanding and overdue since 04-01, paid in March.
     */
    @Test
    void dashboard_sumsOutstandingOverdueWrittenOffAndNetReceiptsPerCurrency() {
        assertThat(fixture.portal.receivables().dashboard(scenario.acme)).containsExactly(
                new DashboardFigures(EUR, eur("1200.00"), eur("400.00"), eur("0.00"), eur("600.00"), eur("600.00"),
                        2, 1),
                new DashboardFigures(USD, usd("1350.00"), usd("150.00"), usd("600.00"), usd("100.00"),
                        usd("1300.00"), 3, 1));
        assertThat(fixture.portal.receivables().dashboard(scenario.initech))
                .containsExactly(new DashboardFigures(USD, usd("677.00"), usd("677.00"), usd("0.00"), usd("0.00"),
                        usd("0.00"), 1, 1));
    }

    /**
     * A workspace whose only GBP invoice was paid in January still shows its GBP dashboard on 05-20, all zeros:
     * a currency it deals in does not vanish once nothing is open or received this quarter.
     */
    @Test
    void dashboard_keepsEveryCurrencyInUse_withZerosWhenNothingIsOpenOrReceived() {
        StaffPrincipal quiet = fixture.workspace("Quiet Ltd", GBP);
        Client tyrell = fixture.client(quiet, "Tyrell", GBP);
        fixture.moveTo(LocalDate.of(2026, 1, 5));
        Invoice paid = fixture.issue(quiet, DraftInvoice.forClient(tyrell.id()).line("Audit", "1", "",
                Money.of("90.00", GBP)));
        fixture.portal.payments().record(quiet, RecordPayment.manual(tyrell.id(), Money.of("90.00", GBP),
                PaymentMethod.BANK_TRANSFER, "bacs-1").allocateTo(paid.id()));
        fixture.moveTo(TODAY);

        Money zero = Money.zero(GBP);
        assertThat(fixture.portal.receivables().dashboard(quiet)).containsExactly(
                new DashboardFigures(GBP, zero, zero, zero, zero, zero, 0, 0));
    }

    /**
     * From 05-20 to 07-10 by month. Before 05-20 and still open: EUR U1's 400.00 (05-15), USD H2's 150.00 (05-10).
     * <pre>
     * 05-20..05-31  EUR 0.00             USD S1 300.00 (05-25)
     * 06-01..06-30  EUR U2 300 + U1 500  USD G4 300 (06-03) + S1 300 (06-08)
     * 07-01..07-10  EUR 0.00             USD S1 300.00 (07-06)
     * </pre>
     * H1 (written off), paid, void, draft and Initech's invoices are not expected to come in.
     */
    @Test
    void cashFlow_byMonth_placesEachOpenAmountOnItsDueDate_andClipsTheFirstAndLastMonth() {
        CashFlowForecast forecast = cashFlow(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 7, 10), Granularity.MONTH);

        assertThat(forecast.from()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(forecast.to()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(forecast.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(forecast.overdue()).containsExactlyInAnyOrder(eur("400.00"), usd("150.00"));
        assertThat(forecast.periods()).containsExactly(
                period("2026-05-20", "2026-05-31", eur("0.00")),
                period("2026-05-20", "2026-05-31", usd("300.00")),
                period("2026-06-01", "2026-06-30", eur("800.00")),
                period("2026-06-01", "2026-06-30", usd("600.00")),
                period("2026-07-01", "2026-07-10", eur("0.00")),
                period("2026-07-01", "2026-07-10", usd("300.00")));
    }

    /**
     * From Wednesday 05-20 to Sunday 06-14 in weeks starting on Monday: the first week is clipped to 05-20..05-24.
     * U1's 500.00 due 06-15 and S1's last part due 07-06 fall after the forecast.
     */
    @Test
    void cashFlow_byWeek_startsWeeksOnMonday() {
        CashFlowForecast forecast = cashFlow(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 14), Granularity.WEEK);

        assertThat(forecast.overdue()).containsExactlyInAnyOrder(eur("400.00"), usd("150.00"));
        assertThat(forecast.periods()).containsExactly(
                period("2026-05-20", "2026-05-24", eur("0.00")),
                period("2026-05-20", "2026-05-24", usd("0.00")),
                period("2026-05-25", "2026-05-31", eur("0.00")),
                period("2026-05-25", "2026-05-31", usd("300.00")),
                period("2026-06-01", "2026-06-07", eur("0.00")),
                period("2026-06-01", "2026-06-07", usd("300.00")),
                period("2026-06-08", "2026-06-14", eur("300.00")),
                period("2026-06-08", "2026-06-14", usd("300.00")));
    }

    /**
     * From 06-03 to 06-08 by day, both ends inclusive: G4's 300.00 is due on the first day, S1's second 300.00 on
     * the last. Overdue before 06-03: EUR U1 400.00; USD H2 150.00 + S1's 300.00 of 05-25 = 450.00. EUR has
     * nothing due inside (U2 06-11, U1 06-15), so it has no periods at all.
     */
    @Test
    void cashFlow_byDay_includesBothEnds_andListsOnlyCurrenciesWithReceiptsInTheForecast() {
        CashFlowForecast forecast = cashFlow(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 8), Granularity.DAY);

        assertThat(forecast.overdue()).containsExactlyInAnyOrder(eur("400.00"), usd("450.00"));
        assertThat(forecast.periods()).containsExactly(
                period("2026-06-03", "2026-06-03", usd("300.00")),
                period("2026-06-04", "2026-06-04", usd("0.00")),
                period("2026-06-05", "2026-06-05", usd("0.00")),
                period("2026-06-06", "2026-06-06", usd("0.00")),
                period("2026-06-07", "2026-06-07", usd("0.00")),
                period("2026-06-08", "2026-06-08", usd("300.00")));
    }

    /**
     * On 05-20 every open amount is a fact as the invoices store it, installments after the waterfall included:
     * U1's 1100.00 settled covers the deposit, 04-15 and 100.00 of 05-15; H1 is there, written off; G1, G2 (paid),
     * G3 (void), the draft and Initech's invoice are not.
     */
    @Test
    void openAmounts_areTheStoredOpenAmountsOfEveryPayableInvoice_perInstallment() {
        assertThat(inTransaction(() -> stores.receivables().openAmounts(acme)))
                .extracting(OpenAmount::clientName, OpenAmount::status, OpenAmount::dueDate, OpenAmount::amount)
                .containsExactlyInAnyOrder(
                        tuple("Globex", InvoiceStatus.PARTIALLY_PAID, LocalDate.of(2026, 6, 3), usd("300.00")),
                        tuple("Hooli", InvoiceStatus.UNCOLLECTIBLE, LocalDate.of(2026, 5, 1), usd("600.00")),
                        tuple("Hooli", InvoiceStatus.OPEN, LocalDate.of(2026, 5, 10), usd("150.00")),
                        tuple("Soylent", InvoiceStatus.OPEN, LocalDate.of(2026, 5, 25), usd("300.00")),
                        tuple("Soylent", InvoiceStatus.OPEN, LocalDate.of(2026, 6, 8), usd("300.00")),
                        tuple("Soylent", InvoiceStatus.OPEN, LocalDate.of(2026, 7, 6), usd("300.00")),
                        tuple("Umbrella", InvoiceStatus.PARTIALLY_PAID, LocalDate.of(2026, 5, 15), eur("400.00")),
                        tuple("Umbrella", InvoiceStatus.PARTIALLY_PAID, LocalDate.of(2026, 6, 15), eur("500.00")),
                        tuple("Umbrella", InvoiceStatus.OPEN, LocalDate.of(2026, 6, 11), eur("300.00")));
    }

    /**
     * The same open amounts of every payable status summed per client and currency, one sum per due-date period,
     * with periods starting 06-10, 05-20 and 05-10: a due date on a period's first day falls in it (Hooli's 05-10),
     * Soylent's 05-25 and 06-08 add up in one period, what is due before 05-10 falls in the last, open-ended one
     * (Hooli's uncollectible 05-01), and a period nothing falls in sums to zero.
     */
    @Test
    void openAmountSums_sumTheOpenAmountsPerClientAndCurrency_onePerPeriod() {
        assertThat(inTransaction(() -> stores.receivables().openAmountSums(acme, Set.of(InvoiceStatus.OPEN,
                InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.UNCOLLECTIBLE), PERIOD_STARTS)))
                .extracting(OpenAmountSum::clientName, OpenAmountSum::currency, OpenAmountSum::periods)
                .containsExactlyInAnyOrder(
                        tuple("Globex", USD, usdSums("0", "300.00", "0", "0")),
                        tuple("Hooli", USD, usdSums("0", "0", "150.00", "600.00")),
                        tuple("Soylent", USD, usdSums("300.00", "600.00", "0", "0")),
                        tuple("Umbrella", EUR, eurSums("800.00", "0", "400.00", "0")));
    }

    /**
     * Only the statuses asked for count: of the open invoices alone, Globex (partially paid G4) has nothing,
     * Hooli only H2 (its uncollectible H1 left out) and Umbrella only U2.
     */
    @Test
    void openAmountSums_countOnlyTheStatusesAskedFor() {
        assertThat(inTransaction(() -> stores.receivables().openAmountSums(acme, Set.of(InvoiceStatus.OPEN),
                PERIOD_STARTS)))
                .extracting(OpenAmountSum::clientName, OpenAmountSum::currency, OpenAmountSum::periods)
                .containsExactlyInAnyOrder(
                        tuple("Hooli", USD, usdSums("0", "0", "150.00", "0")),
                        tuple("Soylent", USD, usdSums("300.00", "600.00", "0", "0")),
                        tuple("Umbrella", EUR, eurSums("300.00", "0", "0", "0")));
    }

    /** Without period starts everything is one period: one sum per client and currency. */
    @Test
    void openAmountSums_withoutPeriodStarts_areOneSumPerClientAndCurrency() {
        assertThat(inTransaction(() -> stores.receivables().openAmountSums(acme, Set.of(InvoiceStatus.OPEN,
                InvoiceStatus.PARTIALLY_PAID), List.of())))
                .extracting(OpenAmountSum::clientName, OpenAmountSum::currency, OpenAmountSum::periods)
                .containsExactlyInAnyOrder(
                        tuple("Globex", USD, usdSums("300.00")),
                        tuple("Hooli", USD, usdSums("150.00")),
                        tuple("Soylent", USD, usdSums("900.00")),
                        tuple("Umbrella", EUR, eurSums("1200.00")));
    }

    /**
     * Globex's USD movements through 05-20, unsigned as written on each document: the void of G3 carries G3's
     * total and the 100.00 its credit note had reduced, dated the day it was closed; chq-1004 (received 05-25)
     * is after the day asked for. Through 04-21 the void and everything later is left out.
     */
    @Test
    void movements_areEveryDocumentAndTransferOfTheClient_unsigned_dated_andCutAtTheDayAskedFor() {
        assertThat(inTransaction(() -> stores.receivables().movements(acme, Optional.of(scenario.globex.id()), USD,
                TODAY))).containsExactlyInAnyOrder(
                        movement(Kind.INVOICE, "2026-03-02", "INV-2026-00001", "1000.00"),
                        movement(Kind.PAYMENT, "2026-03-16", "wire-1001", "400.00"),
                        movement(Kind.INVOICE, "2026-04-01", "INV-2026-00003", "250.00"),
                        movement(Kind.PAYMENT, "2026-04-10", "wire-1002", "1000.00"),
                        movement(Kind.INVOICE, "2026-04-15", "INV-2026-00006", "300.00"),
                        movement(Kind.CREDIT_NOTE, "2026-04-15", "CN-2026-00001", "100.00"),
                        new Movement(Kind.VOID, LocalDate.of(2026, 4, 22), "INV-2026-00006", usd("300.00"),
                                usd("100.00")),
                        movement(Kind.INVOICE, "2026-05-04", "INV-2026-00007", "500.00"),
                        movement(Kind.PAYMENT, "2026-05-04", "ach-1003", "100.00"),
                        movement(Kind.PAYMENT, "2026-05-04", "ach-0999", "50.00"),
                        movement(Kind.REFUND, "2026-05-04", "rf-1", "50.00"));
        assertThat(inTransaction(() -> stores.receivables().movements(acme, Optional.of(scenario.globex.id()), USD,
                LocalDate.of(2026, 4, 21)))).extracting(Movement::reference).containsExactlyInAnyOrder(
                        "INV-2026-00001", "wire-1001", "INV-2026-00003", "wire-1002", "INV-2026-00006",
                        "CN-2026-00001");
        assertThat(inTransaction(() -> stores.receivables().movements(acme, Optional.of(scenario.globex.id()), EUR,
                TODAY))).isEmpty();
    }

    /** Without a client, every client of the workspace and no other workspace's: Initech's 777.00 and 100.00. */
    @Test
    void movements_ofEveryClient_stayInTheWorkspace() {
        assertThat(inTransaction(() -> stores.receivables().movements(scenario.initech.workspaceId(),
                Optional.empty(), USD, TODAY))).containsExactlyInAnyOrder(
                        movement(Kind.INVOICE, "2026-03-02", "INV-2026-00001", "777.00"),
                        movement(Kind.PAYMENT, "2026-03-16", "wire-1001", "100.00"));
        assertThat(inTransaction(() -> stores.receivables().movements(acme, Optional.empty(), EUR, TODAY)))
                .extracting(Movement::reference).containsExactlyInAnyOrder("INV-2026-00002", "sepa-2001",
                        "INV-2026-00008", "sepa-2002", "rf-2");
    }

    /** May's receipts in both currencies, both ends included: chk-3001 (04-30) and chq-1004 (05-25) are outside. */
    @Test
    void receipts_arePaymentsAndRefundsOfThePeriod_inEveryCurrency() {
        assertThat(inTransaction(() -> stores.receivables().receipts(acme, LocalDate.of(2026, 5, 1), TODAY)))
                .containsExactlyInAnyOrder(
                        movement(Kind.PAYMENT, "2026-05-04", "ach-1003", "100.00"),
                        movement(Kind.PAYMENT, "2026-05-04", "ach-0999", "50.00"),
                        movement(Kind.REFUND, "2026-05-04", "rf-1", "50.00"),
                        Movement.of(Kind.PAYMENT, LocalDate.of(2026, 5, 15), "sepa-2002", eur("700.00")),
                        Movement.of(Kind.REFUND, LocalDate.of(2026, 5, 20), "rf-2", eur("100.00")));
    }

    /** Credit sales and the currencies in use are plain sums and distinct values (see the DSO test for 2600.00). */
    @Test
    void creditSales_sumIssuedNonVoidInvoices_andCurrenciesInUse_areDistinct() {
        assertThat(inTransaction(() -> stores.receivables().creditSales(acme, USD, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 31)))).isEqualTo(usd("2600.00"));
        assertThat(inTransaction(() -> stores.receivables().creditSales(acme, EUR, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30)))).isEqualTo(eur("0.00"));
        assertThat(inTransaction(() -> stores.receivables().currenciesInUse(acme))).containsExactlyInAnyOrder(EUR,
                USD);
        assertThat(inTransaction(() -> stores.receivables().currenciesInUse(
                fixture.workspace("Empty", GBP).workspaceId()))).isEmpty();
    }

    /**
     * Aging rows collate client names case-insensitively (root locale) whatever the store's collation: "acme
     * Labs" comes between "Globex" and "Hooli" although binary order would put it after "Umbrella".
     */
    @Test
    void aging_ordersClientsByNameCaseInsensitively() {
        Client lower = fixture.client(scenario.acme, "acme Labs");
        fixture.issuedInvoice(scenario.acme, lower, "10.00");

        assertThat(aging(scenario.acme, TODAY).rows()).extracting(AgingReport.Row::clientName)
                .containsExactly("acme Labs", "Globex", "Hooli", "Soylent", "Umbrella");
    }

    private static List<Money> usdSums(String... sums) {
        return Arrays.stream(sums).map(ReceivablesScenario::usd).toList();
    }

    private static List<Money> eurSums(String... sums) {
        return Arrays.stream(sums).map(ReceivablesScenario::eur).toList();
    }

    private AgingReport aging(StaffPrincipal owner, LocalDate asOf) {
        return fixture.portal.receivables().aging(owner, asOf);
    }

    private Statement statement(Client client, CurrencyUnit currency, LocalDate from, LocalDate to) {
        return fixture.portal.receivables().statement(scenario.acme, client.id(), currency, from, to);
    }

    private DaysSalesOutstanding dso(CurrencyUnit currency, LocalDate from, LocalDate to) {
        return fixture.portal.receivables().daysSalesOutstanding(scenario.acme, currency, from, to);
    }

    private CashFlowForecast cashFlow(LocalDate from, LocalDate to, Granularity granularity) {
        return fixture.portal.receivables().cashFlow(scenario.acme, from, to, granularity);
    }

    private static Movement movement(Kind kind, String date, String reference, String amount) {
        return Movement.of(kind, LocalDate.parse(date), reference, usd(amount));
    }

    private static AgingReport.Row row(Client client, AgingAmounts amounts) {
        return new AgingReport.Row(client.id(), client.name(), amounts);
    }

    private static AgingAmounts aged(CurrencyUnit currency, String current, String days1To30, String days31To60,
                                     String days61To90, String over90) {
        return new AgingAmounts(currency, Money.of(current, currency), Money.of(days1To30, currency),
                Money.of(days31To60, currency), Money.of(days61To90, currency), Money.of(over90, currency));
    }

    private static StatementLine line(String date, Kind kind, String reference, String amount, String balance) {
        return line(date, kind, reference, usd(amount), usd(balance));
    }

    private static StatementLine line(String date, Kind kind, String reference, Money amount, Money balance) {
        return new StatementLine(LocalDate.parse(date), kind, reference, amount, balance);
    }

    private static CashFlowForecast.Period period(String start, String end, Money expected) {
        return new CashFlowForecast.Period(LocalDate.parse(start), LocalDate.parse(end), expected.currency(),
                expected);
    }
}
