package dev.clientportal.core.automation;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.RecordingNotificationSender;
import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.workspace.PaymentTerms;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Payment reminders as the business and its clients see them: who gets what, when, in which words, and when not. */
class RemindersTest {

    private static final RunBudget PLENTY = RunBudget.messages(1_000);
    private static final LocalDate DUE = LocalDate.of(2026, 4, 1); // issued 2026-03-02, net 30

    private final PortalStores stores = InMemoryMode.stores();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .signInPage(URI.create("https://portal.acme.example/sign-in"))
            .payLinks(invoice -> Optional.of(URI.create("https://pay.acme.example/" + invoice.id()))));
    private final Automation automation = fixture.portal.automation();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");

    @Test
    void anInvoiceNeverOpened_getsItsLinkAgain_threeDaysBeforeItIsDue_once() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

        assertThat(automation.runDue(at("2026-03-29T08:59:59Z"), PLENTY).messages()).isZero();
        RunResult result = automation.runDue(at("2026-03-29T09:00:00Z"), PLENTY);
        RunResult again = automation.runDue(at("2026-03-29T15:00:00Z"), PLENTY);

        assertThat(result).isEqualTo(new RunResult(1, 1, 0, 0, 0));
        assertThat(again).isEqualTo(new RunResult(0, 0, 0, 0, 0));
        Notification reminder = single();
        assertThat(reminder.recipient()).isEqualTo("billing@globex.example");
        assertThat(reminder.subject()).isEqualTo("Payment reminder: invoice " + invoice.number() + " from Acme");
        assertThat(reminder.text()).contains("is due on 2026-04-01 (in 3 days)", "not been opened yet",
                "https://pay.acme.example/" + invoice.id());
        assertThat(automation.reminderLog(acme, invoice.id())).singleElement().satisfies(entry -> {
            assertThat(entry.step()).isEqualTo(ReminderStep.days(-3));
            assertThat(entry.outcome()).isEqualTo(ReminderOutcome.RESENT_WITH_LINK);
            assertThat(entry.recipient()).isEqualTo("billing@globex.example");
            assertThat(entry.at()).isEqualTo(at("2026-03-29T09:00:00Z"));
            assertThat(entry.dueDate()).isEqualTo(DUE);
        });
        assertThat(sender.sends()).allSatisfy(sent -> assertThat(sent.insideTransaction()).isFalse());
    }

    @Test
    void aRunOfSeveralBatches_recordsEachMessageInTheSentLogOnce_theLastBatchsToo() {
        List<Client> clients = new ArrayList<>(List.of(globex));
        for (int i = 1; i < 250; i++) {
            clients.add(fixture.client(acme, "Client " + (char) ('a' + i / 26) + (char) ('a' + i % 26)));
        }
        clients.forEach(client -> fixture.issuedInvoice(acme, client, "100.00"));

        RunResult result = automation.runDue(at("2026-03-29T09:00:00Z"), PLENTY);

        assertThat(result.messages()).isEqualTo(250);
        assertThat(clients).allSatisfy(client -> assertThat(fixture.portal.notifications().sentToClient(acme,
                client.id(), Optional.empty(), 10).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(Notification.Kind.PAYMENT_REMINDER)));
    }

    @Test
    void anInvoiceTheClientViewedAndDidNotPay_getsANudgeThatSaysSo() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
        Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
        fixture.portal.clientViews().invoice(fixture.signedInAs(acme, ana), invoice.id(), fixture.browser());

        automation.runDue(at("2026-04-01T09:30:00Z"), PLENTY);

        assertThat(single().text()).contains("is due today", "You have viewed this invoice; it is still unpaid")
                .doesNotContain("https://pay.acme.example/");
        assertThat(automation.reminderLog(acme, invoice.id())).extracting(ReminderLogEntry::outcome)
                .containsExactly(ReminderOutcome.SKIPPED_BY_CATCH_UP, ReminderOutcome.NUDGED_VIEWED);
    }

    @Test
    void severalInvoicesDueForOneClient_goOutAsOneMessage_andItGetsNoSecondOneThatDay() {
        Invoice first = fixture.issuedInvoice(acme, globex, "100.00");
        Invoice second = fixture.issuedInvoice(acme, globex, "250.00");
        automation.runDue(at("2026-03-29T09:00:00Z"), PLENTY);
        fixture.moveTo(LocalDate.of(2026, 3, 29));
        Invoice dueToday = fixture.issue(acme, DraftInvoice.forClient(globex.id())
                .line("Rush job", "1", "h", Money.of("80.00", USD)).paymentTerms(PaymentTerms.dueOnReceipt()));

        RunResult laterThatDay = automation.runDue(at("2026-03-29T10:00:00Z"), PLENTY);
        RunResult nextDay = automation.runDue(at("2026-03-30T09:00:00Z"), PLENTY);

        assertThat(laterThatDay.messages()).isZero();
        assertThat(nextDay).isEqualTo(new RunResult(1, 1, 1, 0, 0));
        List<Notification> reminders = sender.ofKind(Notification.Kind.PAYMENT_REMINDER);
        assertThat(reminders).hasSize(2);
        assertThat(reminders.get(0).subject()).isEqualTo("Payment reminder: 2 invoices from Acme");
        assertThat(reminders.get(0).text()).contains(first.number(), second.number());
        assertThat(reminders.get(1).text()).contains(dueToday.number(), "was due on 2026-03-29 (1 day ago)");
    }

    @Test
    void afterAnOutage_eachInvoiceGetsOnlyItsLatestDueStep_andTheMissedOnesAreLoggedAsSkipped() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

        RunResult result = automation.runDue(at("2026-04-20T09:00:00Z"), PLENTY);

        assertThat(result).isEqualTo(new RunResult(1, 1, 3, 0, 0));
        assertThat(automation.reminderLog(acme, invoice.id()))
                .extracting(entry -> entry.step().daysFromDue() + " " + entry.outcome())
                .containsExactly("-3 SKIPPED_BY_CATCH_UP", "0 SKIPPED_BY_CATCH_UP", "7 SKIPPED_BY_CATCH_UP",
                        "14 RESENT_WITH_LINK");
        assertThat(single().text()).contains("was due on 2026-04-01 (19 days ago)");
    }

    @Test
    void inTheClientsQuietHours_nothingGoesOut_andTheReminderWaitsForTheirEnd() {
        fixture.issuedInvoice(acme, globex, "100.00");
        automation.setClientReminders(acme, ClientReminderSettings.followWorkspace(globex.id())
                .withTimeZone(ZoneId.of("Pacific/Kiritimati")));

        // 09:00 on the 29th in Kiritimati (UTC+14) is 19:00Z on the 28th
        assertThat(automation.runDue(at("2026-03-28T18:59:00Z"), PLENTY).messages()).isZero();
        // at 21:00 on the 29th there the step is due, but it is quiet until 08:00 on the 30th (18:00Z on the 29th)
        assertThat(automation.runDue(at("2026-03-29T07:00:00Z"), PLENTY).messages()).isZero();
        assertThat(automation.runDue(at("2026-03-29T17:59:00Z"), PLENTY).messages()).isZero();
        assertThat(automation.runDue(at("2026-03-29T18:00:00Z"), PLENTY).messages()).isEqualTo(1);
    }

    @Test
    void payment_void_andPausesOfTheInvoiceOrTheClient_stopReminders_andResumingSendsOnlyTheLatestStep() {
        Invoice paid = fixture.issuedInvoice(acme, globex, "100.00");
        Invoice voided = fixture.issuedInvoice(acme, globex, "100.00");
        Invoice disputed = fixture.issuedInvoice(acme, globex, "100.00");
        Client paused = fixture.client(acme, "Initech");
        fixture.issuedInvoice(acme, paused, "100.00");
        fixture.portal.payments().record(acme, RecordPayment.manual(globex.id(), Money.of("100.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(paid.id()));
        fixture.portal.invoicing().voidInvoice(acme, voided.id(), "issued twice");
        automation.pauseReminders(acme, disputed.id(), "disputed by the client");
        automation.setClientReminders(acme, automation.clientReminders(acme, paused.id()).withPaused(true));

        assertThat(automation.runDue(at("2026-04-01T09:00:00Z"), PLENTY).messages()).isZero();
        automation.resumeReminders(acme, disputed.id());
        RunResult resumed = automation.runDue(at("2026-04-09T09:00:00Z"), PLENTY);

        assertThat(resumed).isEqualTo(new RunResult(1, 1, 2, 0, 0));
        assertThat(single().text()).contains(disputed.number()).doesNotContain(paid.number(), voided.number());
        assertThat(automation.reminderLog(acme, paid.id())).isEmpty();
        assertThat(automation.reminderLog(acme, voided.id())).isEmpty();
    }

    @Test
    void onTheDaysNewYorkChangesItsClocks_aClientThereIsRemindedAt9ByItsOwnClock_once() {
        automation.setClientReminders(acme, ClientReminderSettings.followWorkspace(globex.id())
                .withTimeZone(ZoneId.of("America/New_York")));
        // due 2026-03-11: its first step falls on 2026-03-08, when clocks spring forward from EST to EDT
        Invoice spring = fixture.issue(acme, DraftInvoice.forClient(globex.id())
                .line("Work", "1", "day", Money.of("100.00", USD)).paymentTerms(PaymentTerms.net(9)));

        assertThat(automation.runDue(at("2026-03-08T12:59:59Z"), PLENTY).messages()).as("08:59 EDT").isZero();
        assertThat(automation.runDue(at("2026-03-08T13:00:00Z"), PLENTY).messages()).as("09:00 EDT").isEqualTo(1);
        assertThat(automation.runDue(at("2026-03-08T14:00:00Z"), PLENTY).messages()).as("09:00 EST").isZero();
        fixture.portal.payments().record(acme, RecordPayment.manual(globex.id(), Money.of("100.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-spring").allocateTo(spring.id()));
        // due 2026-11-04: its first step falls on 2026-11-01, when clocks fall back from EDT to EST
        fixture.moveTo(LocalDate.of(2026, 10, 5));
        Invoice autumn = fixture.issue(acme, DraftInvoice.forClient(globex.id())
                .line("Work", "1", "day", Money.of("100.00", USD)).paymentTerms(PaymentTerms.net(30)));

        assertThat(automation.runDue(at("2026-11-01T13:00:00Z"), PLENTY).messages()).as("08:00 EST").isZero();
        assertThat(automation.runDue(at("2026-11-01T14:00:00Z"), PLENTY).messages()).as("09:00 EST").isEqualTo(1);
        assertThat(automation.runDue(at("2026-11-02T04:59:00Z"), PLENTY).messages()).as("23:59 EST").isZero();
        assertThat(automation.reminderLog(acme, spring.id())).extracting(ReminderLogEntry::at)
                .containsExactly(at("2026-03-08T13:00:00Z"));
        assertThat(automation.reminderLog(acme, autumn.id())).extracting(ReminderLogEntry::at)
                .containsExactly(at("2026-11-01T14:00:00Z"));
    }

    @Test
    void eachInstallmentOfAPaymentSchedule_isRemindedOfOnItsOwnDueDate_untilItIsPaid() {
        Invoice scheduled = fixture.issue(acme, DraftInvoice.forClient(globex.id())
                .line("Website", "1", "", Money.of("200.00", USD))
                .schedule(PaymentSchedule.of(new Installment("Deposit", LocalDate.of(2026, 3, 20),
                                Money.of("50.00", USD)),
                        new Installment("Balance", LocalDate.of(2026, 4, 20), Money.of("150.00", USD)))));

        automation.runDue(at("2026-03-17T09:00:00Z"), PLENTY);
        fixture.portal.payments().record(acme, RecordPayment.manual(globex.id(), Money.of("50.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-2").allocateTo(scheduled.id()));
        automation.runDue(at("2026-03-20T09:00:00Z"), PLENTY);
        automation.runDue(at("2026-04-17T09:00:00Z"), PLENTY);

        assertThat(automation.reminderLog(acme, scheduled.id()))
                .extracting(entry -> entry.dueDate() + " " + entry.step().code())
                .containsExactly("2026-03-20 d-3", "2026-04-20 d-3");
        assertThat(sender.ofKind(Notification.Kind.PAYMENT_REMINDER)).extracting(Notification::text)
                .satisfiesExactly(text -> assertThat(text).contains("USD 50.00 is due on 2026-03-20"),
                        text -> assertThat(text).contains("USD 150.00 is due on 2026-04-20"));
    }

    @Test
    void theBudget_limitsTheMessagesOfARun_theResultSaysHowManyClientsRemain_andProgressIsReported() {
        for (String name : List.of("Initech", "Umbrella", "Hooli")) {
            fixture.issuedInvoice(acme, fixture.client(acme, name), "100.00");
        }
        fixture.issuedInvoice(acme, globex, "100.00");
        List<RunProgress> progress = new ArrayList<>();

        RunResult first = automation.runDue(at("2026-03-29T09:00:00Z"), RunBudget.messages(3), progress::add);
        RunResult rest = automation.runDue(at("2026-03-29T09:05:00Z"), RunBudget.messages(3));

        assertThat(first).isEqualTo(new RunResult(3, 3, 0, 0, 1));
        assertThat(first.budgetExhausted()).isTrue();
        assertThat(progress).extracting(RunProgress::messages).containsExactly(3);
        assertThat(rest).isEqualTo(new RunResult(1, 1, 0, 0, 0));
        assertThat(sender.ofKind(Notification.Kind.PAYMENT_REMINDER)).extracting(Notification::recipient)
                .doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void aClientsOwnPolicy_overridesTheWorkspaces_whichOverridesTheDefault() {
        Client initech = fixture.client(acme, "Initech");
        Invoice ofGlobex = fixture.issuedInvoice(acme, globex, "100.00");
        Invoice ofInitech = fixture.issuedInvoice(acme, initech, "100.00");
        assertThat(automation.reminderPolicy(acme)).isEqualTo(ReminderPolicy.DEFAULT);
        automation.setReminderPolicy(acme, ReminderPolicy.ofDays(1));
        automation.setClientReminders(acme, ClientReminderSettings.followWorkspace(initech.id())
                .withPolicy(ReminderPolicy.ofDays(-10)));

        automation.runDue(at("2026-04-02T09:00:00Z"), PLENTY);

        assertThat(automation.reminderPolicy(acme)).isEqualTo(ReminderPolicy.ofDays(1));
        assertThat(automation.reminderLog(acme, ofGlobex.id())).extracting(entry -> entry.step().code())
                .containsExactly("d+1");
        assertThat(automation.reminderLog(acme, ofInitech.id())).extracting(entry -> entry.step().code())
                .containsExactly("d-10");
        assertThat(fixture.portal.audit().forSubject(acme, "client", initech.id().toString()))
                .extracting(entry -> entry.action()).contains("reminders.client_settings_set");
    }

    @Test
    void anotherWorkspacesClientsAndInvoices_areNotFound() {
        StaffPrincipal intruder = fixture.workspace("Intruder", USD);
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

        assertNotFound(ErrorCode.CLIENT_NOT_FOUND, () -> automation.clientReminders(intruder, globex.id()));
        assertNotFound(ErrorCode.CLIENT_NOT_FOUND, () -> automation.setClientReminders(intruder,
                ClientReminderSettings.followWorkspace(globex.id()).withPaused(true)));
        assertNotFound(ErrorCode.INVOICE_NOT_FOUND, () -> automation.pauseReminders(intruder, invoice.id(), "x"));
        assertNotFound(ErrorCode.INVOICE_NOT_FOUND, () -> automation.resumeReminders(intruder, invoice.id()));
        assertNotFound(ErrorCode.INVOICE_NOT_FOUND, () -> automation.reminderLog(intruder, invoice.id()));
        assertThat(automation.clientReminders(acme, globex.id()).paused()).isFalse();
    }

    @Test
    void insideTheHostsTransaction_theRunRefuses_beforeClaimingOrSendingAnything() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

        assertThatThrownBy(() -> stores.transactions().inTransaction(() ->
                automation.runDue(at("2026-03-29T09:00:00Z"), PLENTY)))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.RUN_IN_TRANSACTION));

        assertThat(sender.sends()).isEmpty();
        assertThat(automation.runDue(at("2026-03-29T09:00:00Z"), PLENTY).sent()).isEqualTo(1);
        assertThat(automation.reminderLog(acme, invoice.id())).hasSize(1);
    }

    @Test
    void withoutANotificationSender_theRunFails_insteadOfLoggingRemindersNobodySent() {
        PortalFixture silent = PortalFixture.inMemory();

        assertThatThrownBy(() -> silent.portal.automation().runDue(at("2026-03-29T09:00:00Z"), PLENTY))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MISSING_PORT));
    }

    @Test
    void aSendWhoseUnitOfWorkFails_countsAsFailedWillRetry_sendsNothing_andGoesOutOnTheNextRun() {
        PortalStores base = InMemoryMode.stores();
        ReminderStores real = base.reminders().orElseThrow();
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        ReminderLog failingOnce = new ReminderLog() {
            @Override
            public boolean record(ReminderLogEntry entry) {
                if (databaseDown.getAndSet(false)) {
                    throw new IllegalStateException("connection reset");
                }
                return real.log().record(entry);
            }

            @Override
            public List<ReminderLogEntry> ofInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
                return real.log().ofInvoice(workspaceId, invoiceId);
            }
        };
        RecordingNotificationSender mails = RecordingNotificationSender.watching(base.transactions());
        PortalFixture flaky = PortalFixture.over(StoresWith.of(base)
                        .reminders(new ReminderStores(real.policies(), real.queries(), failingOnce)),
                builder -> builder.notifications(mails).signInPage(URI.create("https://portal.acme.example/sign-in")));
        StaffPrincipal owner = flaky.workspace("Acme", USD);
        Invoice invoice = flaky.issuedInvoice(owner, flaky.client(owner, "Globex"), "100.00");

        RunResult failed = flaky.portal.automation().runDue(at("2026-03-29T09:00:00Z"), PLENTY);
        assertThat(mails.notifications()).isEmpty();
        RunResult retried = flaky.portal.automation().runDue(at("2026-03-29T09:10:00Z"), PLENTY);

        assertThat(failed).isEqualTo(new RunResult(0, 0, 0, 1, 0));
        assertThat(retried).isEqualTo(new RunResult(1, 1, 0, 0, 0));
        assertThat(mails.ofKind(Notification.Kind.PAYMENT_REMINDER)).hasSize(1);
        assertThat(flaky.portal.automation().reminderLog(owner, invoice.id())).hasSize(1);
    }

    private Notification single() {
        assertThat(sender.ofKind(Notification.Kind.PAYMENT_REMINDER)).hasSize(1);
        return sender.ofKind(Notification.Kind.PAYMENT_REMINDER).get(0);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static void assertNotFound(ErrorCode code, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(code));
    }
}
