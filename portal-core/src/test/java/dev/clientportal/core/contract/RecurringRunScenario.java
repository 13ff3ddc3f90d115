package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.automation.Automation;
import dev.clientportal.core.automation.Cadence;
import dev.clientportal.core.automation.ChargeAttempt;
import dev.clientportal.core.automation.ChargeAttempts;
import dev.clientportal.core.automation.LineChange;
import dev.clientportal.core.automation.NewRecurringInvoice;
import dev.clientportal.core.automation.RecurringTemplate;
import dev.clientportal.core.automation.RunBudget;
import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.RecordingNotificationSender;
import dev.clientportal.core.testing.Seed;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seven simulated months of recurring invoices: two portal instances over the same stores, with different owners,
 * call {@link Automation#runDue} at the same moments three times a day for templates of every cadence (weekly, every
 * two weeks, monthly on the 31st, quarterly from November 30, yearly, with cycles, an end date, a price change and a
 * cancellation); the runs stop for a week-long outage, and a crashed instance leaves a period's claim behind. At the
 * end every period of every template was issued exactly once, as an invoice dated to its period, with the price in
 * effect on that date, none after the cancellation, and the runs counted each once. The crashed instance holds the
 * charge attempts due then too; they are made once its lease ends.
 *
 * <p>Every template auto-charges, to a gateway that declines a client's attempts 0, 1, 2 or 4 times before one
 * succeeds and is down for two days (the runs go on): no (template, period, attempt) is answered twice, every
 * attempt is made at the first run at or after its time (the issue, then 1, 3 and 5 days after the first decline,
 * and a day after the attempt before when an outage delayed that one), none after a success, the cancellation or
 * the fourth, and paid invoices are exactly those with a success. A
 * scenario over any {@link PortalStores} whose transactions interleave; an adapter runs it by extending it.
 */
public abstract class RecurringRunScenario {

    private static final Instant START = Instant.parse("2026-11-01T00:30:00Z");
    private static final int DAYS = 210;
    private static final int OUTAGE_FROM = 88; // 2027-01-28 .. 2027-02-03: the end of January falls in it
    private static final int OUTAGE_DAYS = 7;
    private static final int CANCEL_DAY = 150;
    private static final Duration TICK = Duration.ofHours(8);
    private static final RunBudget BUDGET = RunBudget.messages(10_000);
    private static final LocalDate PRICE_CHANGE = LocalDate.of(2027, 3, 1);
    private static final int GATEWAY_DOWN_FROM = 40;
    private static final int GATEWAY_DOWN_DAYS = 2;
    /** Declines before a success, by client in turn; 4 declines every attempt the schedule has. */
    private static final int[] DECLINES = {0, 1, 2, 4};

    private final Seed seed = Seed.from("recurring.seed");
    private final Random random = seed.random();
    private final PortalStores stores = newStores();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final FlakyGateway gateway = new FlakyGateway();
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .gateway(gateway)
            .signInPage(URI.create("https://portal.example/sign-in"))
            .relaySettings(RelaySettings.defaults().withOwner("instance-a")));
    private final ClientPortal instanceA = fixture.portal;
    private final ClientPortal instanceB = fixture.anotherInstance(builder -> builder
            .relaySettings(RelaySettings.defaults().withOwner("instance-b")));

    private final Map<RecurringTemplate, StaffPrincipal> templates = new LinkedHashMap<>();
    private final AtomicInteger counted = new AtomicInteger();
    private final AtomicInteger chargesCounted = new AtomicInteger();
    private final List<Instant> chargingRuns = new ArrayList<>();
    private Instant cancelledAt;
    private Instant crashedAt;
    private final List<String> crashedCharges = new ArrayList<>();
    private RecurringTemplate cancelled;
    private RecurringTemplate repriced;

    /** Fresh, empty stores whose transactions interleave as a database's do; called once per test. */
    protected abstract PortalStores newStores();

    @Test
    void sevenMonthsOfTwoInstances_issueEveryPeriodOnce_datedToIt_throughAnOutageAndACrashedInstance() {
        setUp();
        Instant last = START;
        for (Instant now = START; now.isBefore(START.plus(Duration.ofDays(DAYS))); now = now.plus(TICK)) {
            int day = (int) Duration.between(START, now).toDays();
            fixture.clock.set(now);
            if (day == CANCEL_DAY && now.atZone(ZoneOffset.UTC).getHour() == 8) {
                instanceA.automation().recurring().cancel(templates.get(cancelled), cancelled.id(), "client left");
                cancelledAt = now;
            }
            gateway.down = day >= GATEWAY_DOWN_FROM && day < GATEWAY_DOWN_FROM + GATEWAY_DOWN_DAYS;
            if (day == 20 && now.atZone(ZoneOffset.UTC).getHour() == 0) {
                crashedInstanceClaimsTheNextPeriods(now);
            }
            if (day < OUTAGE_FROM || day >= OUTAGE_FROM + OUTAGE_DAYS) {
                runBothInstances(now);
                last = now;
                if (!gateway.down) {
                    chargingRuns.add(now);
                }
            }
        }
        LocalDate end = LocalDate.ofInstant(last, ZoneOffset.UTC);
        LocalDate cancelDay = LocalDate.ofInstant(START, ZoneOffset.UTC).plusDays(CANCEL_DAY);

        int expectedTotal = 0;
        for (Map.Entry<RecurringTemplate, StaffPrincipal> entry : templates.entrySet()) {
            RecurringTemplate template = entry.getKey();
            // cancelled at 08:30 UTC, after the run at 00:30 issued the period of that day
            LocalDate through = template.equals(cancelled) ? cancelDay : end;
            List<LocalDate> expected = new ArrayList<>();
            for (int index = 0; template.hasPeriod(index) && !template.periodDate(index).isAfter(through); index++) {
                expected.add(template.periodDate(index));
            }
            expectedTotal += expected.size();
            List<Invoice> invoices = instanceA.invoicing().list(entry.getValue(),
                    InvoiceFilter.forClient(template.clientId()), 0, 500);
            assertThat(invoices.stream().map(Invoice::requireIssueDate).sorted().toList())
                    .as(seed + ": " + template.cadence() + " from " + template.start() + ": every period once, dated"
                            + " to it")
                    .containsExactlyElementsOf(expected);
            assertThat(invoices).as(seed + ": each priced as on its date").allSatisfy(invoice ->
                    assertThat(invoice.total()).isEqualTo(template.equals(repriced)
                            && !invoice.requireIssueDate().isBefore(PRICE_CHANGE) ? Money.of("120.00", USD)
                            : Money.of("100.00", USD)));
        }
        List<String> numbers = templates.entrySet().stream().flatMap(entry -> instanceA.invoicing()
                .list(entry.getValue(), InvoiceFilter.forClient(entry.getKey().clientId()), 0, 500).stream()
                .map(invoice -> entry.getValue().workspaceId() + " " + invoice.requireNumber())).toList();
        assertThat(numbers).as(seed + ": invoice numbers are unique").doesNotHaveDuplicates();
        assertThat(expectedTotal).as(seed + ": the scenario issues invoices").isGreaterThan(100);
        assertThat(counted.get()).as(seed + ": the runs counted every period once").isEqualTo(expectedTotal);
        Map<String, Long> sentPerInvoice = sender.ofKind(Notification.Kind.INVOICE_ISSUED).stream()
                .collect(Collectors.groupingBy(message -> message.about().orElseThrow().id().toString(),
                        Collectors.counting()));
        assertThat(sentPerInvoice).as(seed + ": every auto-sent invoice went out once").hasSize(expectedTotal)
                .allSatisfy((invoice, count) -> assertThat(count).isEqualTo(1L));
        everyChargeAttemptMadeOnce_onItsSchedule();
    }

    /**
     * Replays the retry rule against the gateway's log: for each issued period, attempt 1 at the first charging run
     * at or after its issue, each next one at the first charging run at or after 1, 3 or 5 days after the first
     * decline, until a success, the fourth attempt, the cancellation or the end.
     */
    private void everyChargeAttemptMadeOnce_onItsSchedule() {
        assertThat(gateway.answeredTwice).as(seed + ": no (template, period, attempt) answered twice").isEmpty();
        assertThat(gateway.unavailable.get()).as(seed + ": the gateway outage was felt").isPositive();
        assertThat(crashedCharges).as(seed + ": the crashed instance held charges").isNotEmpty();
        Map<String, List<FlakyGateway.Call>> byPeriod = gateway.answered.values().stream().collect(Collectors
                .groupingBy(call -> call.templateId() + ":" + call.period(), LinkedHashMap::new, Collectors.toList()));
        List<Duration> retries = List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(5));
        int paidPeriods = 0;
        for (Map.Entry<RecurringTemplate, StaffPrincipal> entry : templates.entrySet()) {
            RecurringTemplate template = entry.getKey();
            int declines = gateway.declines.get(template.clientId().toString());
            for (Invoice invoice : instanceA.invoicing().list(entry.getValue(),
                    InvoiceFilter.forClient(template.clientId()), 0, 500)) {
                List<FlakyGateway.Call> calls = byPeriod.getOrDefault(template.id() + ":" + invoice.requireIssueDate(),
                        List.of()).stream().sorted(java.util.Comparator.comparingInt(FlakyGateway.Call::attempt))
                        .toList();
                String what = seed + ": " + template.cadence() + " period " + invoice.requireIssueDate();
                assertThat(calls).as(what + ": attempt 1 is made").isNotEmpty();
                assertThat(calls.get(0).attempt()).isEqualTo(1);
                Instant firstFailure = calls.get(0).at();
                List<Integer> expected = new ArrayList<>(List.of(1));
                for (int attempt = 2; attempt <= Math.min(declines + 1, retries.size() + 1); attempt++) {
                    Instant scheduled = firstFailure.plus(retries.get(attempt - 2));
                    Instant dayAfterPrevious = calls.get(expected.size() - 1).at().plus(Duration.ofDays(1));
                    Instant due = scheduled.isBefore(dayAfterPrevious) ? dayAfterPrevious : scheduled;
                    boolean heldByCrashed = crashedCharges.contains(template.id() + ":" + invoice.requireIssueDate()
                            + ":" + attempt);
                    Optional<Instant> run = firstChargingRun(heldByCrashed ? crashedAt.plusSeconds(1) : due);
                    if (run.isEmpty() || template.equals(cancelled) && !run.get().isBefore(cancelledAt)) {
                        break;
                    }
                    expected.add(attempt);
                    int index = expected.size() - 1;
                    assertThat(calls).as(what).hasSizeGreaterThan(index);
                    assertThat(calls.get(index).at()).as(what + ": attempt " + attempt + " on its schedule")
                            .isEqualTo(run.get());
                }
                assertThat(calls).extracting(FlakyGateway.Call::attempt).as(what + ": attempts made")
                        .containsExactlyElementsOf(expected);
                boolean succeeded = calls.get(calls.size() - 1).attempt() > declines;
                Invoice current = instanceA.invoicing().get(entry.getValue(), invoice.id());
                assertThat(current.status()).as(what + ": paid exactly when a charge succeeded")
                        .isEqualTo(succeeded ? InvoiceStatus.PAID : InvoiceStatus.OPEN);
                paidPeriods += succeeded ? 1 : 0;
            }
        }
        assertThat(paidPeriods).as(seed + ": charges succeeded").isGreaterThan(20);
        assertThat(chargesCounted.get()).as(seed + ": the runs counted every answered attempt once")
                .isEqualTo(gateway.answered.size());
    }

    private Optional<Instant> firstChargingRun(Instant due) {
        return chargingRuns.stream().filter(run -> !run.isBefore(due)).findFirst();
    }

    private void setUp() {
        fixture.clock.set(START);
        LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);
        List<NewRecurringInvoice> kinds = new ArrayList<>();
        for (String name : List.of("Acme", "Beta")) {
            StaffPrincipal owner = fixture.workspace(name, USD);
            kinds.clear();
            kinds.add(plan(owner, name + " weekly", Cadence.weekly(), today.plusDays(random.nextInt(7))));
            kinds.add(plan(owner, name + " fortnightly", Cadence.everyWeeks(2), today.plusDays(random.nextInt(14))));
            kinds.add(plan(owner, name + " month end", Cadence.monthly(), LocalDate.of(2026, 12, 31)));
            kinds.add(plan(owner, name + " quarterly", Cadence.quarterly(), LocalDate.of(2026, 11, 30)));
            kinds.add(plan(owner, name + " yearly", Cadence.yearly(), today.plusDays(random.nextInt(30))));
            kinds.add(plan(owner, name + " six weeks", Cadence.everyWeeks(1), today.plusDays(random.nextInt(5)))
                    .cycles(6));
            kinds.add(plan(owner, name + " until spring", Cadence.weekly(), today.plusDays(3))
                    .until(LocalDate.of(2027, 4, 15)));
            for (NewRecurringInvoice kind : kinds) {
                templates.put(instanceA.automation().recurring().create(owner, kind), owner);
            }
        }
        List<RecurringTemplate> all = new ArrayList<>(templates.keySet());
        cancelled = all.get(0);
        RecurringTemplate toReprice = all.get(all.size() - 5);
        StaffPrincipal owner = templates.remove(toReprice);
        repriced = instanceA.automation().recurring().changeLines(owner, toReprice.id(), new LineChange(PRICE_CHANGE,
                List.of(LineItem.of("Service", "1", "period", Money.of("120.00", USD)))));
        templates.put(repriced, owner);
    }

    private NewRecurringInvoice plan(StaffPrincipal owner, String clientName, Cadence cadence, LocalDate start) {
        Client client = fixture.client(owner, clientName);
        stores.transactions().inTransaction(() -> stores.gatewayCustomers().remember(owner.workspaceId(), client.id(),
                FlakyGateway.NAME, "cus_" + client.id()));
        gateway.declines.put(client.id().toString(), DECLINES[gateway.declines.size() % DECLINES.length]);
        return NewRecurringInvoice.of(client.id(), cadence, start).autoSend(true)
                .line("Service", "1", "period", Money.of("100.00", USD)).autoCharge("pm_" + client.id());
    }

    /**
     * An instance claims the next period of every template, and every charge attempt due, and dies: they are done once
     * its lease ends.
     */
    private void crashedInstanceClaimsTheNextPeriods(Instant now) {
        crashedAt = now;
        ChargeAttempts attempts = stores.chargeAttempts().orElseThrow();
        for (ChargeAttempt due : stores.transactions().inTransaction(() -> attempts.due(now, Optional.empty(), 500))) {
            stores.transactions().inTransaction(() -> stores.workClaims().tryClaim(due.workspaceId(), due.key(),
                    "crashed-instance", now, Duration.ofMinutes(5)));
            crashedCharges.add(due.templateId() + ":" + due.period() + ":" + due.attempt());
        }
        for (Map.Entry<RecurringTemplate, StaffPrincipal> entry : templates.entrySet()) {
            RecurringTemplate template = entry.getKey();
            int next = instanceA.automation().recurring().progress(entry.getValue(), template.id()).issued();
            WorkKey key = WorkKey.recurring(template.id().value(), template.periodDate(next).toString());
            stores.transactions().inTransaction(() -> stores.workClaims().tryClaim(entry.getValue().workspaceId(),
                    key, "crashed-instance", now, Duration.ofMinutes(5)));
        }
    }

    private void runBothInstances(Instant now) {
        gateway.at(now);
        @SuppressWarnings("unchecked")
        List<Race.Outcome<RunResult>> outcomes = Race.run(
                () -> instanceA.automation().runDue(now, BUDGET),
                () -> instanceB.automation().runDue(now, BUDGET));
        assertThat(outcomes).as(seed + ": both runs at " + now + " end normally").allMatch(Race.Outcome::succeeded);
        outcomes.forEach(outcome -> counted.addAndGet(outcome.value().issued()));
        outcomes.forEach(outcome -> chargesCounted.addAndGet(outcome.value().charged()
                + outcome.value().chargesDeclined() + outcome.value().chargesNeedingAction()));
        if (!gateway.down) {
            assertThat(outcomes).as(seed + ": no period or charge failed at " + now)
                    .allSatisfy(outcome -> assertThat(outcome.value().failedWillRetry()).isZero());
        }
    }
}
