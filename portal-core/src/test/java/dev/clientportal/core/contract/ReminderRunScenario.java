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
 * stop for a four-day outage, and a crashed instance leaves claims behind. At the end every step of every amount
 * still owed was sent exactly once or skipped by the catch-up rule, no client got two reminders in one day of its
 * calendar, and nothing was sent after a payment, credit, void or pause. A scenario over any {@link PortalStores}
 * whose transactions interleave; an adapter runs it by extending it and implementing {@link #newStores()}.
 */
public abstract class ReminderRunScenario {

    private static final Instant START = Instant.parse("2026-03-02T00:30:00Z");
    private static final int DAYS = 60;
    private static final Set<Integer> OUTAGE = Set.of(25, 26, 27, 28);
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

    private final ReminderExpectations expected = new ReminderExpectations(seed);

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

        expected.assertKept(instanceA, sender.ofKind(Notification.Kind.PAYMENT_REMINDER), START, end, Set.of(29, 30));
    }

    private void setUp() {
        fixture.clock.set(START);
        for (String name : List.of("Acme", "Beta")) {
            StaffPrincipal owner = fixture.workspace(name, USD);
            for (int i = 0; i < 8; i++) {
                Client client = fixture.client(owner, name + " Client " + (char) ('A' + i));
                ZoneId zone = ZONES.get(i % ZONES.size());
                expected.client(client.id(), owner, zone);
                instanceA.automation().setClientReminders(owner,
                        ClientReminderSettings.followWorkspace(client.id()).withTimeZone(zone));
            }
        }
        for (int i = 0; i < 50; i++) {
            issueRandomInvoice();
        }
        // due the day after the outage: for clients in UTC+14 the step three days before (their day 26) and the
        // step on the day (their day 29, before the first run after the outage at 14:30 their time) both fall in it,
        // so that run must send the later one and skip the earlier; steps are three days apart at the least, so a
        // shorter outage could not hold two of them
        for (ClientId client : expected.clients()) {
            expected.track(fixture.issue(expected.ownerOf(client), DraftInvoice.forClient(client)
                    .line("Retainer", "1", "month", Money.of("900.00", USD)).paymentTerms(PaymentTerms.net(29))));
        }
    }

    /** What the business and its clients do on a day: new invoices, payments, credits, voids and pauses. */
    private void businessDay(int day, Instant now) {
        if (day < 40) {
            for (int i = random.nextInt(3); i > 0; i--) {
                issueRandomInvoice();
            }
        }
        InvoiceId pick = expected.issued().get(random.nextInt(expected.issued().size()));
        StaffPrincipal owner = expected.ownerOf(pick);
        Invoice invoice = instanceA.invoicing().get(owner, pick);
        if (!invoice.isOpenForCollection()) {
            return;
        }
        int action = random.nextInt(10);
        if (action < 3) {
            instanceA.payments().record(owner, RecordPayment.manual(invoice.clientId(), invoice.amountDue(),
                    PaymentMethod.BANK_TRANSFER, "wire-" + day).allocateTo(pick));
            expected.invoiceStopped(pick, now);
        } else if (action < 5 && invoice.openAmounts().size() > 1) {
            DueAmount first = invoice.openAmounts().get(0);
            instanceA.payments().record(owner, RecordPayment.manual(invoice.clientId(), first.amount(),
                    PaymentMethod.BANK_TRANSFER, "part-" + day).allocateTo(pick));
            expected.amountStopped(pick, first.dueDate(), now);
        } else if (action == 5 && invoice.status() == InvoiceStatus.OPEN) {
            instanceA.invoicing().voidInvoice(owner, pick, "issued by mistake");
            expected.invoiceStopped(pick, now);
        } else if (action == 6 && invoice.status() == InvoiceStatus.OPEN) {
            instanceA.invoicing().issueCreditNote(owner, IssueCreditNote.full(pick, "goodwill"));
            expected.invoiceStopped(pick, now);
        } else if (action == 7) {
            instanceA.automation().pauseReminders(owner, pick, "disputed by the client");
            expected.invoiceStopped(pick, now);
        } else if (action == 8 && day % 4 == 0) {
            ClientId client = invoice.clientId();
            instanceA.automation().setClientReminders(owner,
                    instanceA.automation().clientReminders(owner, client).withPaused(true));
            expected.clientStopped(client, now);
        }
    }

    private void issueRandomInvoice() {
        List<ClientId> clients = expected.clients();
        ClientId client = clients.get(random.nextInt(clients.size()));
        StaffPrincipal owner = expected.ownerOf(client);
        DraftInvoice draft = DraftInvoice.forClient(client).line("Work", "1", "day", Money.of("300.00", USD));
        if (random.nextInt(4) == 0) {
            LocalDate today = LocalDate.ofInstant(fixture.clock.instant(), ZoneOffset.UTC);
            draft = draft.schedule(PaymentSchedule.of(
                    new Installment("Deposit", today.plusDays(random.nextInt(10)), Money.of("100.00", USD)),
                    new Installment("Balance", today.plusDays(15 + random.nextInt(20)), Money.of("200.00", USD))));
        } else {
            draft = draft.paymentTerms(PaymentTerms.net(random.nextInt(41)));
        }
        expected.track(fixture.issue(owner, draft));
    }

    /** An instance claims some clients' day and dies before sending: its claims hold until their lease ends. */
    private void crashedInstanceClaims(Instant now) {
        for (ClientId client : expected.clients()) {
            WorkKey day = WorkKey.reminderDay(client, LocalDate.ofInstant(now, expected.zoneOf(client)));
            StaffPrincipal owner = expected.ownerOf(client);
            stores.transactions().inTransaction(() -> stores.workClaims().tryClaim(owner.workspaceId(), day,
                    "crashed-instance", now, Duration.ofMinutes(5)));
        }
    }

    private void runBothInstances(Instant now) {
        @SuppressWarnings("unchecked")
        List<Race.Outcome<RunResult>> outcomes = Race.run(
                () -> instanceA.automation().runDue(now, BUDGET),
                () -> instanceB.automation().runDue(now, BUDGET));
        assertThat(outcomes).as(seed + ": both runs at " + now + " end normally").allMatch(Race.Outcome::succeeded);
    }
}
