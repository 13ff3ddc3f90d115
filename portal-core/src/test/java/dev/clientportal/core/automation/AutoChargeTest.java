package dev.clientportal.core.automation;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.payment.OffSessionCharge;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.RecordingNotificationSender;
import dev.clientportal.core.testing.ScriptedPaymentGateway;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Auto-charge of recurring invoices as the business sees it: each issued invoice charged once to the client's saved
 * method, the payment recorded, a pay link when the bank wants the client, and declines retried 1, 3 and 5 days
 * after the first one, never once the invoice is paid.
 */
class AutoChargeTest {

    private static final RunBudget PLENTY = RunBudget.messages(1_000);
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final Money RETAINER = Money.of("900.00", USD);

    private final PortalStores stores = InMemoryMode.stores();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final ScriptedPaymentGateway gateway = ScriptedPaymentGateway.named("fakepay");
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .gateway(gateway)
            .signInPage(URI.create("https://portal.acme.example/sign-in"))
            .payLinks(invoice -> Optional.of(URI.create("https://pay.acme.example/" + invoice.id()))));
    private final Automation automation = fixture.portal.automation();
    private final RecurringInvoices recurring = automation.recurring();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = withCustomer(fixture.client(acme, "Globex"));

    @Test
    void anIssuedInvoice_isChargedToTheSavedMethodForItsAmountDue_andThePaymentRecordedAgainstIt() {
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_globex"));

        RunResult run = automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);
        RunResult again = automation.runDue(at("2026-03-09T10:00:00Z"), PLENTY);

        assertThat(run.issued()).isEqualTo(1);
        assertThat(run.charged()).isEqualTo(1);
        assertThat(again.charged() + again.chargesDeclined() + again.chargesNeedingAction()).isZero();
        Invoice invoice = onlyInvoice();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        OffSessionCharge charge = (OffSessionCharge) gateway.requests().get(0);
        assertThat(gateway.requests()).hasSize(1);
        assertThat(charge.amount()).isEqualTo(RETAINER);
        assertThat(charge.paymentMethodReference()).isEqualTo("pm_globex");
        assertThat(charge.customerReference()).isEqualTo("cus_globex");
        assertThat(charge.invoiceId()).isEqualTo(invoice.id());
        List<Payment> payments = fixture.portal.payments().forInvoice(acme, invoice.id());
        assertThat(payments).singleElement().satisfies(payment -> {
            assertThat(payment.gateway()).isEqualTo("fakepay");
            assertThat(payment.amount()).isEqualTo(RETAINER);
        });
        assertThat(recurring.chargeAttempts(acme, template.id())).singleElement().satisfies(attempt -> {
            assertThat(attempt.status()).isEqualTo(ChargeStatus.SUCCEEDED);
            assertThat(attempt.reference()).isEqualTo(payments.get(0).reference());
        });
    }

    @Test
    void aChargeThatNeedsTheClient_sendsAPayLink_andIsNotRetried() {
        gateway.thenAnswer(new PaymentOutcome.RequiresAction("pi_3ds", URI.create("https://bank.example/3ds"), ""));
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_globex"));

        RunResult run = automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);
        automation.runDue(at("2026-03-12T10:00:00Z"), PLENTY);

        assertThat(run.chargesNeedingAction()).isEqualTo(1);
        Invoice invoice = onlyInvoice();
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
        List<Notification> links = sender.ofKind(Notification.Kind.PAYMENT_ACTION_REQUIRED);
        assertThat(links).singleElement().satisfies(message -> {
            assertThat(message.recipient()).isEqualTo(globex.email());
            assertThat(message.text()).contains(invoice.requireNumber(), "https://pay.acme.example/" + invoice.id());
        });
        assertThat(gateway.requests()).hasSize(1);
        assertThat(recurring.chargeAttempts(acme, template.id())).extracting(ChargeAttempt::status)
                .containsExactly(ChargeStatus.REQUIRES_ACTION);
    }

    @Test
    void aDeclinedCharge_isRetried1_3And5DaysAfterTheFirstDecline_thenStops_andTheInvoiceStaysOpen() {
        for (int i = 0; i < 4; i++) {
            gateway.thenAnswer(new PaymentOutcome.Declined("ch_" + i, "card_declined", "insufficient funds"));
        }
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_globex"));

        assertThat(automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY).chargesDeclined()).isEqualTo(1);
        assertThat(automation.runDue(at("2026-03-03T09:59:59Z"), PLENTY).chargesDeclined()).as("too early").isZero();
        assertThat(automation.runDue(at("2026-03-03T10:00:00Z"), PLENTY).chargesDeclined()).isEqualTo(1);
        assertThat(automation.runDue(at("2026-03-04T10:00:00Z"), PLENTY).chargesDeclined()).isZero();
        assertThat(automation.runDue(at("2026-03-05T10:00:00Z"), PLENTY).chargesDeclined()).isEqualTo(1);
        assertThat(automation.runDue(at("2026-03-07T10:00:00Z"), PLENTY).chargesDeclined()).isEqualTo(1);
        assertThat(automation.runDue(at("2026-03-30T10:00:00Z"), PLENTY).chargesDeclined()).as("stopped").isZero();

        List<ChargeAttempt> attempts = recurring.chargeAttempts(acme, template.id());
        assertThat(attempts).extracting(ChargeAttempt::attempt).containsExactly(1, 2, 3, 4);
        assertThat(attempts).extracting(ChargeAttempt::attemptedAt).containsExactly(at("2026-03-02T10:00:00Z"),
                at("2026-03-03T10:00:00Z"), at("2026-03-05T10:00:00Z"), at("2026-03-07T10:00:00Z"));
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.status()).isEqualTo(ChargeStatus.DECLINED);
            assertThat(attempt.reason()).isEqualTo("card_declined: insufficient funds");
        });
        assertThat(gateway.requests()).extracting(request -> ((OffSessionCharge) request).idempotencyKey())
                .doesNotHaveDuplicates().hasSize(4);
        assertThat(onlyInvoice().status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(audit(template)).contains("recurring.charge_declined");
    }

    @Test
    void aRetryThatSucceeds_paysTheInvoice_andEndsTheRetries() {
        gateway.thenAnswer(new PaymentOutcome.Declined("", "card_declined", ""));
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_globex"));

        automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);
        RunResult retry = automation.runDue(at("2026-03-03T11:00:00Z"), PLENTY);
        automation.runDue(at("2026-03-10T11:00:00Z"), PLENTY);

        assertThat(retry.charged()).isEqualTo(1);
        assertThat(onlyInvoice().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(recurring.chargeAttempts(acme, template.id())).extracting(ChargeAttempt::status)
                .containsExactly(ChargeStatus.DECLINED, ChargeStatus.SUCCEEDED);
        assertThat(gateway.requests()).hasSize(2);
    }

    @Test
    void anInvoiceWrittenOffBeforeTheRetry_isNeverChargedAgain() {
        gateway.thenAnswer(new PaymentOutcome.Declined("", "card_declined", ""));
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_globex"));
        automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);
        fixture.portal.invoicing().markUncollectible(acme, onlyInvoice().id(), "client closed down");

        RunResult retry = automation.runDue(at("2026-03-03T10:00:00Z"), PLENTY);

        assertThat(retry.charged() + retry.chargesDeclined()).isZero();
        assertThat(gateway.requests()).hasSize(1);
        assertThat(recurring.chargeAttempts(acme, template.id())).extracting(ChargeAttempt::status)
                .containsExactly(ChargeStatus.DECLINED, ChargeStatus.NOT_NEEDED);
    }

    @Test
    void anInvoicePaidOtherwiseBeforeTheRetry_isNeverChargedAgain() {
        gateway.thenAnswer(new PaymentOutcome.Declined("", "card_declined", ""));
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_globex"));
        automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);
        Invoice invoice = onlyInvoice();
        fixture.portal.payments().record(acme, RecordPayment.manual(globex.id(), RETAINER,
                PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(invoice.id()));

        RunResult retry = automation.runDue(at("2026-03-03T10:00:00Z"), PLENTY);
        automation.runDue(at("2026-03-10T10:00:00Z"), PLENTY);

        assertThat(retry.charged() + retry.chargesDeclined()).isZero();
        assertThat(gateway.requests()).hasSize(1);
        assertThat(recurring.chargeAttempts(acme, template.id())).extracting(ChargeAttempt::status)
                .containsExactly(ChargeStatus.DECLINED, ChargeStatus.NOT_NEEDED);
    }

    @Test
    void aGatewayThatCannotBeReached_leavesTheAttemptDue_andTheNextRunSendsTheSameRequestOnce() {
        gateway.thenUnavailable();
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_globex"));

        RunResult outage = automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);
        RunResult after = automation.runDue(at("2026-03-02T10:10:00Z"), PLENTY);

        assertThat(outage.failedWillRetry()).isEqualTo(1);
        assertThat(outage.charged()).isZero();
        assertThat(after.charged()).isEqualTo(1);
        assertThat(gateway.requests()).extracting(request -> ((OffSessionCharge) request).idempotencyKey())
                .hasSize(2).containsOnly("autocharge:" + acme.workspaceId() + ":" + template.id() + ":" + START
                        + ":1");
        assertThat(recurring.chargeAttempts(acme, template.id())).extracting(ChargeAttempt::attempt)
                .containsExactly(1);
        assertThat(fixture.portal.payments().forInvoice(acme, onlyInvoice().id())).hasSize(1);
    }

    @Test
    void autoChargeTurnedOff_stopsTheRetriesDue() {
        gateway.thenAnswer(new PaymentOutcome.Declined("", "card_declined", ""));
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_globex"));
        automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);

        RecurringTemplate off = recurring.changeAutoCharge(acme, template.id(), null);
        automation.runDue(at("2026-04-02T10:00:00Z"), PLENTY);

        assertThat(off.autoCharge()).isNull();
        assertThat(gateway.requests()).hasSize(1);
        assertThat(recurring.chargeAttempts(acme, template.id())).extracting(ChargeAttempt::status)
                .containsExactly(ChargeStatus.DECLINED, ChargeStatus.NOT_NEEDED);
        assertThat(audit(template)).contains("recurring.auto_charge_changed");
    }

    @Test
    void aBankDebitStillClearing_isRecordedPending_andNotRetried() {
        gateway.thenAnswer(new PaymentOutcome.Pending("pi_sepa", RETAINER, PaymentMethod.DIRECT_DEBIT));
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_sepa"));

        RunResult run = automation.runDue(at("2026-03-02T10:00:00Z"), PLENTY);
        automation.runDue(at("2026-03-12T10:00:00Z"), PLENTY);

        assertThat(run.charged()).isEqualTo(1);
        Invoice invoice = onlyInvoice();
        assertThat(invoice.status()).as("paid when the debit clears").isEqualTo(InvoiceStatus.OPEN);
        assertThat(fixture.portal.payments().forInvoice(acme, invoice.id())).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING));
        assertThat(gateway.requests()).hasSize(1);
        assertThat(recurring.chargeAttempts(acme, template.id())).extracting(ChargeAttempt::status)
                .containsExactly(ChargeStatus.PENDING);
    }

    @Test
    void aClientWithoutACustomerAtTheGatewayNowInUse_isDeclinedWithThatReason_withoutCallingIt() {
        RecurringTemplate template = recurring.create(acme, retainer().autoCharge("pm_globex"));
        ScriptedPaymentGateway other = ScriptedPaymentGateway.named("otherpay");
        Automation switched = fixture.anotherInstance(builder -> builder.gateway(other)).automation();

        RunResult run = switched.runDue(at("2026-03-02T10:00:00Z"), PLENTY);

        assertThat(run.chargesDeclined()).isEqualTo(1);
        assertThat(other.requests()).isEmpty();
        assertThat(recurring.chargeAttempts(acme, template.id())).first().satisfies(attempt -> {
            assertThat(attempt.status()).isEqualTo(ChargeStatus.DECLINED);
            assertThat(attempt.reason()).startsWith("no_customer");
        });
    }

    @Test
    void autoCharge_needsAClientWithACustomerAtTheGateway_inTheTemplatesWorkspace() {
        Client initech = fixture.client(acme, "Initech");
        StaffPrincipal intruder = fixture.workspace("Intruder", USD);
        RecurringTemplate template = recurring.create(acme, retainer());

        assertFails(ErrorCode.INVALID_VALUE, () -> recurring.create(acme, NewRecurringInvoice.of(initech.id(),
                Cadence.monthly(), START).line("Retainer", "1", "month", RETAINER).autoCharge("pm_globex")));
        assertFails(ErrorCode.REQUIRED, () -> retainer().autoCharge(" "));
        assertFails(ErrorCode.RECURRING_NOT_FOUND, () -> recurring.changeAutoCharge(intruder, template.id(),
                AutoCharge.to("pm_mine")));
        assertFails(ErrorCode.RECURRING_NOT_FOUND, () -> recurring.chargeAttempts(intruder, template.id()));
        assertThat(recurring.changeAutoCharge(acme, template.id(), AutoCharge.to("pm_new")).autoCharge())
                .isEqualTo(AutoCharge.to("pm_new"));
    }

    @Test
    void withoutAGateway_autoChargeIsRefused() {
        PortalFixture bare = PortalFixture.over(InMemoryMode.stores());
        StaffPrincipal owner = bare.workspace("Solo", USD);
        Client client = bare.client(owner, "Client");

        assertFails(ErrorCode.GATEWAY_NOT_CONFIGURED, () -> bare.portal.automation().recurring().create(owner,
                NewRecurringInvoice.of(client.id(), Cadence.monthly(), START).line("Retainer", "1", "month", RETAINER)
                        .autoCharge("pm_1")));
    }

    private Client withCustomer(Client client) {
        stores.transactions().inTransaction(() -> stores.gatewayCustomers().remember(client.workspaceId(),
                client.id(), "fakepay", "cus_" + client.name().toLowerCase(java.util.Locale.ROOT)));
        return client;
    }

    private NewRecurringInvoice retainer() {
        return NewRecurringInvoice.of(globex.id(), Cadence.monthly(), START).line("Retainer", "1", "month", RETAINER)
                .cycles(1);
    }

    private Invoice onlyInvoice() {
        List<Invoice> invoices = fixture.portal.invoicing().list(acme, InvoiceFilter.forClient(globex.id()), 0, 10);
        assertThat(invoices).hasSize(1);
        return invoices.get(0);
    }

    private List<String> audit(RecurringTemplate template) {
        return fixture.portal.audit().forSubject(acme, "recurring_template", template.id().toString()).stream()
                .map(entry -> entry.action()).toList();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static void assertFails(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(code));
    }
}
