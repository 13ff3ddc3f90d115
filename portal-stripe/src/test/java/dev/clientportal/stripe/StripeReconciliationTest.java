package dev.clientportal.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Events Stripe lists for a workspace, applied by the reconciliation alongside the webhooks, each once. */
class StripeReconciliationTest {

    private static final String SECRET = "whsec_reconciliation";
    private static final String EVENTS = "/v1/events";
    private static final Instant SINCE = Instant.parse(PortalFixture.START).minusSeconds(3_600);

    private final StripeStub stripe = new StripeStub();
    private final PortalFixture fixture = PortalFixture.over(InMemoryStores.create());
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");

    @AfterEach
    void stop() {
        stripe.close();
    }

    private StripePaymentGateway gateway(ConnectedAccounts accounts) {
        return StripePaymentGateway.create(StripeSettings.builder("sk_test_portal").apiBase(stripe.base())
                .maxNetworkRetries(0).successUrl(URI.create("https://portal.example/paid")).connectedAccounts(accounts)
                .clock(fixture.clock).build(), fixture.stores);
    }

    private StripeReconciliation reconciliation() {
        return gateway(ConnectedAccounts.none()).reconciliation(fixture.portal.payments());
    }

    private String paidEvent(String id, String intent, Invoice paid, WorkspaceId workspace, Client client) {
        Map<String, String> metadata = StripeMetadata.of(workspace, client.id(), paid.id(), paid.number(),
                "Amount due");
        return SignedEvents.event(id, "checkout.session.completed", Instant.parse(PortalFixture.START),
                StripeFixtures.checkoutSession("cs_" + id, paid.amountDue().minorUnits(), "usd", "paid", intent,
                        metadata));
    }

    private String paidEvent(String id, String intent) {
        return paidEvent(id, intent, invoice, owner.workspaceId(), globex);
    }

    /** One page of {@code /v1/events}, newest first as Stripe lists them. */
    private static String page(boolean hasMore, String... events) {
        ObjectNode page = StripeFixtures.JSON.createObjectNode().put("object", "list").put("url", EVENTS)
                .put("has_more", hasMore);
        var data = page.putArray("data");
        for (String event : events) {
            data.add(read(event));
        }
        return page.toString();
    }

    private static JsonNode read(String json) {
        try {
            return StripeFixtures.JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void eventsAre(String page) {
        stripe.server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(okJson(page)));
    }

    private List<Payment> payments() {
        return fixture.portal.payments().forInvoice(owner, invoice.id());
    }

    @Test
    void anEventNoWebhookBrought_isApplied_andTheListingAsksForTheHandledTypesSinceTheTime() {
        eventsAre(page(false, paidEvent("evt_missed", "pi_1")));

        ReconciliationReport report = reconciliation().run(owner.workspaceId(), SINCE);

        assertThat(report).isEqualTo(new ReconciliationReport(1, 1, List.of(), List.of()));
        assertThat(fixture.portal.invoicing().get(owner, invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(payments()).singleElement().satisfies(payment -> {
            assertThat(payment.reference()).isEqualTo("pi_1");
            assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        });
        LoggedRequest listing = stripe.server.findAll(getRequestedFor(urlPathEqualTo(EVENTS))).get(0);
        Map<String, String> query = StripeStub.query(listing);
        assertThat(query).containsEntry("created[gte]", Long.toString(SINCE.getEpochSecond()))
                .containsEntry("limit", "100")
                .doesNotContainKey("starting_after");
        assertThat(query.entrySet().stream().filter(e -> e.getKey().startsWith("types[")).map(Map.Entry::getValue))
                .containsExactlyInAnyOrderElementsOf(StripeReconciliation.TYPES);
        assertThat(listing.containsHeader("Stripe-Account")).isFalse();
    }

    @Test
    void anEventAWebhookApplied_isNotAppliedAgain_andARunRepeatedChangesNothing() {
        String paid = paidEvent("evt_paid", "pi_1");
        StripeWebhooks webhooks = gateway(ConnectedAccounts.none()).webhooks(fixture.portal.payments(), SECRET);
        assertThat(webhooks.handle(paid, SignedEvents.signature(paid, SECRET, fixture.clock.instant())).httpStatus())
                .isEqualTo(200);
        eventsAre(page(false, paid));

        ReconciliationReport first = reconciliation().run(owner.workspaceId(), SINCE);
        ReconciliationReport second = reconciliation().run(owner.workspaceId(), SINCE);

        assertThat(first).isEqualTo(new ReconciliationReport(1, 1, List.of(), List.of()));
        assertThat(second).isEqualTo(first);
        assertThat(payments()).hasSize(1);
        assertThat(fixture.portal.invoicing().get(owner, invoice.id()).amountDue())
                .isEqualTo(Money.of("0.00", USD));
    }

    @Test
    void everyPageIsListed_andEveryEventOnItIsApplied() {
        Invoice second = fixture.issuedInvoice(owner, globex, "50.00");
        String refunded = refundedEvent("evt_3_refund", "pi_1", 2_500);
        stripe.server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("starting_after", absent())
                .willReturn(okJson(page(true, refunded, paidEvent("evt_2", "pi_2", second, owner.workspaceId(),
                        globex)))));
        stripe.server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("starting_after", equalTo("evt_2"))
                .willReturn(okJson(page(false, paidEvent("evt_1", "pi_1")))));

        ReconciliationReport report = reconciliation().run(owner.workspaceId(), SINCE);

        assertThat(report).isEqualTo(new ReconciliationReport(3, 3, List.of(), List.of()));
        assertThat(stripe.server.findAll(getRequestedFor(urlPathEqualTo(EVENTS)))).hasSize(2);
        assertThat(fixture.portal.invoicing().get(owner, second.id()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(payments()).singleElement().satisfies(payment -> {
            assertThat(payment.refunds()).hasSize(1);
            assertThat(payment.refunded()).isEqualTo(Money.of("25.00", USD));
        });
        assertThat(fixture.portal.invoicing().get(owner, invoice.id()).amountDue())
                .isEqualTo(Money.of("25.00", USD));
    }

    @Test
    void aConnectedWorkspace_isListedOnItsAccount_andAnotherWorkspacesEventsAreLeftToItsOwnRun() {
        StaffPrincipal otherOwner = fixture.workspace("Initech", USD);
        Client otherClient = fixture.client(otherOwner, "Hooli");
        Invoice otherInvoice = fixture.issuedInvoice(otherOwner, otherClient, "70.00");
        eventsAre(page(false, paidEvent("evt_theirs", "pi_9", otherInvoice, otherOwner.workspaceId(), otherClient),
                paidEvent("evt_ours", "pi_1")));
        StripeReconciliation connected = gateway(workspace -> Optional.of(ConnectedAccount.of("acct_Acme")))
                .reconciliation(fixture.portal.payments());

        ReconciliationReport report = connected.run(owner.workspaceId(), SINCE);

        assertThat(report).isEqualTo(new ReconciliationReport(1, 1, List.of(), List.of()));
        assertThat(stripe.server.findAll(getRequestedFor(urlPathEqualTo(EVENTS))).get(0)
                .getHeader("Stripe-Account")).isEqualTo("acct_Acme");
        assertThat(payments()).hasSize(1);
        assertThat(fixture.portal.payments().forInvoice(otherOwner, otherInvoice.id())).isEmpty();
    }

    @Test
    void anEventOfAnotherApiVersion_isReportedRefused_andTheOthersAreStillApplied() {
        Map<String, String> metadata = StripeMetadata.of(owner.workspaceId(), globex.id(), invoice.id(),
                invoice.number(), "Amount due");
        String old = SignedEvents.event("evt_old", "checkout.session.completed", Instant.parse(PortalFixture.START),
                StripeFixtures.checkoutSession("cs_old", 10000, "usd", "paid", "pi_old", metadata), "2020-08-27",
                null);
        eventsAre(page(false, old, paidEvent("evt_new", "pi_1")));

        ReconciliationReport report = reconciliation().run(owner.workspaceId(), SINCE);

        assertThat(report.listed()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.refused()).singleElement().asString().contains("evt_old", "2020-08-27");
        assertThat(report.complete()).isFalse();
        assertThat(payments()).extracting(Payment::reference).containsExactly("pi_1");
    }

    @Test
    void stripeUnreachable_failsRetryably_andAppliesNothing() {
        stripe.server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(503)
                .withBody(StripeFixtures.error("api_error", "", "unavailable"))));

        assertRejected(() -> reconciliation().run(owner.workspaceId(), SINCE), ErrorCode.GATEWAY_UNAVAILABLE);
        assertThat(payments()).isEmpty();
    }

    private String refundedEvent(String id, String intent, long amount) {
        Map<String, String> metadata = StripeMetadata.of(owner.workspaceId(), globex.id(), invoice.id(),
                invoice.number(), "Amount due");
        ObjectNode charge = StripeFixtures.object("charge").put("id", "ch_" + id).put("payment_intent", intent)
                .put("amount", 10000).put("currency", "usd").put("refunded", false);
        charge.set("metadata", StripeFixtures.JSON.valueToTree(metadata));
        ObjectNode list = StripeFixtures.JSON.createObjectNode().put("object", "list").put("has_more", false)
                .put("url", "/v1/charges/ch_" + id + "/refunds");
        list.set("data", StripeFixtures.JSON.valueToTree(List.of(
                StripeFixtures.refund("re_" + id, amount, "usd", "succeeded", intent))));
        charge.set("refunds", list);
        return SignedEvents.event(id, "charge.refunded", Instant.parse(PortalFixture.START).plusSeconds(60), charge);
    }
}
