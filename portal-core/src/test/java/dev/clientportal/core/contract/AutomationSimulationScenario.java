package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.automation.Automation;
import dev.clientportal.core.automation.Cadence;
import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.LateFee;
import dev.clientportal.core.automation.NewRecurringInvoice;
import dev.clientportal.core.automation.RecurringTemplate;
import dev.clientportal.core.automation.RunBudget;
import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.RecordingNotificationSender;
import dev.clientportal.core.testing.Seed;
import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.workspace.PaymentTerms;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automation as a whole, for sixty simulated days: three portal instances over the same stores, with different
 * owners, call {@link Automation#runDue} at the same moments every eight hours while 2,000 invoices with random terms
 * and installment schedules go to clients in six time zones (UTC+14, UTC-11 and two that change to summer time among
 * them), who pay, part-pay, are credited, voided, paused, disputed (some disputes resolved) and charge back payments,
 * and recurring templates (one monthly on the 31st) issue and auto-charge through a gateway that declines some
 * attempts and asks some clients to act. One instance is killed in the middle of a run, holding claims its lease
 * frees; the runs stop for three days. At the end, from the stores' records: every (invoice, step) reminder was sent
 * exactly once or skipped by the catch-up rule, no client got two reminders in one day of its calendar, nothing went
 * out while an invoice was paid, credited, voided, paused or disputed; every recurring period was issued exactly once;
 * no charge was attempted twice for one attempt number; and late fees were charged at most once per period.
 *
 * <p>A scenario over any {@link PortalStores} whose transactions interleave; an adapter runs it by extending it and
 * implementing {@link #newStores()}, and may give the further instances stores of their own over the same data
 * ({@link #storesOfAnotherInstance()}).
 *
 * <p>Tagged {@value #TAG}: the longest scenario of the test kit (a minute or more on each database), which a build may
 * leave out with {@code -DexcludedGroups=simulation} where it checks something other than store behaviour (CI's
 * Hibernate 6.6 and newest-JDK passes; its Java 17 pass runs it on every store).
 */
@Tag(AutomationSimulationScenario.TAG)
public abstract class AutomationSimulationScenario {

    /** The JUnit tag of this scenario, inherited by every adapter's test of it. */
    public static final String TAG = "simulation";

    private static final Instant START = Instant.parse("2026-03-02T00:30:00Z");
    private static final int DAYS = 60;
    private static final Set<Integer> OUTAGE = Set.of(30, 31, 32);
    private static final Set<Integer> CATCH_UP = Set.of(33, 34);
    private static final int KILL_DAY = 12;
    private static final Duration TICK = Duration.ofHours(8);
    private static final RunBudget BUDGET = RunBudget.messages(10_000);
    private static final int INVOICES = 2_000;
    private static final int INVOICES_AT_START = 400;
    private static final int LAST_INVOICING_DAY = 40;
    private static final int CLIENTS_PER_WORKSPACE = 15;
    private static final int ACTIONS_PER_DAY = 25;
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Australia/Sydney"));
    /** Declines before a success of the recurring clients' charges, in turn; -1 asks the client to act instead. */
    private static final int[] DECLINES = {0, 1, 4, -1};
    /** The late fee of a third of the invoices: USD 10.00 a week after three days of grace. */
    private static final LateFeePolicy LATE_FEE = LateFeePolicy.flat(Money.of("10.00", USD), 7, 3);

    private final Seed seed = Seed.from("simulation.seed");
    private final Random random = seed.random();
    private final PortalStores stores = newStores();
    private final FlakyGateway gateway = new FlakyGateway();
    private final RecordingNotificationSender senderA = RecordingNotificationSender.watching(stores.transactions());
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.gateway(gateway)
            .signInPage(URI.create("https://portal.example/sign-in")));
    private final ClientPortal instanceA = fixture.anotherInstance(stores, builder -> builder.notifications(senderA)
            .relaySettings(RelaySettings.defaults().withOwner("instance-a")));
    private final PortalStores storesB = storesOfAnotherInstance();
    private final RecordingNotificationSender senderB = RecordingNotificationSender.watching(storesB.transactions());
    private final ClientPortal instanceB = fixture.anotherInstance(storesB, builder -> builder.notifications(senderB)
            .relaySettings(RelaySettings.defaults().withOwner("instance-b")));
    private final PortalStores storesC = storesOfAnotherInstance();
    private final KillableClaims claimsC = new KillableClaims(storesC.workClaims());
    private final RecordingNotificationSender senderC = RecordingNotificationSender.watching(storesC.transactions());
    private final ClientPortal instanceC = fixture.anotherInstance(StoresWith.of(storesC).workClaims(claimsC),
            builder -> builder.notifications(senderC)
                    .relaySettings(RelaySettings.defaults().withOwner("instance-c")));

    private final ReminderExpectations reminders = new ReminderExpectations(seed);
    private final Map<InvoiceId, Money> totalAtIssue = new HashMap<>();
    private final Map<InvoiceId, Instant> disputesToResolve = new LinkedHashMap<>();
    private final Map<RecurringTemplate, StaffPrincipal> templates = new LinkedHashMap<>();
    private final Map<ClientId, Integer> declinesOf = new HashMap<>();
    private final Map<String, Integer> actions = new ConcurrentHashMap<>();
    private boolean killed;

    /** Fresh, empty stores whose transactions interleave as a database's do; called once per test. */
    protected abstract PortalStores newStores();

    /**
     * The stores of one more instance over the data of {@link #newStores()}: by default the same stores; an adapter
     * may answer stores of their own (another persistence unit over the same database).
     *
     * @return stores over the same data
     */
    protected PortalStores storesOfAnotherInstance() {
        return stores;
    }

    @Test
    void sixtyDaysOfThreeInstances_remindChargeAndIssueEachOnce_throughAKilledInstanceAndAnOutage() {
        setUp();
        Instant last = START;
        for (Instant now = START; now.isBefore(START.plus(Duration.ofDays(DAYS))); now = now.plus(TICK)) {
            int day = (int) Duration.between(START, now).toDays();
            fixture.clock.set(now);
            if (now.atZone(ZoneOffset.UTC).getHour() == 16) {
                businessDay(day, now);
            }
            if (!OUTAGE.contains(day)) {
                claimsC.armed = day >= KILL_DAY;
                runInstances(now);
                last = now;
            }
        }

        assertThat(killed).as(seed + ": instance C was killed in a run").isTrue();
        assertThat(claimsC.heldWhenKilled).as(seed + ": holding claims").isNotEmpty();
        assertThat(actions).as(seed + ": every kind of business action happened").containsKeys("paid", "part-paid",
                "voided", "credited", "paused", "disputed", "resolved", "charged back", "client paused");
        reminders.assertKept(instanceA, remindersSent(), START, last, CATCH_UP);
        everyRecurringPeriodIssuedOnce(LocalDate.ofInstant(last, ZoneOffset.UTC));
        noChargeAttemptedTwice_andEachPaidExactlyWhenItSucceeded();
        lateFeesChargedOncePerPeriod(LocalDate.ofInstant(last, ZoneOffset.UTC));
    }

    private void setUp() {
        fixture.clock.set(START);
        LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);
        for (String name : List.of("Acme", "Beta")) {
            StaffPrincipal owner = fixture.workspace(name, USD);
            for (int i = 0; i < CLIENTS_PER_WORKSPACE; i++) {
                Client client = fixture.client(owner, name + " Client " + (char) ('A' + i));
                ZoneId zone = ZONES.get(i % ZONES.size());
                reminders.client(client.id(), owner, zone);
                instanceA.automation().setClientReminders(owner,
                        ClientReminderSettings.followWorkspace(client.id()).withTimeZone(zone));
            }
            templates.put(instanceA.automation().recurring().create(owner, recurring(owner, name + " month end",
                    Cadence.monthly(), LocalDate.of(2026, 3, 31))), owner);
            templates.put(instanceA.automation().recurring().create(owner, recurring(owner, name + " weekly",
                    Cadence.weekly(), today.plusDays(random.nextInt(7)))), owner);
            templates.put(instanceA.automation().recurring().create(owner, recurring(owner, name + " fortnightly",
                    Cadence.everyWeeks(2), today.plusDays(random.nextInt(14)))), owner);
            templates.put(instanceA.automation().recurring().create(owner, recurring(owner, name + " monthly",
                    Cadence.monthly(), today.plusDays(random.nextInt(28)))), owner);
        }
        issueRandomInvoices(INVOICES_AT_START);
    }

    /**
     * A template for a client of its own that auto-charges and auto-sends; its client's reminders are paused, so
     * that whether a reminder may go out never hangs on when a charge landed.
     */
    private NewRecurringInvoice recurring(StaffPrincipal owner, String clientName, Cadence cadence, LocalDate start) {
        Client client = fixture.client(owner, clientName);
        instanceA.automation().setClientReminders(owner,
                ClientReminderSettings.followWorkspace(client.id()).withPaused(true));
        stores.transactions().inTransaction(() -> stores.gatewayCustomers().remember(owner.workspaceId(), client.id(),
                FlakyGateway.NAME, "cus_" + client.id()));
        int declines = DECLINES[declinesOf.size() % DECLINES.length];
        declinesOf.put(client.id(), declines);
        if (declines < 0) {
            gateway.needsAction.add(client.id().toString());
        } else {
            gateway.declines.put(client.id().toString(), declines);
        }
        return NewRecurringInvoice.of(client.id(), cadence, start).autoSend(true)
                .line("Service", "1", "period", Money.of("100.00", USD)).autoCharge("pm_" + client.id());
    }

    /** What the business and its clients do on a day: new invoices, payments, credits, voids, pauses, disputes. */
    private void businessDay(int day, Instant now) {
        if (day > 0 && day <= LAST_INVOICING_DAY) {
            issueRandomInvoices((INVOICES - INVOICES_AT_START) / LAST_INVOICING_DAY);
        }
        for (Map.Entry<InvoiceId, Instant> due : List.copyOf(disputesToResolve.entrySet())) {
            if (!due.getValue().isAfter(now)) {
                instanceB.automation().resolveDispute(reminders.ownerOf(due.getKey()), due.getKey(), "settled");
                reminders.invoiceResumed(due.getKey(), now);
                disputesToResolve.remove(due.getKey());
                actions.merge("resolved", 1, Integer::sum);
            }
        }
        for (int i = 0; i < ACTIONS_PER_DAY; i++) {
            InvoiceId pick = reminders.issued().get(random.nextInt(reminders.issued().size()));
            Invoice invoice = instanceA.invoicing().get(reminders.ownerOf(pick), pick);
            if (invoice.isOpenForCollection() && !reminders.invoiceStopped(pick)) {
                act(invoice, day, now);
            }
        }
    }

    private void act(Invoice invoice, int day, Instant now) {
        StaffPrincipal owner = reminders.ownerOf(invoice.id());
        int action = random.nextInt(20);
        if (action < 6) {
            instanceA.payments().record(owner, RecordPayment.manual(invoice.clientId(), invoice.amountDue(),
                    PaymentMethod.BANK_TRANSFER, "wire-" + invoice.id()).allocateTo(invoice.id()));
            stopped("paid", invoice.id(), now);
        } else if (action < 10 && invoice.openAmounts().size() > 1) {
            DueAmount first = invoice.openAmounts().get(0);
            instanceB.payments().record(owner, RecordPayment.manual(invoice.clientId(), first.amount(),
                            PaymentMethod.BANK_TRANSFER, "part-" + invoice.id() + "-" + first.dueDate())
                    .allocateTo(invoice.id()));
            reminders.amountStopped(invoice.id(), first.dueDate(), now);
            actions.merge("part-paid", 1, Integer::sum);
        } else if (action == 10 && invoice.status() == InvoiceStatus.OPEN) {
            instanceA.invoicing().voidInvoice(owner, invoice.id(), "issued by mistake");
            stopped("voided", invoice.id(), now);
        } else if (action == 11 && invoice.status() == InvoiceStatus.OPEN) {
            // a credit note credits the invoice, not its late fees: the business waives those first, as it would
            instanceA.automation().lateFees(owner, invoice.id()).stream().filter(fee -> fee.removedAt() == null)
                    .forEach(fee -> instanceB.automation().removeLateFee(owner, invoice.id(), fee.period(),
                            "waived with the credit note"));
            instanceA.invoicing().issueCreditNote(owner, IssueCreditNote.full(invoice.id(), "goodwill"));
            stopped("credited", invoice.id(), now);
        } else if (action == 12) {
            instanceB.automation().pauseReminders(owner, invoice.id(), "waiting for the purchase order");
            stopped("paused", invoice.id(), now);
        } else if (action == 13 || action == 14) {
            instanceA.automation().markDisputed(owner, invoice.id(), "client disputes the hours billed");
            stopped("disputed", invoice.id(), now);
            if (action == 13) {
                disputesToResolve.put(invoice.id(), now.plus(Duration.ofDays(2 + random.nextInt(8))));
            }
        } else if (action == 15) {
            chargeBack(owner.workspaceId(), invoice, now);
        } else if (action == 16 && day % 5 == 0) {
            instanceA.automation().setClientReminders(owner,
                    instanceA.automation().clientReminders(owner, invoice.clientId()).withPaused(true));
            reminders.clientStopped(invoice.clientId(), now);
            actions.merge("client paused", 1, Integer::sum);
        }
    }

    /** The client pays part online and disputes it with its bank; the dispute arrives twice, at two instances. */
    private void chargeBack(WorkspaceId workspaceId, Invoice invoice, Instant now) {
        String reference = "pi_card_" + invoice.id();
        instanceA.payments().applyGatewayEvent(new GatewayEvent.Succeeded("stripe", "evt_pay_" + invoice.id(),
                workspaceId, invoice.id(), Money.of("10.00", USD), reference, PaymentMethod.CARD, now));
        GatewayEvent dispute = new GatewayEvent.Disputed("stripe", "evt_dispute_" + invoice.id(), workspaceId, null,
                Money.of("10.00", USD), reference, "dp_" + invoice.id(), "fraudulent", now);
        instanceA.payments().applyGatewayEvent(dispute);
        instanceB.payments().applyGatewayEvent(dispute);
        stopped("charged back", invoice.id(), now);
    }

    private void stopped(String action, InvoiceId invoiceId, Instant now) {
        reminders.invoiceStopped(invoiceId, now);
        actions.merge(action, 1, Integer::sum);
    }

    /** Invoices with random terms or a two-part schedule, issued in one batch per workspace. */
    private void issueRandomInvoices(int count) {
        LocalDate today = LocalDate.ofInstant(fixture.clock.instant(), ZoneOffset.UTC);
        Map<StaffPrincipal, List<InvoiceId>> drafts = new LinkedHashMap<>();
        List<ClientId> clients = reminders.clients();
        for (int i = 0; i < count; i++) {
            ClientId client = clients.get(random.nextInt(clients.size()));
            StaffPrincipal owner = reminders.ownerOf(client);
            DraftInvoice draft = DraftInvoice.forClient(client).line("Work", "1", "day", Money.of("300.00", USD));
            if (random.nextInt(4) == 0) {
                draft = draft.schedule(PaymentSchedule.of(
                        new Installment("Deposit", today.plusDays(random.nextInt(10)), Money.of("100.00", USD)),
                        new Installment("Balance", today.plusDays(15 + random.nextInt(20)),
                                Money.of("200.00", USD))));
            } else {
                draft = draft.paymentTerms(PaymentTerms.net(random.nextInt(41)));
            }
            if (random.nextInt(3) == 0) {
                draft = draft.lateFee(LATE_FEE);
            }
            drafts.computeIfAbsent(owner, key -> new ArrayList<>())
                    .add(instanceA.invoicing().createDraft(owner, draft).id());
        }
        drafts.forEach((owner, ids) -> instanceA.invoicing().issueAll(owner, ids).forEach(invoice -> {
            reminders.track(invoice);
            totalAtIssue.put(invoice.id(), invoice.total());
        }));
    }

    private void runInstances(Instant now) {
        gateway.at(now);
        List<Race.Outcome<RunResult>> outcomes;
        if (killed) {
            outcomes = Race.run(() -> instanceA.automation().runDue(now, BUDGET),
                    () -> instanceB.automation().runDue(now, BUDGET));
        } else if (claimsC.armed) {
            // armed, instance C runs ahead of the others, so that it (not A or B, which would win the race for it
            // on some seeds and machines every time) takes the next recurring period due and dies with its claim
            Race.Outcome<RunResult> ofC = Race.run(() -> instanceC.automation().runDue(now, BUDGET)).get(0);
            if (!ofC.succeeded()) {
                assertThat(ofC.failure()).as(seed + ": instance C fails only by being killed")
                        .isInstanceOf(KillableClaims.Killed.class);
                killed = true;
            }
            outcomes = new ArrayList<>(Race.run(() -> instanceA.automation().runDue(now, BUDGET),
                    () -> instanceB.automation().runDue(now, BUDGET)));
            if (ofC.succeeded()) {
                outcomes.add(ofC);
            }
        } else {
            outcomes = Race.run(() -> instanceA.automation().runDue(now, BUDGET),
                    () -> instanceB.automation().runDue(now, BUDGET),
                    () -> instanceC.automation().runDue(now, BUDGET));
            assertThat(outcomes.get(2).succeeded()).as(seed + ": instance C, not armed, runs normally").isTrue();
        }
        assertThat(outcomes).as(seed + ": the runs at " + now + " end normally").allMatch(Race.Outcome::succeeded);
        assertThat(outcomes).as(seed + ": nothing failed at " + now)
                .allSatisfy(outcome -> assertThat(outcome.value().failedWillRetry()).isZero());
    }

    private List<Notification> remindersSent() {
        return Stream.of(senderA, senderB, senderC)
                .flatMap(sender -> sender.ofKind(Notification.Kind.PAYMENT_REMINDER).stream()).toList();
    }

    /** Every period of every template, through the last run's date, issued once as an invoice dated to it and sent. */
    private void everyRecurringPeriodIssuedOnce(LocalDate end) {
        int expectedTotal = 0;
        Set<String> issuedByTemplates = new java.util.HashSet<>();
        for (Map.Entry<RecurringTemplate, StaffPrincipal> entry : templates.entrySet()) {
            RecurringTemplate template = entry.getKey();
            invoicesOf(template).forEach(invoice -> issuedByTemplates.add(invoice.id().toString()));
            List<LocalDate> expected = new ArrayList<>();
            for (int index = 0; template.hasPeriod(index) && !template.periodDate(index).isAfter(end); index++) {
                expected.add(template.periodDate(index));
            }
            expectedTotal += expected.size();
            assertThat(invoicesOf(template).stream().map(Invoice::requireIssueDate).sorted().toList())
                    .as(seed + ": " + template.cadence() + " from " + template.start() + ": every period once")
                    .containsExactlyElementsOf(expected);
        }
        Map<String, Long> sentPerInvoice = Stream.of(senderA, senderB, senderC)
                .flatMap(sender -> sender.ofKind(Notification.Kind.INVOICE_ISSUED).stream())
                .filter(message -> issuedByTemplates.contains(message.about().orElseThrow().id().toString()))
                .collect(Collectors.groupingBy(message -> message.about().orElseThrow().id().toString(),
                        Collectors.counting()));
        assertThat(expectedTotal).as(seed + ": the templates issue invoices").isGreaterThan(30);
        assertThat(sentPerInvoice).as(seed + ": every period's invoice was sent once").hasSize(expectedTotal)
                .allSatisfy((invoice, count) -> assertThat(count).isEqualTo(1L));
    }

    /**
     * The gateway answered no idempotency key twice; each period's attempts are 1, 2, … with none after a success,
     * a request for the client to act, or the fourth; and its invoice is paid exactly when one succeeded.
     */
    private void noChargeAttemptedTwice_andEachPaidExactlyWhenItSucceeded() {
        assertThat(gateway.answeredTwice).as(seed + ": no (template, period, attempt) charged twice").isEmpty();
        Map<String, List<Integer>> attemptsByPeriod = gateway.answered.values().stream().collect(Collectors.groupingBy(
                call -> call.templateId() + ":" + call.period(), Collectors.mapping(FlakyGateway.Call::attempt,
                        Collectors.toList())));
        int paid = 0;
        for (RecurringTemplate template : templates.keySet()) {
            int declines = declinesOf.get(template.clientId());
            for (Invoice invoice : invoicesOf(template)) {
                String what = seed + ": " + template.cadence() + " period " + invoice.requireIssueDate()
                        + " (invoice " + invoice.status() + ", attempts stored: " + storedAttempts(template) + ")";
                List<Integer> attempts = attemptsByPeriod.getOrDefault(template.id() + ":"
                        + invoice.requireIssueDate(), List.of()).stream().sorted().toList();
                assertThat(attempts).as(what + ": attempts 1, 2, … each once").isNotEmpty()
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, attempts.size()).boxed().toList());
                int last = attempts.get(attempts.size() - 1);
                boolean succeeded = declines >= 0 && last > declines;
                if (declines < 0) {
                    assertThat(attempts).as(what + ": a client asked to act is not charged again").hasSize(1);
                } else {
                    assertThat(last).as(what + ": none after a success or the fourth")
                            .isLessThanOrEqualTo(Math.min(declines + 1, 4));
                }
                assertThat(invoice.status()).as(what + ": paid exactly when a charge succeeded")
                        .isEqualTo(succeeded ? InvoiceStatus.PAID : InvoiceStatus.OPEN);
                paid += succeeded ? 1 : 0;
            }
        }
        assertThat(paid).as(seed + ": charges succeeded").isPositive();
    }

    /**
     * Late fees once per period, in order, each due on the day its period started; none in force that was decided
     * while its invoice or client was stopped (paused, disputed, paid, credited or voided); and every period started
     * by the last run decided for each invoice never stopped whose own amount (before fees) is still owed. Invoices
     * without a policy kept their total and got no fee.
     */
    private void lateFeesChargedOncePerPeriod(LocalDate lastRunDay) {
        List<Invoice> invoices = reminders.issuedInvoices(instanceA);
        assertThat(invoices).as(seed + ": every invoice checked").hasSize(INVOICES);
        int charged = 0;
        for (Invoice invoice : invoices) {
            List<LateFee> fees = instanceA.automation().lateFees(reminders.ownerOf(invoice.id()), invoice.id());
            String what = seed + ": late fees of " + invoice.requireNumber();
            assertThat(invoice.total()).as(what + ": total as issued").isEqualTo(totalAtIssue.get(invoice.id()));
            LateFeePolicy policy = invoice.content().lateFee();
            if (!policy.equals(LATE_FEE)) {
                assertThat(fees).as(what + " without a policy").isEmpty();
                continue;
            }
            assertThat(fees).extracting(LateFee::period).as(what + ": each period once, in order")
                    .isEqualTo(IntStream.rangeClosed(1, fees.size()).boxed().toList());
            int started = policy.periodsStarted(invoice.requireDueDate(), lastRunDay);
            assertThat(fees.size()).as(what + ": no period decided before it started").isLessThanOrEqualTo(started);
            for (LateFee fee : fees) {
                assertThat(Optional.of(fee.periodStart())).as(what + " period " + fee.period())
                        .isEqualTo(policy.periodStart(invoice.requireDueDate(), fee.period()));
                if (fee.removedAt() == null) {
                    charged++;
                    assertThat(reminders.stoppedAt(invoice.id(), fee.appliedAt()))
                            .as(what + " period " + fee.period() + " charged while stopped").isFalse();
                }
            }
            if (!reminders.invoiceStopped(invoice.id()) && invoice.isOpenForCollection()
                    && invoice.amountDueBeforeLateFees().isPositive()
                    && !reminders.clientStoppedAt(invoice.clientId(), Instant.MAX)) {
                assertThat(fees).as(what + ": every period started was decided").hasSize(started);
            }
        }
        assertThat(charged).as(seed + ": late fees were charged").isPositive();
    }

    /** The template's charge attempts as stored, for a failure's message. */
    private String storedAttempts(RecurringTemplate template) {
        return stores.chargeAttempts().map(log -> stores.transactions().inTransaction(
                () -> log.ofTemplate(template.workspaceId(), template.id())).stream()
                .map(attempt -> attempt.period() + "#" + attempt.attempt() + " " + attempt.status() + " due "
                        + attempt.dueAt() + (attempt.reason().isEmpty() ? "" : " (" + attempt.reason() + ")"))
                .toList().toString()).orElse("none");
    }

    private List<Invoice> invoicesOf(RecurringTemplate template) {
        return instanceA.invoicing().list(templates.get(template), InvoiceFilter.forClient(template.clientId()), 0,
                        500).stream().sorted(Comparator.comparing(Invoice::requireIssueDate)).toList();
    }

    /**
     * The work claims of an instance that dies, once armed, when it next completes or releases a recurring period's
     * claim (as a process killed mid-run would): the period's unit of work rolls back, and its claim, taken in a
     * transaction of its own, stays held until its lease ends; the other instances issue the period after that.
     * (Reminder days are claimed in the unit of work that sends, so a death there would leave no claim behind.)
     */
    private static final class KillableClaims implements WorkClaims {

        /** The instance's death; an {@link Error}, so that nothing in the portal handles it. */
        static final class Killed extends Error {
            private static final long serialVersionUID = 1L;

            Killed() {
                super("instance killed");
            }
        }

        private final WorkClaims delegate;
        private final Set<WorkKey> held = ConcurrentHashMap.newKeySet();
        volatile boolean armed;
        private volatile boolean dead;
        volatile Set<WorkKey> heldWhenKilled = Set.of();

        KillableClaims(WorkClaims delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean tryClaim(WorkspaceId workspaceId, WorkKey key, String owner, Instant now, Duration lease) {
            requireAlive();
            boolean claimed = delegate.tryClaim(workspaceId, key, owner, now, lease);
            if (claimed) {
                held.add(key);
            }
            return claimed;
        }

        @Override
        public void complete(WorkspaceId workspaceId, WorkKey key, String owner) {
            dieIfArmed(key);
            delegate.complete(workspaceId, key, owner);
            held.remove(key);
        }

        @Override
        public void release(WorkspaceId workspaceId, WorkKey key, String owner) {
            dieIfArmed(key);
            delegate.release(workspaceId, key, owner);
            held.remove(key);
        }

        private void dieIfArmed(WorkKey key) {
            if (armed && !dead && key.value().startsWith("recurring")) {
                dead = true;
                heldWhenKilled = Set.copyOf(held);
            }
            requireAlive();
        }

        private void requireAlive() {
            if (dead) {
                throw new Killed();
            }
        }
    }
}
