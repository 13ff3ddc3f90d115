package dev.clientportal.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.GatewayEventOutcome;
import dev.clientportal.core.payment.PayInvoice;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** Signed Stripe events through the handler into a portal on in-memory stores, and what the invoice becomes. */
class StripeWebhooksTest {

    private static final String SECRET = "whsec_test_portal_endpoint";

    private final StripeStub stripe = new StripeStub();
    private final Portal portal = new Portal(ConnectedAccounts.none());

    @AfterEach
    void stop() {
        stripe.close();
    }

    /** A portal over fresh in-memory stores with one issued invoice of USD 100.00, and its webhook handler. */
    private final class Portal {
        final FaultInjectingStores stores = FaultInjectingStores.over(InMemoryStores.create());
        final PortalFixture fixture;
        final StaffPrincipal owner;
        final Client globex;
        final Invoice invoice;
        final StripeWebhooks webhooks;

        Portal(ConnectedAccounts accounts) {
            fixture = PortalFixture.over(stores, builder -> builder.gateway(
                    StripePaymentGateway.create(settings(accounts).build(), stores)));
            owner = fixture.workspace("Acme Design", USD);
            globex = fixture.client(owner, "Globex");
            invoice = fixture.issuedInvoice(owner, globex, "100.00");
            webhooks = StripePaymentGateway.create(settings(accounts).clock(fixture.clock).build(), stores)
                    .webhooks(fixture.portal.payments(), SECRET);
        }

        Map<String, String> metadata() {
            return StripeMetadata.of(owner.workspaceId(), globex.id(), invoice.id(), invoice.number(), "Amount due");
        }

        ObjectNode session(String paymentStatus) {
            return StripeFixtures.checkoutSession("cs_test_1", 10000, "usd", paymentStatus, "pi_1", metadata());
        }

        ObjectNode intent(String status) {
            return StripeFixtures.paymentIntent("pi_1", 10000, "usd", status, metadata());
        }

        /** An event created {@code second} seconds after the fixture's start. */
        String event(String id, String type, int second, ObjectNode object) {
            return SignedEvents.event(id, type, Instant.parse(PortalFixture.START).plusSeconds(second), object);
        }

        WebhookResult deliver(String payload) {
            return webhooks.handle(payload, SignedEvents.signature(payload, SECRET, fixture.clock.instant()));
        }

        Invoice invoiceNow() {
            return fixture.portal.invoicing().get(owner, invoice.id());
        }

        List<Payment> payments() {
            return fixture.portal.payments().forInvoice(owner, invoice.id());
        }
    }

    private StripeSettings.Builder settings(ConnectedAccounts accounts) {
        return StripeSettings.builder("sk_test_portal").apiBase(stripe.base()).maxNetworkRetries(0)
                .successUrl(URI.create("https://portal.example/paid")).connectedAccounts(accounts);
    }

    /** What Stripe answers when the handler reads the PaymentIntent now. */
    private void intentAtStripe(Portal at, String status) {
        stripe.server.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_1")).willReturn(okJson(
                at.intent(status).toString())));
    }

    private static GatewayEventOutcome.Status statusOf(WebhookResult result) {
        assertThat(result).isInstanceOf(WebhookResult.Accepted.class);
        return ((WebhookResult.Accepted) result).outcomes().get(0).status();
    }

    // ---- paying ----

    @Test
    void aClientPaysThroughCheckout_andThePaidEvent_paysTheInvoiceOnce_howeverOftenItIsDelivered() {
        stripe.server.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(okJson(
                StripeFixtures.object("customer").toString())));
        stripe.server.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).willReturn(okJson(
                portal.session("unpaid").put("status", "open").toString())));
        ContactPrincipal billing = portal.fixture.signedInAs(portal.owner,
                portal.fixture.contact(portal.owner, portal.globex, "Ana Ruiz", Role.BILLING));

        PaymentOutcome started = portal.fixture.portal.payments().pay(billing, PayInvoice.amountDue(portal.invoice.id()));

        assertThat(started).isInstanceOf(PaymentOutcome.RequiresAction.class);
        Map<String, String> sent = new LinkedHashMap<>();
        StripeStub.form(stripe.posts("/v1/checkout/sessions").get(0)).forEach((key, value) -> {
            if (key.startsWith("payment_intent_data[metadata][")) {
                sent.put(key.substring("payment_intent_data[metadata][".length(), key.length() - 1), value);
            }
        });
        assertThat(sent).isEqualTo(portal.metadata());
        String paid = portal.event("evt_paid", "checkout.session.completed", 60, StripeFixtures.checkoutSession(
                "cs_test_1", 10000, "usd", "paid", "pi_1", sent));

        List<WebhookResult> results = List.of(portal.deliver(paid), portal.deliver(paid), portal.deliver(paid));

        assertThat(results).extracting(WebhookResult::httpStatus).containsExactly(200, 200, 200);
        assertThat(results).extracting(StripeWebhooksTest::statusOf).containsOnly(GatewayEventOutcome.Status.APPLIED);
        assertThat(portal.invoiceNow().status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(portal.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.reference()).isEqualTo("pi_1");
            assertThat(payment.gateway()).isEqualTo("stripe");
            assertThat(payment.amount()).isEqualTo(Money.of("100.00", USD));
            assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        });
        WebhookResult alsoSucceeded = portal.deliver(portal.event("evt_pi", "payment_intent.succeeded", 61,
                portal.intent("succeeded")));
        assertThat(statusOf(alsoSucceeded)).isEqualTo(GatewayEventOutcome.Status.IGNORED);
        assertThat(portal.payments()).hasSize(1);
    }

    // ---- what is refused ----

    @Test
    void forgedStaleAndFutureSignatures_andAnotherApiVersion_areRefused_andChangeNothing() {
        String paid = portal.event("evt_paid", "checkout.session.completed", 60, portal.session("paid"));
        Instant now = portal.fixture.clock.instant();
        StripeWebhooks webhooks = portal.webhooks;

        List<WebhookResult> refused = List.of(
                webhooks.handle(paid, SignedEvents.signature(paid, "whsec_someone_else", now)),
                webhooks.handle(paid.replace("10000", "1"), SignedEvents.signature(paid, SECRET, now)),
                webhooks.handle(paid, SignedEvents.signature(paid, SECRET, now.minus(Duration.ofMinutes(6)))),
                webhooks.handle(paid, SignedEvents.signature(paid, SECRET, now.plus(Duration.ofMinutes(6)))),
                webhooks.handle(paid, "v1=abc"),
                webhooks.handle(paid, null),
                portal.deliver(SignedEvents.event("evt_old", "checkout.session.completed", now,
                        portal.session("paid"), "2024-06-20", null)));

        assertThat(refused).allSatisfy(result -> {
            assertThat(result).isInstanceOf(WebhookResult.Rejected.class);
            assertThat(result.httpStatus()).isEqualTo(400);
        });
        assertThat(((WebhookResult.Rejected) refused.get(3)).reason()).contains("future");
        assertThat(((WebhookResult.Rejected) refused.get(6)).reason()).contains("2024-06-20");
        assertThat(portal.payments()).isEmpty();
        assertThat(portal.invoiceNow().status()).isEqualTo(InvoiceStatus.OPEN);
        // within the tolerance and the allowed skew, the same event is taken
        assertThat(webhooks.handle(paid, SignedEvents.signature(paid, SECRET, now.minus(Duration.ofMinutes(4))))
                .httpStatus()).isEqualTo(200);
        assertThat(webhooks.handle(paid, SignedEvents.signature(paid, SECRET, now.plus(Duration.ofMinutes(4))))
                .httpStatus()).isEqualTo(200);
        assertThat(portal.payments()).hasSize(1);
    }

    @Test
    void theToleranceIsTheHosts() {
        StripeWebhooks strict = StripePaymentGateway.create(settings(ConnectedAccounts.none())
                        .webhookTolerance(Duration.ofMinutes(1)).clock(portal.fixture.clock).build(), portal.stores)
                .webhooks(portal.fixture.portal.payments(), SECRET);
        String paid = portal.event("evt_paid", "checkout.session.completed", 60, portal.session("paid"));
        Instant now = portal.fixture.clock.instant();

        assertThat(strict.handle(paid, SignedEvents.signature(paid, SECRET, now.minusSeconds(90))).httpStatus())
                .isEqualTo(400);
        assertThat(strict.handle(paid, SignedEvents.signature(paid, SECRET, now.minusSeconds(30))).httpStatus())
                .isEqualTo(200);
    }

    @Test
    void anEventNamingAnInvoiceOfAnotherWorkspace_isRefused_andRecordsNothing() {
        StaffPrincipal initech = portal.fixture.workspace("Initech", USD);
        Invoice theirs = portal.fixture.issuedInvoice(initech, portal.fixture.client(initech, "Umbrella"), "70.00");
        Map<String, String> crossed = StripeMetadata.of(portal.owner.workspaceId(), portal.globex.id(), theirs.id(),
                theirs.number(), "Amount due");

        WebhookResult result = portal.deliver(portal.event("evt_x", "checkout.session.completed", 1,
                StripeFixtures.checkoutSession("cs_x", 7000, "usd", "paid", "pi_x", crossed)));

        assertThat(result).isInstanceOf(WebhookResult.Rejected.class);
        assertThat(portal.fixture.portal.payments().forInvoice(initech, theirs.id())).isEmpty();
        assertThat(portal.fixture.portal.invoicing().get(initech, theirs.id()).status()).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void eventsOfPaymentsThePortalDidNotStart_andOtherTypes_areAcknowledged_andChangeNothing() {
        ObjectNode foreign = StripeFixtures.checkoutSession("cs_other", 5000, "usd", "paid", "pi_other", Map.of());

        WebhookResult notOurs = portal.deliver(portal.event("evt_1", "checkout.session.completed", 1, foreign));
        WebhookResult otherType = portal.deliver(portal.event("evt_2", "customer.created", 1,
                StripeFixtures.object("customer")));

        assertThat(notOurs).isEqualTo(new WebhookResult.Accepted("evt_1", List.of(), "not a portal payment event"));
        assertThat(otherType.httpStatus()).isEqualTo(200);
        assertThat(portal.payments()).isEmpty();
    }

    @Test
    void anEventFromAnotherConnectedAccount_isRefused() {
        Portal connected = new Portal(workspaceId -> java.util.Optional.of(ConnectedAccount.of("acct_Acme")));
        ObjectNode session = connected.session("paid");

        WebhookResult fromOther = connected.deliver(SignedEvents.event("evt_1", "checkout.session.completed",
                Instant.parse(PortalFixture.START), session, com.stripe.Stripe.API_VERSION, "acct_Mallory"));
        WebhookResult fromPlatform = connected.deliver(connected.event("evt_2", "checkout.session.completed", 1,
                session));
        WebhookResult fromOwn = connected.deliver(SignedEvents.event("evt_3", "checkout.session.completed",
                Instant.parse(PortalFixture.START), session, com.stripe.Stripe.API_VERSION, "acct_Acme"));

        assertThat(fromOther.httpStatus()).isEqualTo(400);
        assertThat(fromPlatform.httpStatus()).isEqualTo(400);
        assertThat(fromOwn.httpStatus()).isEqualTo(200);
        assertThat(connected.payments()).hasSize(1);
    }

    // ---- bank debits, in any order ----

    @Test
    void aBankDebit_isPendingUntilItClears_andNeverPaidBefore() {
        intentAtStripe(portal, "processing");

        WebhookResult completed = portal.deliver(portal.event("evt_1", "checkout.session.completed", 1,
                portal.session("unpaid")));

        assertThat(statusOf(completed)).isEqualTo(GatewayEventOutcome.Status.APPLIED);
        assertThat(portal.payments()).singleElement().extracting(Payment::status).isEqualTo(PaymentStatus.PENDING);
        assertThat(portal.invoiceNow().status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(portal.invoiceNow().amountDue()).isEqualTo(Money.of("100.00", USD));

        portal.deliver(portal.event("evt_2", "checkout.session.async_payment_succeeded", 2, portal.session("paid")));

        assertThat(portal.payments()).singleElement().extracting(Payment::status).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(portal.invoiceNow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void everyOrderOfTheEventsOfADebitThatClears_endsWithTheInvoicePaidOnce() {
        inEveryOrder("succeeded", at -> List.of(
                at.event("evt_1", "checkout.session.completed", 1, at.session("unpaid")),
                at.event("evt_2", "payment_intent.processing", 1, at.intent("processing")),
                at.event("evt_3", "checkout.session.async_payment_succeeded", 5, at.session("paid")),
                at.event("evt_4", "payment_intent.succeeded", 5, at.intent("succeeded"))), (at, order) -> {
                    assertThat(at.invoiceNow().status()).as(order).isEqualTo(InvoiceStatus.PAID);
                    assertThat(at.payments()).as(order).singleElement()
                            .extracting(Payment::status).isEqualTo(PaymentStatus.SUCCEEDED);
                });
    }

    @Test
    void everyOrderOfTheEventsOfADebitThatBounces_leavesTheInvoiceUnpaid() {
        inEveryOrder("requires_payment_method", at -> List.of(
                at.event("evt_1", "checkout.session.completed", 1, at.session("unpaid")),
                at.event("evt_2", "payment_intent.processing", 1, at.intent("processing")),
                at.event("evt_3", "checkout.session.async_payment_failed", 5, at.session("unpaid")),
                at.event("evt_4", "payment_intent.payment_failed", 5, at.intent("requires_payment_method"))),
                (at, order) -> {
                    assertThat(at.invoiceNow().status()).as(order).isEqualTo(InvoiceStatus.OPEN);
                    assertThat(at.invoiceNow().amountDue()).as(order).isEqualTo(Money.of("100.00", USD));
                    // a failure that arrives first waits for its payment, and the clearing events after it are
                    // stale: then no payment is recorded; otherwise the one recorded has failed. None is left
                    // pending or received.
                    assertThat(at.payments()).as(order).allSatisfy(payment ->
                            assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED));
                });
    }

    @Test
    void everyOrderOfACardPaymentItsSuccessAndARefundAndALostDispute_endsWithEachAppliedOnce() {
        inEveryOrder("succeeded", at -> List.of(
                at.event("evt_1", "checkout.session.completed", 1, at.session("paid")),
                at.event("evt_2", "payment_intent.succeeded", 1, at.intent("succeeded")),
                at.event("evt_3", "charge.refunded", 10, charge(List.of(
                        StripeFixtures.refund("re_1", 3000, "usd", "succeeded", "pi_1")))),
                at.event("evt_4", "charge.dispute.closed", 20, StripeFixtures.object("dispute")
                        .put("id", "dp_1").put("payment_intent", "pi_1").put("amount", 2000).put("currency", "usd")
                        .put("status", "lost").put("reason", "fraudulent"))), (at, order) -> {
                    assertThat(at.invoiceNow().status()).as(order).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
                    assertThat(at.invoiceNow().amountDue()).as(order).isEqualTo(Money.of("50.00", USD));
                    assertThat(at.payments()).as(order).singleElement().satisfies(payment -> {
                        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
                        assertThat(payment.refunds()).hasSize(2);
                        assertThat(payment.refunded()).isEqualTo(Money.of("50.00", USD));
                    });
                });
    }

    /**
     * Delivers the events of one payment in each of their orders to a fresh portal, with Stripe reporting the
     * PaymentIntent as it ends, and checks the end state of each.
     */
    private void inEveryOrder(String intentAtTheEnd, Function<Portal, List<String>> events,
                              BiConsumer<Portal, String> endState) {
        for (List<Integer> order : permutations(events.apply(portal).size())) {
            Portal at = new Portal(ConnectedAccounts.none());
            intentAtStripe(at, intentAtTheEnd);
            List<String> payloads = events.apply(at);

            for (int index : order) {
                assertThat(at.deliver(payloads.get(index)).httpStatus()).as("order %s", order).isEqualTo(200);
            }

            endState.accept(at, "order " + order);
        }
    }

    @Test
    void aClearingEventThatArrivesAfterTheBounce_doesNotReviveThePayment() {
        intentAtStripe(portal, "processing");
        portal.deliver(portal.event("evt_1", "checkout.session.completed", 1, portal.session("unpaid")));
        portal.deliver(portal.event("evt_3", "checkout.session.async_payment_failed", 5, portal.session("unpaid")));
        intentAtStripe(portal, "requires_payment_method");

        WebhookResult late = portal.deliver(portal.event("evt_2", "payment_intent.processing", 1,
                portal.intent("processing")));

        assertThat(late).isEqualTo(new WebhookResult.Accepted("evt_2", List.of(), "not a portal payment event"));
        assertThat(portal.payments()).singleElement().extracting(Payment::status).isEqualTo(PaymentStatus.FAILED);
    }

    // ---- refunds and disputes ----

    @Test
    void aRefundAtStripe_reopensTheInvoice_once_andTheChargesPaymentIntentNamesTheWorkspace() {
        intentAtStripe(portal, "succeeded");
        portal.deliver(portal.event("evt_paid", "checkout.session.completed", 1, portal.session("paid")));
        ObjectNode charge = charge(List.of(StripeFixtures.refund("re_1", 3000, "usd", "succeeded", "pi_1")));
        String firstRefund = portal.event("evt_r1", "charge.refunded", 10, charge);

        List<WebhookResult> results = List.of(portal.deliver(firstRefund), portal.deliver(firstRefund));

        assertThat(results).extracting(WebhookResult::httpStatus).containsExactly(200, 200);
        assertThat(portal.invoiceNow().amountDue()).isEqualTo(Money.of("30.00", USD));
        assertThat(stripe.server.findAll(getRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_1")))).isNotEmpty();

        ObjectNode both = charge(List.of(StripeFixtures.refund("re_1", 3000, "usd", "succeeded", "pi_1"),
                StripeFixtures.refund("re_2", 2000, "usd", "succeeded", "pi_1"),
                StripeFixtures.refund("re_3", 500, "usd", "pending", "pi_1")));
        portal.deliver(portal.event("evt_r2", "charge.refunded", 20, both));

        assertThat(portal.invoiceNow().amountDue()).isEqualTo(Money.of("50.00", USD));
        assertThat(portal.payments()).singleElement().satisfies(payment ->
                assertThat(payment.refunds()).hasSize(2));
    }

    @Test
    void aRefundEventWithoutItsRefunds_readsThemFromStripe() {
        intentAtStripe(portal, "succeeded");
        portal.deliver(portal.event("evt_paid", "checkout.session.completed", 1, portal.session("paid")));
        ObjectNode charge = charge(List.of());
        charge.remove("refunds");
        ObjectNode list = StripeFixtures.JSON.createObjectNode().put("object", "list").put("has_more", false)
                .put("url", "/v1/refunds");
        list.set("data", StripeFixtures.JSON.valueToTree(List.of(
                StripeFixtures.refund("re_9", 10000, "usd", "succeeded", "pi_1"))));
        stripe.server.stubFor(get(urlPathEqualTo("/v1/refunds")).willReturn(okJson(list.toString())));

        WebhookResult result = portal.deliver(portal.event("evt_r", "charge.refunded", 10, charge));

        assertThat(statusOf(result)).isEqualTo(GatewayEventOutcome.Status.APPLIED);
        assertThat(stripe.server.findAll(getRequestedFor(urlPathEqualTo("/v1/refunds")))).singleElement()
                .satisfies(request -> assertThat(request.queryParameter("charge").firstValue())
                        .isEqualTo(charge.get("id").asText()));
        assertThat(portal.invoiceNow().amountDue()).isEqualTo(Money.of("100.00", USD));
    }

    @Test
    void aSignedEventWhoseObjectIsNotWhatItsTypeSays_isRefused() {
        WebhookResult result = portal.deliver(portal.event("evt_odd", "charge.refunded", 1, portal.session("paid")));

        assertThat(result).isInstanceOf(WebhookResult.Rejected.class);
    }

    @Test
    void aDispute_isRecorded_andALostDispute_takesTheMoneyBack() {
        intentAtStripe(portal, "succeeded");
        portal.deliver(portal.event("evt_paid", "checkout.session.completed", 1, portal.session("paid")));
        ObjectNode dispute = StripeFixtures.object("dispute").put("payment_intent", "pi_1").put("amount", 10000)
                .put("currency", "usd").put("reason", "fraudulent");

        WebhookResult opened = portal.deliver(portal.event("evt_d1", "charge.dispute.created", 10, dispute));

        assertThat(statusOf(opened)).isEqualTo(GatewayEventOutcome.Status.APPLIED);
        assertThat(portal.invoiceNow().status()).isEqualTo(InvoiceStatus.PAID);

        WebhookResult won = portal.deliver(portal.event("evt_d2", "charge.dispute.closed", 20,
                dispute.deepCopy().put("status", "won")));
        assertThat(won.httpStatus()).isEqualTo(200);
        assertThat(portal.invoiceNow().status()).isEqualTo(InvoiceStatus.PAID);

        WebhookResult lost = portal.deliver(portal.event("evt_d3", "charge.dispute.closed", 30,
                dispute.deepCopy().put("status", "lost")));
        assertThat(statusOf(lost)).isEqualTo(GatewayEventOutcome.Status.APPLIED);
        assertThat(portal.invoiceNow().amountDue()).isEqualTo(Money.of("100.00", USD));
    }

    // ---- failures that pass ----

    @Test
    void whenTheStoreFails_StripeIsAskedToRetry_andTheRetryAppliesOnce() {
        String paid = portal.event("evt_paid", "checkout.session.completed", 1, portal.session("paid"));
        // every attempt fails: the transaction runner retries a lost race, and so does the use case around it
        portal.stores.failSavesOf(Payment.class, PortalRuntime.MAX_ATTEMPTS * PortalRuntime.MAX_ATTEMPTS);

        WebhookResult failed = portal.deliver(paid);

        assertThat(failed).isInstanceOf(WebhookResult.RetryLater.class);
        assertThat(failed.httpStatus()).isEqualTo(500);
        assertThat(portal.payments()).isEmpty();
        assertThat(portal.deliver(paid).httpStatus()).isEqualTo(200);
        assertThat(portal.deliver(paid).httpStatus()).isEqualTo(200);
        assertThat(portal.payments()).hasSize(1);
        assertThat(portal.invoiceNow().status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void whenStripeCannotBeRead_StripeIsAskedToRetry() {
        stripe.server.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_1")).willReturn(aResponse().withStatus(500)
                .withBody(StripeFixtures.error("api_error", "api_error", "down"))));

        WebhookResult result = portal.deliver(portal.event("evt_1", "checkout.session.completed", 1,
                portal.session("unpaid")));

        assertThat(result).isInstanceOf(WebhookResult.RetryLater.class);
        assertThat(portal.payments()).isEmpty();
    }

    private static ObjectNode charge(List<ObjectNode> refunds) {
        ObjectNode charge = StripeFixtures.object("charge").put("payment_intent", "pi_1").put("amount", 10000)
                .put("currency", "usd").put("refunded", true);
        ObjectNode list = StripeFixtures.JSON.createObjectNode().put("object", "list").put("has_more", false)
                .put("url", "/v1/charges/ch_1/refunds");
        list.set("data", StripeFixtures.JSON.valueToTree(refunds));
        charge.set("refunds", list);
        return charge;
    }

    private static List<List<Integer>> permutations(int n) {
        List<List<Integer>> all = new ArrayList<>();
        permute(new ArrayList<>(), n, all);
        return all;
    }

    private static void permute(List<Integer> prefix, int n, List<List<Integer>> all) {
        if (prefix.size() == n) {
            all.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < n; i++) {
            if (!prefix.contains(i)) {
                prefix.add(i);
                permute(prefix, n, all);
                prefix.remove(prefix.size() - 1);
            }
        }
    }
}
