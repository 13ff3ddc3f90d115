package dev.clientportal.stripe;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.CheckoutPurpose;
import dev.clientportal.core.payment.CheckoutRequest;
import dev.clientportal.core.payment.OffSessionCharge;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.core.payment.RefundOutcome;
import dev.clientportal.core.payment.RefundRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class StripePaymentGatewayTest {

    private static final WorkspaceId WORKSPACE = WorkspaceId.of("0b6f6b1e-3f0a-4d57-9a43-6f1b0f5c2a01");
    private static final WorkspaceId CONNECTED = WorkspaceId.of("0b6f6b1e-3f0a-4d57-9a43-6f1b0f5c2a02");
    private static final ClientId CLIENT = ClientId.of("5d1c8a3e-7a44-4c2b-8f0e-2b9d1e6a7c03");
    private static final InvoiceId INVOICE = InvoiceId.of("9e2f4b6a-1c3d-4e5f-8a7b-6c5d4e3f2a04");
    private static final String SESSIONS = "/v1/checkout/sessions";
    private static final String CUSTOMERS = "/v1/customers";
    private static final String INTENTS = "/v1/payment_intents";
    private static final String REFUNDS = "/v1/refunds";

    private final StripeStub stripe = new StripeStub();
    private final InMemoryStores stores = InMemoryStores.create();

    @AfterEach
    void stop() {
        stripe.close();
    }

    private StripePaymentGateway gateway() {
        return gateway(settings());
    }

    private StripeSettings.Builder settings() {
        return StripeSettings.builder("sk_test_portal")
                .apiBase(stripe.base())
                .successUrl(URI.create("https://portal.example/paid"))
                .cancelUrl(URI.create("https://portal.example/invoice"))
                .connectedAccounts(ConnectedAccounts.of(Map.of(CONNECTED,
                        ConnectedAccount.of("acct_1Connected").withApplicationFee(250))));
    }

    private StripePaymentGateway gateway(StripeSettings.Builder settings) {
        return StripePaymentGateway.create(settings.build(), stores);
    }

    private void customerAnswers(String id) {
        stripe.server.stubFor(post(urlPathEqualTo(CUSTOMERS)).willReturn(okJson(
                StripeFixtures.object("customer").put("id", id).toString())));
    }

    private void sessionAnswers(String id) {
        stripe.server.stubFor(post(urlPathEqualTo(SESSIONS)).willReturn(okJson(StripeFixtures.checkoutSession(id,
                10000, "usd", "unpaid", "pi_1", Map.of()).put("status", "open").toString())));
    }

    private static CheckoutRequest checkout(WorkspaceId workspace, String amount, CurrencyUnit currency, String key) {
        return new CheckoutRequest(workspace, CLIENT, INVOICE, "INV-0042", Money.of(amount, currency),
                new CheckoutPurpose.Installment(2, "Installment 2 of 3"), null, key);
    }

    private static OffSessionCharge charge(String key) {
        return new OffSessionCharge(WORKSPACE, CLIENT, INVOICE, Money.of("100.00", USD), "cus_1", "pm_1",
                new CheckoutPurpose.AmountDue(), key);
    }

    // ---- checkout ----

    @Test
    void aCheckout_isAHostedSessionForTheExactAmount_withThePortalIdsInMetadata() {
        customerAnswers("cus_QXg1o8vcGmoR32");
        sessionAnswers("cs_test_1");

        PaymentOutcome outcome = gateway().startCheckout(checkout(WORKSPACE, "1234.56", USD, "checkout:k1"));

        assertThat(outcome).isEqualTo(new PaymentOutcome.RequiresAction("cs_test_1",
                URI.create("https://checkout.stripe.com/c/pay/cs_test_1"), ""));
        LoggedRequest request = stripe.posts(SESSIONS).get(0);
        Map<String, String> form = StripeStub.form(request);
        assertThat(form).containsEntry("mode", "payment")
                .containsEntry("customer", "cus_QXg1o8vcGmoR32")
                .containsEntry("line_items[0][price_data][unit_amount]", "123456")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][product_data][name]",
                        "Invoice INV-0042 - Installment 2 of 3")
                .containsEntry("metadata[portal_workspace_id]", WORKSPACE.toString())
                .containsEntry("metadata[portal_invoice_id]", INVOICE.toString())
                .containsEntry("metadata[portal_client_id]", CLIENT.toString())
                .containsEntry("payment_intent_data[metadata][portal_workspace_id]", WORKSPACE.toString())
                .containsEntry("payment_intent_data[metadata][portal_invoice_id]", INVOICE.toString())
                .containsEntry("client_reference_id", INVOICE.toString())
                .containsEntry("success_url", "https://portal.example/paid")
                .containsEntry("cancel_url", "https://portal.example/invoice")
                .doesNotContainKey("payment_intent_data[setup_future_usage]")
                .doesNotContainKey("payment_intent_data[application_fee_amount]");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("portal:checkout:checkout:k1");
        assertThat(request.getHeader("Stripe-Version")).isEqualTo(Stripe.API_VERSION);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk_test_portal");
        assertThat(request.containsHeader("Stripe-Account")).isFalse();
    }

    @Test
    void theClientsCustomer_isCreatedOnce_andRemembered() {
        customerAnswers("cus_first");
        sessionAnswers("cs_test_1");
        StripePaymentGateway gateway = gateway();

        gateway.startCheckout(checkout(WORKSPACE, "10.00", USD, "checkout:k1"));
        gateway.startCheckout(checkout(WORKSPACE, "20.00", USD, "checkout:k2"));

        assertThat(stripe.posts(CUSTOMERS)).hasSize(1);
        assertThat(StripeStub.form(stripe.posts(CUSTOMERS).get(0)))
                .containsEntry("metadata[portal_client_id]", CLIENT.toString());
        assertThat(stripe.posts(CUSTOMERS).get(0).getHeader("Idempotency-Key"))
                .isEqualTo("portal:customer:" + WORKSPACE + ":" + CLIENT);
        assertThat(stripe.posts(SESSIONS)).extracting(r -> StripeStub.form(r).get("customer"))
                .containsExactly("cus_first", "cus_first");
        assertThat(stores.transactions().inTransaction(() -> stores.gatewayCustomers().find(WORKSPACE, CLIENT,
                StripePaymentGateway.NAME))).contains("cus_first");
    }

    @Test
    void aCustomerRememberedByAnotherInstanceOrBeforeARestart_isUsed_andNoneIsCreated() {
        sessionAnswers("cs_test_1");
        stores.transactions().inTransaction(() -> stores.gatewayCustomers().remember(WORKSPACE, CLIENT,
                StripePaymentGateway.NAME, "cus_from_before"));

        gateway().startCheckout(checkout(WORKSPACE, "10.00", USD, "checkout:k1"));

        assertThat(stripe.posts(CUSTOMERS)).isEmpty();
        assertThat(StripeStub.form(stripe.posts(SESSIONS).get(0))).containsEntry("customer", "cus_from_before");
    }

    @Test
    void aReturnPageOfThePayment_winsOverTheConfiguredOnes_andSavingTheMethodIsAsked() {
        customerAnswers("cus_1");
        sessionAnswers("cs_test_1");
        CheckoutRequest request = new CheckoutRequest(WORKSPACE, CLIENT, INVOICE, "INV-0042",
                Money.of("10.00", USD), new CheckoutPurpose.Deposit("Q-7"), URI.create("https://host.example/back"),
                "checkout:k1");

        gateway(settings().savePaymentMethods(true)).startCheckout(request);

        assertThat(StripeStub.form(stripe.posts(SESSIONS).get(0)))
                .containsEntry("success_url", "https://host.example/back")
                .containsEntry("cancel_url", "https://host.example/back")
                .containsEntry("payment_intent_data[setup_future_usage]", "off_session")
                .containsEntry("metadata[portal_purpose]", "Deposit for quote Q-7");
    }

    @Test
    void minorUnits_followTheCurrency_includingStripesTwoDecimalIsk() {
        customerAnswers("cus_1");
        sessionAnswers("cs_test_1");
        StripePaymentGateway gateway = gateway();

        gateway.startCheckout(checkout(WORKSPACE, "5000", CurrencyUnit.JPY, "k-jpy"));
        gateway.startCheckout(checkout(WORKSPACE, "12.345", CurrencyUnit.BHD, "k-bhd"));
        gateway.startCheckout(checkout(WORKSPACE, "1990", CurrencyUnit.of("ISK"), "k-isk"));

        assertThat(stripe.posts(SESSIONS)).extracting(r -> StripeStub.form(r)
                        .get("line_items[0][price_data][unit_amount]") + " "
                        + StripeStub.form(r).get("line_items[0][price_data][currency]"))
                .containsExactly("5000 jpy", "12345 bhd", "199000 isk");
        assertThat(StripeAmounts.fromStripe(199000, "isk")).isEqualTo(Money.of("1990", CurrencyUnit.of("ISK")));
        assertRejected(() -> StripeAmounts.fromStripe(199050, "isk"), ErrorCode.AMOUNT_PRECISION);
    }

    @Test
    void aConnectedWorkspace_isChargedOnItsAccount_withThePlatformsFee() {
        customerAnswers("cus_1");
        sessionAnswers("cs_test_1");

        gateway().startCheckout(checkout(CONNECTED, "100.10", USD, "checkout:k1"));

        LoggedRequest session = stripe.posts(SESSIONS).get(0);
        assertThat(session.getHeader("Stripe-Account")).isEqualTo("acct_1Connected");
        assertThat(stripe.posts(CUSTOMERS).get(0).getHeader("Stripe-Account")).isEqualTo("acct_1Connected");
        // 2.5 % of 10010 cents is 250.25 cents: rounded half up to 250
        assertThat(StripeStub.form(session)).containsEntry("payment_intent_data[application_fee_amount]", "250");
        assertThat(StripePaymentGateway.applicationFee(Money.of("100.20", USD),
                java.util.Optional.of(ConnectedAccount.of("acct_1").withApplicationFee(250)))).contains(251L);
    }

    @Test
    void withStripeElements_aCheckoutIsAPaymentIntent_whoseClientSecretTheHostsPageConfirms() {
        customerAnswers("cus_1");
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(okJson(StripeFixtures.paymentIntent(
                "pi_elements", 10010, "usd", "requires_payment_method", Map.of()).toString())));

        PaymentOutcome outcome = gateway(settings().paymentElements(true).savePaymentMethods(true))
                .startCheckout(checkout(CONNECTED, "100.10", USD, "checkout:k1"));

        assertThat(outcome).isEqualTo(new PaymentOutcome.RequiresAction("pi_elements", null,
                "pi_elements_secret_test"));
        assertThat(stripe.posts(SESSIONS)).isEmpty();
        LoggedRequest request = stripe.posts(INTENTS).get(0);
        assertThat(StripeStub.form(request)).containsEntry("amount", "10010").containsEntry("currency", "usd")
                .containsEntry("customer", "cus_1")
                .containsEntry("automatic_payment_methods[enabled]", "true")
                .containsEntry("setup_future_usage", "off_session")
                .containsEntry("application_fee_amount", "250")
                .containsEntry("metadata[portal_workspace_id]", CONNECTED.toString())
                .containsEntry("metadata[portal_invoice_id]", INVOICE.toString())
                .containsEntry("metadata[portal_client_id]", CLIENT.toString())
                .doesNotContainKey("confirm")
                .doesNotContainKey("off_session");
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("portal:intent:checkout:k1");
        assertThat(request.getHeader("Stripe-Account")).isEqualTo("acct_1Connected");
    }

    @Test
    void aCheckoutStripeRefuses_isDeclined_notThrown() {
        customerAnswers("cus_1");
        stripe.server.stubFor(post(urlPathEqualTo(SESSIONS)).willReturn(aResponse().withStatus(400).withBody(
                StripeFixtures.error("invalid_request_error", "amount_too_small", "Amount must be at least $0.50"))));

        PaymentOutcome outcome = gateway().startCheckout(checkout(WORKSPACE, "0.10", USD, "k"));

        assertThat(outcome).isEqualTo(new PaymentOutcome.Declined("", "amount_too_small",
                "Amount must be at least $0.50"));
    }

    // ---- off-session charges ----

    @Test
    void anOffSessionCharge_confirmsAPaymentIntent_andSucceeds() {
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(okJson(StripeFixtures.paymentIntent(
                "pi_ok", 10000, "usd", "succeeded", Map.of()).toString())));

        PaymentOutcome outcome = gateway().chargeSavedMethod(charge("charge:k1"));

        assertThat(outcome).isEqualTo(new PaymentOutcome.Succeeded("pi_ok", Money.of("100.00", USD),
                PaymentMethod.CARD));
        LoggedRequest request = stripe.posts(INTENTS).get(0);
        assertThat(StripeStub.form(request)).containsEntry("amount", "10000").containsEntry("currency", "usd")
                .containsEntry("customer", "cus_1").containsEntry("payment_method", "pm_1")
                .containsEntry("off_session", "true").containsEntry("confirm", "true")
                .containsEntry("metadata[portal_invoice_id]", INVOICE.toString());
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("portal:charge:charge:k1");
    }

    @Test
    void aCardDecline_isADeclineWithTheBanksReason() {
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(aResponse().withStatus(402).withBody("""
                {"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
                 "message": "Your card has insufficient funds.", "charge": "ch_1",
                 "payment_intent": %s}}""".formatted(StripeFixtures.paymentIntent("pi_declined", 10000, "usd",
                "requires_payment_method", Map.of())))));

        PaymentOutcome outcome = gateway().chargeSavedMethod(charge("charge:k1"));

        assertThat(outcome).isEqualTo(new PaymentOutcome.Declined("pi_declined", "insufficient_funds",
                "Your card has insufficient funds."));
    }

    @Test
    void aCardThatWantsTheClient_requiresAction_withTheIntentsClientSecret() {
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(aResponse().withStatus(402).withBody("""
                {"error": {"type": "card_error", "code": "authentication_required",
                 "decline_code": "authentication_required", "message": "Authentication required.",
                 "payment_intent": %s}}""".formatted(StripeFixtures.paymentIntent("pi_3ds", 10000, "usd",
                "requires_payment_method", Map.of())))));

        PaymentOutcome outcome = gateway().chargeSavedMethod(charge("charge:k1"));

        assertThat(outcome).isEqualTo(new PaymentOutcome.RequiresAction("pi_3ds", null, "pi_3ds_secret_test"));
    }

    @Test
    void aBankDebitStillClearing_isPending() {
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(okJson(StripeFixtures.paymentIntent(
                "pi_debit", 10000, "usd", "processing", Map.of())
                .set("payment_method_types", StripeFixtures.JSON.valueToTree(List.of("us_bank_account")))
                .toString())));

        assertThat(gateway().chargeSavedMethod(charge("charge:k1"))).isEqualTo(new PaymentOutcome.Pending(
                "pi_debit", Money.of("100.00", USD), PaymentMethod.DIRECT_DEBIT));
    }

    // ---- refunds ----

    @Test
    void aPartialRefund_isARefundOfThePaymentIntent_underTheRefundsKey() {
        stripe.server.stubFor(post(urlPathEqualTo(REFUNDS)).willReturn(okJson(StripeFixtures.refund("re_1", 2500,
                "usd", "succeeded", "pi_1").toString())));

        RefundOutcome outcome = gateway().refund(RefundRequest.partial(WORKSPACE, "pi_1", Money.of("25.00", USD),
                "goodwill", "refund:k1"));

        assertThat(outcome).isEqualTo(new RefundOutcome.Succeeded("re_1", Money.of("25.00", USD)));
        LoggedRequest request = stripe.posts(REFUNDS).get(0);
        assertThat(StripeStub.form(request)).containsEntry("payment_intent", "pi_1").containsEntry("amount", "2500")
                .containsEntry("metadata[portal_reason]", "goodwill")
                .containsEntry("metadata[portal_workspace_id]", WORKSPACE.toString());
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo("portal:refund:refund:k1");
    }

    @Test
    void aFullRefundOnAConnectedAccount_sendsNoAmount_andReturnsTheFee() {
        stripe.server.stubFor(post(urlPathEqualTo(REFUNDS)).willReturn(okJson(StripeFixtures.refund("re_2", 10000,
                "usd", "pending", "pi_1").toString())));

        RefundOutcome outcome = gateway().refund(RefundRequest.full(CONNECTED, "pi_1", "", "refund:k2"));

        assertThat(outcome).isEqualTo(new RefundOutcome.Pending("re_2", Money.of("100.00", USD)));
        LoggedRequest request = stripe.posts(REFUNDS).get(0);
        assertThat(StripeStub.form(request)).doesNotContainKey("amount")
                .containsEntry("refund_application_fee", "true");
        assertThat(request.getHeader("Stripe-Account")).isEqualTo("acct_1Connected");
    }

    @Test
    void aRefundStripeRefuses_isDeclined_andAnUnknownPayment_isNotFound() {
        stripe.server.stubFor(post(urlPathEqualTo(REFUNDS)).willReturn(aResponse().withStatus(400).withBody(
                StripeFixtures.error("invalid_request_error", "charge_already_refunded", "Already refunded."))));

        assertThat(gateway().refund(RefundRequest.full(WORKSPACE, "pi_1", "", "refund:k1")))
                .isEqualTo(new RefundOutcome.Declined("charge_already_refunded", "Already refunded."));

        stripe.server.stubFor(post(urlPathEqualTo(REFUNDS)).willReturn(aResponse().withStatus(404).withBody(
                StripeFixtures.error("invalid_request_error", "resource_missing", "No such payment_intent"))));
        assertRejected(() -> gateway().refund(RefundRequest.full(WORKSPACE, "pi_gone", "", "refund:k2")),
                ErrorCode.PAYMENT_NOT_FOUND);
    }

    // ---- faults ----

    @Test
    void serverErrors_areRetriedUnderTheSameKey_andOneChargeIsMade() {
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody(
                        StripeFixtures.error("api_error", "api_error", "Something went wrong")))
                .willSetStateTo("recovered"));
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(StripeFixtures.paymentIntent("pi_ok", 10000, "usd", "succeeded", Map.of())
                        .toString())));

        PaymentOutcome outcome = gateway().chargeSavedMethod(charge("charge:k1"));

        assertThat(outcome).isInstanceOf(PaymentOutcome.Succeeded.class);
        assertThat(stripe.posts(INTENTS)).hasSize(2)
                .extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("portal:charge:charge:k1");
    }

    @Test
    void serverErrorsThatLast_areGatewayUnavailable_afterTheRetries() {
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(aResponse().withStatus(503).withBody(
                StripeFixtures.error("api_error", "api_error", "Try later"))));

        assertRejected(() -> gateway().chargeSavedMethod(charge("charge:k1")), ErrorCode.GATEWAY_UNAVAILABLE);

        assertThat(stripe.posts(INTENTS)).hasSize(1 + StripeSettings.DEFAULT_MAX_NETWORK_RETRIES)
                .extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("portal:charge:charge:k1");
    }

    @Test
    void aTimeout_isGatewayUnavailable_andEveryAttemptCarriesTheSameKey() {
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(okJson(StripeFixtures.paymentIntent("pi_ok",
                10000, "usd", "succeeded", Map.of()).toString()).withFixedDelay(1_500)));
        StripePaymentGateway gateway = gateway(settings().maxNetworkRetries(1)
                .timeouts(Duration.ofSeconds(2), Duration.ofMillis(200)));

        assertRejected(() -> gateway.chargeSavedMethod(charge("charge:k1")), ErrorCode.GATEWAY_UNAVAILABLE);

        assertThat(stripe.posts(INTENTS)).hasSize(2)
                .extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("portal:charge:charge:k1");
    }

    @Test
    void aRateLimitStripeAsksToRetry_isRetried_andOneThatLasts_isGatewayUnavailable() {
        stripe.server.stubFor(post(urlPathEqualTo(REFUNDS)).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Stripe-Should-Retry", "true").withBody(
                        StripeFixtures.error("invalid_request_error", "lock_timeout", "Too many requests")))
                .willSetStateTo("calm"));
        stripe.server.stubFor(post(urlPathEqualTo(REFUNDS)).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson(StripeFixtures.refund("re_1", 10000, "usd", "succeeded", "pi_1").toString())));

        assertThat(gateway().refund(RefundRequest.full(WORKSPACE, "pi_1", "", "refund:k1")))
                .isInstanceOf(RefundOutcome.Succeeded.class);
        assertThat(stripe.posts(REFUNDS)).hasSize(2);

        stripe.server.resetAll();
        stripe.server.stubFor(post(urlPathEqualTo(REFUNDS)).willReturn(aResponse().withStatus(429).withBody(
                StripeFixtures.error("invalid_request_error", "rate_limit", "Too many requests"))));
        assertRejected(() -> gateway().refund(RefundRequest.full(WORKSPACE, "pi_1", "", "refund:k2")),
                ErrorCode.GATEWAY_UNAVAILABLE);
    }

    @Test
    void anIdempotencyKeyInUse_isWaitedOut_andAnsweredByTheOneCharge() {
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).inScenario("in use").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(409).withBody(StripeFixtures.error("idempotency_error",
                        "idempotency_key_in_use", "There is currently another in-progress request using this key")))
                .willSetStateTo("done"));
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).inScenario("in use").whenScenarioStateIs("done")
                .willReturn(okJson(StripeFixtures.paymentIntent("pi_once", 10000, "usd", "succeeded", Map.of())
                        .toString())));

        PaymentOutcome outcome = gateway().chargeSavedMethod(charge("charge:k1"));

        assertThat(outcome).isEqualTo(new PaymentOutcome.Succeeded("pi_once", Money.of("100.00", USD),
                PaymentMethod.CARD));
        assertThat(stripe.posts(INTENTS)).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsOnly("portal:charge:charge:k1");

        stripe.server.resetAll();
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(aResponse().withStatus(409).withBody(
                StripeFixtures.error("idempotency_error", "idempotency_key_in_use", "in progress"))));
        assertRejected(() -> gateway().chargeSavedMethod(charge("charge:k2")), ErrorCode.GATEWAY_UNAVAILABLE);
    }

    @Test
    void otherStripeErrors_areTypedPortalExceptions() {
        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(aResponse().withStatus(401).withBody(
                StripeFixtures.error("invalid_request_error", "api_key_invalid", "Invalid API Key provided"))));
        assertRejected(() -> gateway().chargeSavedMethod(charge("k1")), ErrorCode.GATEWAY_NOT_CONFIGURED);

        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(aResponse().withStatus(400).withBody(
                StripeFixtures.error("idempotency_error", "idempotency_key_reused", "Keys for idempotent requests "
                        + "can only be used with the same parameters they were first used with."))));
        assertRejected(() -> gateway().chargeSavedMethod(charge("k2")), ErrorCode.INVALID_VALUE);

        stripe.server.stubFor(post(urlPathEqualTo(INTENTS)).willReturn(aResponse().withStatus(400).withBody(
                StripeFixtures.error("invalid_request_error", "parameter_invalid_integer", "Invalid integer"))));
        assertRejected(() -> gateway().chargeSavedMethod(charge("k3")), ErrorCode.INVALID_VALUE);
    }

    @Test
    void aLongOrNonAsciiPortalKey_isHashedIntoAKeyStripeTakes_theSameEveryTime() {
        String longKey = "checkout:" + "x".repeat(300);

        String derived = IdempotencyKeys.derive("checkout", longKey);

        assertThat(derived).isEqualTo(IdempotencyKeys.derive("checkout", longKey)).hasSizeLessThanOrEqualTo(255)
                .startsWith("portal:checkout:sha256:");
        assertThat(IdempotencyKeys.derive("refund", "clé")).startsWith("portal:refund:sha256:");
        assertThat(IdempotencyKeys.derive("refund", "k")).isNotEqualTo(IdempotencyKeys.derive("charge", "k"));
    }
}
