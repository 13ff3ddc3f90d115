package dev.clientportal.core.automation;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.RecordingNotificationSender;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Disputed invoices: staff mark and resolve a dispute, a chargeback at the gateway marks the invoices its payment
 * paid, and while an invoice is disputed its reminders stop; staff see why.
 */
class DisputesTest {

    private static final RunBudget PLENTY = RunBudget.messages(1_000);
    private static final Instant DUE_DAY = Instant.parse("2026-04-01T09:00:00Z"); // issued 2026-03-02, net 30

    private final PortalStores stores = InMemoryMode.stores();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .signInPage(URI.create("https://portal.acme.example/sign-in")));
    private final Automation automation = fixture.portal.automation();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

    @Test
    void aDisputedInvoice_getsNoReminders_untilTheDisputeIsResolved_thenOnlyItsLatestStep() {
        automation.markDisputed(acme, invoice.id(), "client disputes the hours billed");

        assertThat(automation.runDue(DUE_DAY, PLENTY).messages()).isZero();
        assertThat(automation.reminderPauses(acme, invoice.id()))
                .containsExactly(InvoicePause.disputed("client disputes the hours billed"));
        automation.resolveDispute(acme, invoice.id(), "hours confirmed by the client");
        RunResult resumed = automation.runDue(Instant.parse("2026-04-09T09:00:00Z"), PLENTY);

        assertThat(resumed).isEqualTo(new RunResult(1, 1, 2, 0, 0));
        assertThat(automation.reminderPauses(acme, invoice.id())).isEmpty();
        assertThat(actionsOn(invoice)).containsExactly("reminders.invoice_disputed", "reminders.dispute_resolved");
    }

    @Test
    void resolvingADispute_leavesAStaffPause_andResumingLeavesTheDispute() {
        automation.markDisputed(acme, invoice.id(), "client disputes the hours billed");
        automation.pauseReminders(acme, invoice.id(), "talking to the client");

        automation.resolveDispute(acme, invoice.id(), "hours confirmed");
        assertThat(automation.runDue(DUE_DAY, PLENTY).messages()).as("still paused by staff").isZero();
        assertThat(automation.reminderPauses(acme, invoice.id()))
                .containsExactly(InvoicePause.paused("talking to the client"));

        automation.markDisputed(acme, invoice.id(), "disputed again");
        automation.resumeReminders(acme, invoice.id());
        assertThat(automation.runDue(DUE_DAY.plusSeconds(3_600), PLENTY).messages()).as("still disputed").isZero();
        assertThat(automation.reminderPauses(acme, invoice.id()))
                .containsExactly(InvoicePause.disputed("disputed again"));
    }

    @Test
    void aChargeback_marksTheInvoicesItsPaymentPaidAsDisputed_once_howeverOftenItArrives() {
        Invoice other = fixture.issuedInvoice(acme, globex, "300.00");
        fixture.portal.payments().applyGatewayEvent(new GatewayEvent.Succeeded("stripe", "evt_1", acme.workspaceId(),
                invoice.id(), Money.of("40.00", USD), "pi_1", PaymentMethod.CARD, fixture.clock.instant()));
        GatewayEvent.Disputed chargeback = new GatewayEvent.Disputed("stripe", "evt_2", acme.workspaceId(), null,
                Money.of("40.00", USD), "pi_1", "dp_1", "fraudulent", fixture.clock.instant());

        fixture.portal.payments().applyGatewayEvent(chargeback);
        fixture.portal.payments().applyGatewayEvent(chargeback);
        automation.runDue(DUE_DAY, PLENTY);

        assertThat(automation.reminderPauses(acme, invoice.id()))
                .containsExactly(InvoicePause.disputed("chargeback dp_1: fraudulent"));
        assertThat(automation.reminderPauses(acme, other.id())).isEmpty();
        assertThat(sender.ofKind(Notification.Kind.PAYMENT_REMINDER)).singleElement()
                .satisfies(reminder -> assertThat(reminder.text()).contains(other.number())
                        .doesNotContain(invoice.number()));
        assertThat(fixture.portal.audit().forSubject(acme, "invoice", invoice.id().toString()))
                .filteredOn(entry -> entry.action().equals("reminders.invoice_disputed")).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("gateway:stripe"));
    }

    @Test
    void anotherWorkspacesInvoice_isNotFound_andNothingChanges() {
        StaffPrincipal intruder = fixture.workspace("Intruder", USD);

        assertNotFound(() -> automation.markDisputed(intruder, invoice.id(), "x"));
        assertNotFound(() -> automation.resolveDispute(intruder, invoice.id(), "x"));
        assertNotFound(() -> automation.reminderPauses(intruder, invoice.id()));
        assertThat(automation.reminderPauses(acme, invoice.id())).isEmpty();
    }

    @Test
    void aReasonOnMoreThanOneLine_isRejected_andNothingIsMarked() {
        assertThatThrownBy(() -> automation.markDisputed(acme, invoice.id(), "first\nsecond"))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE));
        assertThat(automation.reminderPauses(acme, invoice.id())).isEmpty();
    }

    private List<String> actionsOn(Invoice about) {
        return fixture.portal.audit().forSubject(acme, "invoice", about.id().toString()).stream()
                .map(AuditEntry::action).filter(action -> action.startsWith("reminders.")).toList();
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVOICE_NOT_FOUND));
    }
}
