package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.ScriptedPaymentGateway;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class GatewayTypesTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    private final ClientId client = new ClientId(UUID.randomUUID());
    private final InvoiceId invoice = new InvoiceId(UUID.randomUUID());

    @Test
    void outcomesAndRequestsValidateWhatTheGatewayNeeds() {
        assertRejected(() -> new PaymentOutcome.RequiresAction("cs_1", null, " "), ErrorCode.REQUIRED);
        assertThat(new PaymentOutcome.RequiresAction("pi_1", null, "pi_1_secret_x").clientSecret())
                .isEqualTo("pi_1_secret_x");
        assertRejected(() -> new PaymentOutcome.Succeeded("pi_1", usd("0.00"), PaymentMethod.CARD),
                ErrorCode.NEGATIVE_AMOUNT);
        assertRejected(() -> new PaymentOutcome.Declined("", " ", "no"), ErrorCode.REQUIRED);
        assertRejected(() -> new RefundOutcome.Pending("re_1", usd("-1.00")), ErrorCode.NEGATIVE_AMOUNT);
        assertRejected(() -> new CheckoutRequest(workspace, client, invoice, "INV-1", usd("-5.00"),
                new CheckoutPurpose.AmountDue(), null, "key"), ErrorCode.NEGATIVE_AMOUNT);
        assertRejected(() -> new CheckoutRequest(workspace, client, invoice, "INV-1", usd("5.00"),
                new CheckoutPurpose.AmountDue(), null, " "), ErrorCode.REQUIRED);
        assertRejected(() -> new OffSessionCharge(workspace, client, invoice, usd("5.00"), "cus_1", "",
                new CheckoutPurpose.AmountDue(), "key"), ErrorCode.REQUIRED);
        assertThat(RefundRequest.full(workspace, "pi_1", null, "key").amount()).isNull();
        assertThat(RefundRequest.partial(workspace, "pi_1", usd("3.00"), "", "key").amount()).isEqualTo(usd("3.00"));
        assertRejected(() -> new CheckoutPurpose.Installment(0, "Deposit"), ErrorCode.UNKNOWN_INSTALLMENT);
        assertThat(new CheckoutPurpose.Deposit("Q-2026-00003").describe()).isEqualTo("Deposit for quote Q-2026-00003");
        assertRejected(() -> PayInvoice.installment(invoice, 0), ErrorCode.UNKNOWN_INSTALLMENT);
    }

    @Test
    void gatewayEventsNeedTheirKeysAndAPositiveAmount() {
        assertRejected(() -> new GatewayEvent.Succeeded("stripe", " evt_1", workspace, invoice, usd("1.00"), "pi_1",
                PaymentMethod.CARD, AT), ErrorCode.INVALID_VALUE);
        assertRejected(() -> new GatewayEvent.Pending("stripe", "evt_1", workspace, null, usd("1.00"), "pi_1",
                PaymentMethod.DIRECT_DEBIT, AT), ErrorCode.REQUIRED);
        assertRejected(() -> new GatewayEvent.Failed("stripe", "evt_1", workspace, null, usd("0.00"), "pi_1", "",
                AT), ErrorCode.NEGATIVE_AMOUNT);
        assertRejected(() -> new GatewayEvent.Refunded("stripe", "evt_1", workspace, null, usd("1.00"), "pi_1",
                null, "", AT), ErrorCode.REQUIRED);
        assertRejected(() -> new GatewayEvent.Disputed("stripe", "e".repeat(201), workspace, null, usd("1.00"),
                "pi_1", "dp_1", "", AT), ErrorCode.INVALID_VALUE);
        assertThat(new GatewayEvent.Failed("stripe", "evt_1", workspace, null, usd("1.00"), "pi_1", null, AT)
                .reason()).isEmpty();
    }

    @Test
    void theScriptedGateway_honoursIdempotencyKeys_andRefundsNoMoreThanItCharged() {
        ScriptedPaymentGateway gateway = ScriptedPaymentGateway.named("stripe");
        OffSessionCharge charge = new OffSessionCharge(workspace, client, invoice, usd("50.00"), "cus_1", "pm_1",
                new CheckoutPurpose.AmountDue(), "charge-1");

        PaymentOutcome charged = gateway.chargeSavedMethod(charge);
        assertThat(gateway.chargeSavedMethod(charge)).isEqualTo(charged);
        String reference = ((PaymentOutcome.Succeeded) charged).paymentReference();
        RefundOutcome partial = gateway.refund(RefundRequest.partial(workspace, reference, usd("20.00"), "", "r-1"));
        RefundOutcome rest = gateway.refund(RefundRequest.full(workspace, reference, "", "r-2"));
        RefundOutcome nothingLeft = gateway.refund(RefundRequest.full(workspace, reference, "", "r-3"));

        assertThat(partial).isInstanceOfSatisfying(RefundOutcome.Succeeded.class,
                refund -> assertThat(refund.amount()).isEqualTo(usd("20.00")));
        assertThat(rest).isInstanceOfSatisfying(RefundOutcome.Succeeded.class,
                refund -> assertThat(refund.amount()).isEqualTo(usd("30.00")));
        assertThat(nothingLeft).isInstanceOf(RefundOutcome.Declined.class);
        assertThat(gateway.refund(RefundRequest.full(workspace, "pi_unknown", "", "r-4")))
                .isInstanceOf(RefundOutcome.Declined.class);
        assertThat(gateway.requests()).hasSize(6);
    }

    @Test
    void theScriptedGateway_answersItsScriptInOrder_andAFailedCallIsNotRemembered() {
        ScriptedPaymentGateway gateway = ScriptedPaymentGateway.named("stripe")
                .thenUnavailable().thenAnswer(new PaymentOutcome.Declined("pi_1", "card_declined", ""));
        CheckoutRequest request = new CheckoutRequest(workspace, client, invoice, "INV-1", usd("5.00"),
                new CheckoutPurpose.AmountDue(), URI.create("https://portal.example/back"), "key-1");

        assertRejected(() -> gateway.startCheckout(request), ErrorCode.GATEWAY_UNAVAILABLE);
        PaymentOutcome declined = gateway.startCheckout(request);
        PaymentOutcome unscripted = gateway.startCheckout(new CheckoutRequest(workspace, client, invoice, "INV-1",
                usd("5.00"), new CheckoutPurpose.AmountDue(), null, "key-2"));

        assertThat(declined).isInstanceOf(PaymentOutcome.Declined.class);
        assertThat(gateway.startCheckout(request)).isEqualTo(declined);
        assertThat(unscripted).isInstanceOf(PaymentOutcome.RequiresAction.class);
        assertThat(gateway.checkouts()).hasSize(4);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
