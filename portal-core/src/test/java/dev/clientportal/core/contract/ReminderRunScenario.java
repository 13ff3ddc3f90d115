package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.automation.Automation;
import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderOutcome;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.automation.RunBudget;
import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.RecordingNotificationSender;
import dev.clientportal.core.testing.Seed;
import dev.clientportal.core.workspace.PaymentTerms;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixty simulated days of reminders: two portal instances over the same stores, with different owners, call
 * {@link Automation#runDue} at the same moments every three hours, while clients in five time zones (UTC+14 and
 * UTC-11 among them) get invoices with random terms and schedules, pay, are credited, voided and paused; the runs
 * stop for a three-day outage, and a crashed instance leaves claims behind. At the end every step of every amount
 * still owed was sent exactly once or skipped by the catch-up rule, no client got two reminders in one day of its
 * calendar, and nothing was sent after a payment, credit, void or pause. A scenario over any {@link PortalStores}
 * whose transactions interleave; an adapter runs it by extending it and implementing {@link #newStores()}.
 */
public abstract class ReminderRunScenario {

    private static final Instant START = Instant.parse("2026-03-02T00:30:00Z");
    private static final int DAYS = 60;
    private static final Set<Integer> OUTAGE = Set.of(25, 26, 27);
    private static final Duration TICK = Duration.ofHours(3);
    private static final RunBudget BUDGET = RunBudget.messages(10_000);
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"));

    private final Seed seed = Seed.from("reminders.seed");
    private final Random random = seed.random();
    private final PortalStores stores = newStores();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .signInPage(URI.create("https://portal.example/sign-in"))
            .relaySettings(RelaySettings.defaults().withOwner("instance-a")));
    private final ClientPortal instanceA = fixture.portal;
    private final ClientPortal instanceB = fixture.anotherInstance(builder -> builder
            .relaySettings(RelaySettings.defaults().withOwner("instance-b")));

    private final Map<ClientId, StaffPrincipal> ownerOf = new LinkedHashMap<>();
    private final Map<ClientId, ZoneId> zoneOf = new HashMap<>();
    private final List<InvoiceId> issued = new ArrayList<>();
    private final Map<InvoiceId, ClientId> clientOf = new HashMap<>();
    /** When reminders of an invoice (or of one of its amounts, by due date) had to stop. */
    private final Map<InvoiceId, Instant> invoiceStopped = new HashMap<>();
    private final Map<String, Instant> amountStopped = new HashMap<>();
    private final Map<ClientId, Instant> clientStopped = new HashMap<>();

    /** Fresh, empty stores whose transactions interleave as a database's do; called once per test. */
    protected abstract PortalStores newStores();

    @Test
    void sixtyDaysOfTwoInstances_sendEveryStepOnceOrSkipIt_neverTwiceADay_andNothingAfterPaymentVoidOrPause() {
        setUp();
        List<Instant> ticks = new ArrayList<>();
        for (Instant now = START; now.isBefore(START.plus(Duration.ofDays(DAYS))); now = now.plus(TICK)) {
            int day = (int) Duration.between(START, now).toDays();
            fixture.clock.set(now);
            if (now.atZone(ZoneOffset.UTC).getHour() == 12) {
                businessDay(day, now);
            }
            if (day == 10 && now.atZone(ZoneOffset.UTC).getHour() == 6) {
                crashedInstanceClaims(now);
            }
            if (!OUTAGE.contains(day)) {
                ticks.add(now);
                runBothInstances(now);
            }
        }
        Instant end = ticks.get(ticks.size() - 1);

        List<ReminderLogEntry> log = new ArrayList<>();
        for (InvoiceId id : issued) {
            log.addAll(instanceA.automation().reminderLog(ownerOf.get(clientOf.get(id)), id));
        }
        List<ReminderLogEntry> sent = log.stream().filter(entry -> entry.outcome().sent()).toList();
        List<ReminderLogEntry> skipped = log.stream().filter(entry -> !entry.outcome().sent()).toList();
        List<Notification> messages = sender.ofKind(Notification.Kind.PAYMENT_REMINDER);

        assertThat(sent).as(seed + ": the scenario sends reminders").hasSizeGreaterThan(100);
        assertThat(skipped).as(seed + ": the outage makes the catch-up skip steps").isNotEmpty();
        assertThat(messages.stream().mapToLong(message -> message.text().lines()
                .filter(line -> line.startsWith("- Invoice")).count()).sum())
                .as(seed + ": every step logged as sent went out in exactly one message line, none twice")
                .isEqualTo(sent.size());
        Map<String, Set<Instant>> sendsPerClientDay = sent.stream().collect(Collectors.groupingBy(
                entry -> entry.clientId() + " " + LocalDate.ofInstant(entry.at(), zoneOf.get(entry.clientId())),
                Collectors.mapping(ReminderLogEntry::at, Collectors.toSet())));
        assertThat(sendsPerClientDay.values()).as(seed + ": one message per client and day of its calendar")
                .allSatisfy(times -> assertThat(times).hasSize(1));
        assertThat(messages).as(seed + ": exactly one message per client and day with reminders")
                .hasSize(sendsPerClientDay.size());
        assertThat(sent).as(seed + ": nothing after a payment, credit, void or pause").allSatisfy(entry ->
                assertThat(entry.at()).isBefore(stopOf(entry)));
        assertThat(skipped).as(seed + ": a step is skipped only beside a later one sent at the same time")
                .allSatisfy(entry -> assertThat(sent).anySatisfy(later -> {
                    assertThat(later.invoiceId()).isEqualTo(entry.invoiceId());
                    assertThat(later.dueDate()).isEqualTo(entry.dueDate());
                    assertThat(later.step()).isGreaterThan(entry.step());
                    assertThat(later.at()).isEqualTo(entry.at());
                }));
        assertEveryDueStepOfWhatIsStillOwedIsLogged(log, end);
    }

    private void setUp() {
        fixture.clock.set(START);
        for (String name : List.of("Acme", "Beta")) {
            StaffPrincipal owner = fixture.workspace(name, USD);
            for (int i = 0; i < 8; i++) {
                Client client = fixture.client(owner, name + " Client " + (char) ('A' + i));
                ZoneId zone = ZONES.get(i % ZONES.size());
                ownerOf.put(client.id(), owner);
                zoneOf.put(client.id(), zone);
                instanceA.automation().setClientReminders(owner,
                        ClientReminderSettings.followWorkspace(client.id()).withTimeZone(zone));
            }
        }
        for (int i = 0; i < 50; i++) {
            issueRandomInvoice();
        }
        // due on the day the outage ends: their first step falls in it, so the run after it must catch up
        for (ClientId client : ownerOf.keySet()) {
            track(fixture.issue(ownerOf.get(client), DraftInvoice.forClient(client)
                    .line("Retainer", "1", "month", Money.of("900.00", USD)).paymentTerms(PaymentTerms.net(28))));
        }
    }

    private void track(Invoice invoice) {
        issued.add(invoice.id());
        clientOf.put(invoice.id(), invoice.clientId());
    }

    /** What the business and its clients do on a day: new invoices, payments, credits, voids and pauses. */
    private void businessDay(int day, Instant now) {
        if (day < 40) {
            for (int i = random.nextInt(3); i > 0; i--) {
                issueRandomInvoice();
            }
        }
        InvoiceId pick = issued.get(random.nextInt(issued.size()));
        StaffPrincipal owner = ownerOf.get(clientOf.get(pick));
        Invoice invoice = instanceA.invoicing().get(owner, pick);
        if (!invoice.isOpenForCollection()) {
            return;
        }
        int action = random.nextInt(10);
        if (action < 3) {
            instanceA.payments().record(owner, RecordPayment.manual(invoice.clientId(), invoice.amountDue(),
                    PaymentMethod.BANK_TRANSFER, "wire-" + day).allocateTo(pick));
            invoiceStopped.putIfAbsent(pick, now);
        } else if (action < 5 && invoice.openAmounts().size() > 1) {
            DueAmount first = invoice.openAmounts().get(0);
            instanceA.payments().record(owner, RecordPayment.manual(invoice.clientId(), first.amount(),
                    PaymentMethod.BANK_TRANSFER, "part-" + day).allocateTo(pick));
            amountStopped.putIfAbsent(pick + " " + first.dueDate(), now);
        } else if (action == 5 && invoice.status() == InvoiceStatus.OPEN) {
            instanceA.invoicing().voidInvoice(owner, pick, "issued by mistake");
            invoiceStopped.putIfAbsent(pick, now);
        } else if (action == 6 && invoice.status() == InvoiceStatus.OPEN) {
            instanceA.invoicing().issueCreditNote(owner, IssueCreditNote.full(pick, "goodwill"));
            invoiceStopped.putIfAbsent(pick, now);
        } else if (action == 7) {
            instanceA.automation().pauseReminders(owner, pick, "disputed by the client");
            invoiceStopped.putIfAbsent(pick, now);
        } else if (action == 8 && day % 4 == 0) {
            ClientId client = invoice.clientId();
            instanceA.automation().setClientReminders(owner,
                    instanceA.automation().clientReminders(owner, client).withPaused(true));
            clientStopped.putIfAbsent(client, now);
        }
    }

    private void issueRandomInvoice() {
        List<ClientId> clients = new ArrayList<>(ownerOf.keySet());
        ClientId client = clients.get(random.nextInt(clients.size()));
        StaffPrincipal owner = ownerOf.get(client);
        DraftInvoice draft = DraftInvoice.forClient(client).line("Work", "1", "day", Money.of("300.00", USD));
        if (random.nextInt(4) == 0) {
            LocalDate today = LocalDate.ofInstant(fixture.clock.instant(), ZoneOffset.UTC);
            draft = draft.schedule(PaymentSchedule.of(
                    new Installment("Deposit", today.plusDays(random.nextInt(10)), Money.of("100.00", USD)),
                    new Installment("Balance", today.plusDays(15 + random.nextInt(20)), Money.of("200.00", USD))));
        } else {
            draft = draft.paymentTerms(PaymentTerms.net(random.nextInt(41)));
        }
        track(fixture.issue(owner, draft));
    }

    /** An instance claims some clients' day and dies before sending: its claims hold until their lease ends. */
    private void crashedInstanceClaims(Instant now) {
        for (ClientId client : ownerOf.keySet()) {
            WorkKey day = WorkKey.reminderDay(client, LocalDate.ofInstant(now, zoneOf.get(client)));
            stores.transactions().inTransaction(() -> stores.workClaims().tryClaim(ownerOf.get(client).workspaceId(),
                    day, "crashed-instance", now, Duration.ofMinutes(5)));
        }
    }

    private void runBothInstances(Instant now) {
        @SuppressWarnings("unchecked")
        List<Race.Outcome<RunResult>> outcomes = Race.run(
                () -> instanceA.automation().runDue(now, BUDGET),
                () -> instanceB.automation().runDue(now, BUDGET));
        assertThat(outcomes).as(seed + ": both runs at " + now + " end normally").allMatch(Race.Outcome::succeeded);
    }

    private Instant stopOf(ReminderLogEntry entry) {
        Instant stop = Instant.MAX;
        for (Instant candidate : new Instant[] {invoiceStopped.get(entry.invoiceId()),
                amountStopped.get(entry.invoiceId() + " " + entry.dueDate()), clientStopped.get(entry.clientId())}) {
            if (candidate != null && candidate.isBefore(stop)) {
                stop = candidate;
            }
        }
        return stop;
    }

    /**
     * Every step of every amount still owed at the end, of a client and invoice never paused, whose send time came
     * two days before the last run or earlier, is in the log exactly once: sent or skipped.
     */
    private void assertEveryDueStepOfWhatIsStillOwedIsLogged(List<ReminderLogEntry> log, Instant end) {
        Map<String, List<ReminderLogEntry>> byStep = log.stream().collect(Collectors.groupingBy(
                entry -> entry.invoiceId() + " " + entry.dueDate() + " " + entry.step().code()));
        int checked = 0;
        for (InvoiceId id : issued) {
            ClientId client = clientOf.get(id);
            if (invoiceStopped.containsKey(id) || clientStopped.containsKey(client)) {
                continue;
            }
            Invoice invoice = instanceA.invoicing().get(ownerOf.get(client), id);
            for (DueAmount open : invoice.openAmounts()) {
                for (ReminderStep step : ReminderPolicy.DEFAULT.steps()) {
                    Instant sendsAt = ReminderPolicy.DEFAULT.sendsAt(open.dueDate(), step, zoneOf.get(client));
                    if (sendsAt.isBefore(end.minus(Duration.ofDays(2)))) {
                        checked++;
                        assertThat(byStep.get(id + " " + open.dueDate() + " " + step.code()))
                                .as(seed + ": step " + step.code() + " of " + id + " due " + open.dueDate()
                                        + " (sends at " + sendsAt + ")")
                                .hasSize(1);
                    }
                }
            }
        }
        assertThat(checked).as(seed + ": the check covers steps").isGreaterThan(50);
        assertThat(log.stream().filter(entry -> entry.outcome() == ReminderOutcome.SKIPPED_BY_CATCH_UP)
                .map(ReminderLogEntry::at).map(at -> (int) Duration.between(START, at).toDays()))
                .as(seed + ": steps are skipped right after the outage").containsAnyOf(28, 29);
    }
}
