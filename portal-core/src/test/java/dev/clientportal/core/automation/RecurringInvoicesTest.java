package dev.clientportal.core.automation;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.RecordingNotificationSender;
import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recurring invoices as the business sees them: what is issued when, dated to what, sent to whom, and when not. */
class RecurringInvoicesTest {

    private static final RunBudget PLENTY = RunBudget.messages(1_000);

    private final PortalStores stores = InMemoryMode.stores();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .signInPage(URI.create("https://portal.acme.example/sign-in"))
            .payLinks(invoice -> Optional.of(URI.create("https://pay.acme.example/" + invoice.id()))));
    private final Automation automation = fixture.portal.automation();
    private final RecurringInvoices recurring = automation.recurring();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");

    @Test
    void aMonthlyInvoiceOnThe31st_isIssuedOncePerPeriod_datedToIt_andAfterAnOutageEveryMissedPeriodOnce() {
        RecurringTemplate template = recurring.create(acme, retainer(LocalDate.of(2026, 3, 31)).autoSend(true)
                .paymentTerms(PaymentTerms.net(14)));

        assertThat(automation.runDue(at("2026-03-30T23:59:59Z"), PLENTY).issued()).as("the day before").isZero();
        assertThat(automation.runDue(at("2026-03-31T00:00:00Z"), PLENTY).issued()).isEqualTo(1);
        assertThat(automation.runDue(at("2026-03-31T12:00:00Z"), PLENTY).issued()).as("again that day").isZero();
        RunResult catchUp = automation.runDue(at("2026-07-02T08:00:00Z"), PLENTY);

        assertThat(catchUp.issued()).isEqualTo(3);
        List<Invoice> invoices = invoicesOfGlobex();
        assertThat(invoices).extracting(Invoice::requireIssueDate).containsExactly(LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30));
        assertThat(invoices).extracting(Invoice::requireDueDate).containsExactly(LocalDate.of(2026, 4, 14),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 7, 14));
        assertThat(invoices).allSatisfy(invoice -> assertThat(invoice.total()).isEqualTo(Money.of("900.00", USD)));
        assertThat(invoices).extracting(Invoice::requireNumber).doesNotHaveDuplicates();
        List<Notification> sent = sender.ofKind(Notification.Kind.INVOICE_ISSUED);
        assertThat(sent).hasSize(4).allSatisfy(message -> assertThat(message.recipient()).isEqualTo(globex.email()));
        assertThat(sent.get(0).text()).contains(invoices.get(0).requireNumber(), "https://pay.acme.example/");
        assertThat(recurring.progress(acme, template.id()))
                .isEqualTo(new RecurringProgress(acme.workspaceId(), template.id(), 4, LocalDate.of(2026, 7, 31)));
        assertThat(audit(template)).contains("recurring.created", "recurring.period_issued");
    }

    @Test
    void withoutAutoSend_theInvoiceIsIssuedButNotSent() {
        recurring.create(acme, retainer(LocalDate.of(2026, 3, 2)));

        assertThat(automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY).issued()).isEqualTo(1);

        assertThat(invoicesOfGlobex()).hasSize(1);
        assertThat(sender.ofKind(Notification.Kind.INVOICE_ISSUED)).isEmpty();
    }

    @Test
    void aNumberOfCycles_orAnEndDate_endsTheSchedule() {
        RecurringTemplate twice = recurring.create(acme, retainer(LocalDate.of(2026, 3, 2)).cycles(2));
        RecurringTemplate untilApril = recurring.create(acme, NewRecurringInvoice.of(globex.id(), Cadence.weekly(),
                LocalDate.of(2026, 3, 20)).line("Support", "1", "week", Money.of("50.00", USD))
                .until(LocalDate.of(2026, 4, 3)));

        RunResult result = automation.runDue(at("2026-12-31T10:00:00Z"), PLENTY);

        assertThat(result.issued()).as("2 monthly + 3 weekly (20 Mar, 27 Mar, 3 Apr)").isEqualTo(5);
        assertThat(recurring.progress(acme, twice.id()).nextDate()).isNull();
        assertThat(recurring.progress(acme, untilApril.id()))
                .isEqualTo(new RecurringProgress(acme.workspaceId(), untilApril.id(), 3, null));
        assertThat(automation.runDue(at("2027-06-30T10:00:00Z"), PLENTY).issued()).isZero();
    }

    @Test
    void aLineChange_pricesThePeriodsFromItsDate_andLeavesEarlierInvoicesAsIssued() {
        RecurringTemplate template = recurring.create(acme, retainer(LocalDate.of(2026, 3, 2)));
        automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);

        recurring.changeLines(acme, template.id(), new LineChange(LocalDate.of(2026, 5, 1),
                List.of(LineItem.of("Retainer", "1", "month", Money.of("950.00", USD)))));
        automation.runDue(at("2026-05-02T10:00:00Z"), PLENTY);

        assertThat(invoicesOfGlobex()).extracting(Invoice::total).containsExactly(Money.of("900.00", USD),
                Money.of("900.00", USD), Money.of("950.00", USD));
        assertThat(audit(template)).contains("recurring.lines_changed");
    }

    @Test
    void aPausedTemplate_issuesNothing_andOnResumeSkipsThePausedPeriods_notCatchingThemUp() {
        RecurringTemplate template = recurring.create(acme, retainer(LocalDate.of(2026, 3, 2)));
        automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);

        recurring.pause(acme, template.id());
        assertThat(automation.runDue(at("2026-05-03T10:00:00Z"), PLENTY).issued()).isZero();
        fixture.clock.set(at("2026-05-03T10:00:00Z"));
        recurring.resume(acme, template.id());
        RunResult afterResume = automation.runDue(at("2026-06-02T10:00:00Z"), PLENTY);

        assertThat(afterResume.issued()).as("June only: April and May fell in the pause").isEqualTo(1);
        assertThat(invoicesOfGlobex()).extracting(Invoice::requireIssueDate)
                .containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 6, 2));
        assertThat(audit(template)).contains("recurring.paused", "recurring.resumed");
    }

    @Test
    void aCancelledTemplate_issuesNothingAgain_andCannotBeResumedOrChanged() {
        RecurringTemplate template = recurring.create(acme, retainer(LocalDate.of(2026, 3, 2)));

        RecurringTemplate cancelled = recurring.cancel(acme, template.id(), "client left");

        assertThat(cancelled.status()).isEqualTo(RecurringStatus.CANCELLED);
        assertThat(automation.runDue(at("2026-09-02T10:00:00Z"), PLENTY).issued()).isZero();
        assertFails(ErrorCode.RECURRING_TRANSITION, () -> recurring.resume(acme, template.id()));
        assertFails(ErrorCode.RECURRING_TRANSITION, () -> recurring.pause(acme, template.id()));
        assertFails(ErrorCode.RECURRING_TRANSITION, () -> recurring.changeLines(acme, template.id(),
                new LineChange(LocalDate.of(2026, 9, 1), List.of(LineItem.of("X", "1", "", Money.of("1", USD))))));
        assertThat(audit(template)).contains("recurring.cancelled");
    }

    @Test
    void anotherWorkspace_seesNoTemplate_andCannotBillItsClient() {
        RecurringTemplate template = recurring.create(acme, retainer(LocalDate.of(2026, 3, 2)));
        StaffPrincipal intruder = fixture.workspace("Intruder", USD);

        assertFails(ErrorCode.RECURRING_NOT_FOUND, () -> recurring.get(intruder, template.id()));
        assertFails(ErrorCode.RECURRING_NOT_FOUND, () -> recurring.pause(intruder, template.id()));
        assertFails(ErrorCode.RECURRING_NOT_FOUND, () -> recurring.cancel(intruder, template.id(), "mine now"));
        assertFails(ErrorCode.CLIENT_NOT_FOUND, () -> recurring.create(intruder, retainer(LocalDate.of(2026, 3, 2))));
        assertFails(ErrorCode.CLIENT_NOT_FOUND, () -> recurring.ofClient(intruder, globex.id()));
        assertThat(recurring.ofClient(acme, globex.id())).containsExactly(template);
        assertThat(recurring.get(acme, template.id()).status()).isEqualTo(RecurringStatus.ACTIVE);
    }

    @Test
    void badTemplates_areRefusedWithTheirField() {
        LocalDate today = LocalDate.of(2026, 3, 2);

        assertFails(ErrorCode.CURRENCY_MISMATCH, () -> recurring.create(acme, NewRecurringInvoice.of(globex.id(),
                Cadence.monthly(), today).line("Retainer", "1", "month", Money.of("900.00", EUR))));
        assertFails(ErrorCode.INVOICE_EMPTY, () -> recurring.create(acme,
                NewRecurringInvoice.of(globex.id(), Cadence.monthly(), today)));
        assertFails(ErrorCode.INVALID_VALUE, () -> recurring.create(acme, retainer(today.minusDays(1))));
        assertFails(ErrorCode.INVALID_VALUE, () -> recurring.create(acme, retainer(today).until(today.minusDays(1))));
        assertFails(ErrorCode.INVALID_VALUE, () -> retainer(today).cycles(0));
        assertThat(recurring.ofClient(acme, globex.id())).isEmpty();
    }

    @Test
    void aWorkspaceInUtcPlus14_getsItsPeriodOnItsOwnDate_whileItIsStillTheDayBeforeInUtc() {
        Workspace workspace = fixture.portal.workspaces().get(acme);
        fixture.portal.workspaces().updateSettings(acme, workspace.settings().withRegion(
                workspace.settings().locale(), ZoneId.of("Pacific/Kiritimati")));
        fixture.clock.set(at("2026-03-31T11:00:00Z")); // 2026-04-01 01:00 in Kiritimati
        recurring.create(acme, retainer(LocalDate.of(2026, 4, 1)));

        assertThat(automation.runDue(at("2026-03-31T09:59:59Z"), PLENTY).issued()).isZero();
        assertThat(automation.runDue(at("2026-03-31T10:00:00Z"), PLENTY).issued()).isEqualTo(1);
        assertThat(invoicesOfGlobex()).extracting(Invoice::requireIssueDate).containsExactly(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aWorkspaceInUtcMinus11_getsFebruarysPeriodOfThe31stOnThe28th_whileItIsAlreadyMarchInUtc() {
        Workspace workspace = fixture.portal.workspaces().get(acme);
        fixture.portal.workspaces().updateSettings(acme, workspace.settings().withRegion(
                workspace.settings().locale(), ZoneId.of("Pacific/Pago_Pago")));
        fixture.clock.set(at("2027-01-30T12:00:00Z")); // 2027-01-30 01:00 in Pago Pago
        recurring.create(acme, retainer(LocalDate.of(2027, 1, 31)));

        assertThat(automation.runDue(at("2027-02-01T10:00:00Z"), PLENTY).issued()).as("January 31, 23:00 there")
                .isEqualTo(1);
        assertThat(automation.runDue(at("2027-02-28T10:59:59Z"), PLENTY).issued()).as("still February 27 there")
                .isZero();
        assertThat(automation.runDue(at("2027-02-28T11:00:00Z"), PLENTY).issued()).isEqualTo(1);
        assertThat(automation.runDue(at("2027-03-01T10:59:59Z"), PLENTY).issued())
                .as("March 1 in UTC, still February 28 there").isZero();
        assertThat(invoicesOfGlobex()).extracting(Invoice::requireIssueDate)
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28));
    }

    @Test
    void aRunIssuesNoMoreThanItsBudget_andTheNextRunIssuesTheRest() {
        recurring.create(acme, retainer(LocalDate.of(2026, 3, 2)));

        RunResult first = automation.runDue(at("2026-06-02T10:00:00Z"), PLENTY.issuing(2));
        RunResult rest = automation.runDue(at("2026-06-02T10:05:00Z"), PLENTY.issuing(2));

        assertThat(first.issued()).isEqualTo(2);
        assertThat(first.remaining()).isEqualTo(1);
        assertThat(first.budgetExhausted()).isTrue();
        assertThat(rest.issued()).isEqualTo(2);
        assertThat(invoicesOfGlobex()).extracting(Invoice::requireIssueDate).containsExactly(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 2), LocalDate.of(2026, 6, 2));
    }

    @Test
    void storesThatKeepNoTemplates_answerMissingPort() {
        PortalStores withoutTemplates = StoresWith.of(stores).withoutRecurringTemplates();
        Automation bare = PortalFixture.over(withoutTemplates).portal.automation();

        assertThatThrownBy(bare::recurring).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.MISSING_PORT));
    }

    private NewRecurringInvoice retainer(LocalDate start) {
        return NewRecurringInvoice.of(globex.id(), Cadence.monthly(), start)
                .line("Retainer", "1", "month", Money.of("900.00", USD));
    }

    private List<Invoice> invoicesOfGlobex() {
        return fixture.portal.invoicing().list(acme, InvoiceFilter.forClient(globex.id()), 0, 100).stream()
                .sorted(Comparator.comparing(Invoice::requireIssueDate)).toList();
    }

    private List<String> audit(RecurringTemplate template) {
        return fixture.portal.audit().forSubject(acme, "recurring_template", template.id().toString()).stream()
                .map(AuditEntry::action).toList();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static void assertFails(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(code));
    }
}
