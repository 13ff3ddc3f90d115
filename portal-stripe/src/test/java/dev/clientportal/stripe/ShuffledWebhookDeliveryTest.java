package dev.clientportal.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded, shuffled webhook deliveries to two handler instances sharing one set of stores (the in-memory stores with
 * row locks), from two threads: every event at least once, 30 % delivered again, plus forged and stale copies. The
 * forged and stale are all refused, and every invoice and payment ends as when each event is delivered once, in
 * order, to one instance. A small in-memory version of the suite that runs on the databases with portal-jpa.
 */
class ShuffledWebhookDeliveryTest {

    private static final String SECRET = "whsec_shuffled";
    private static final int INVOICES = 30;

    private final StripeStub stripe = new StripeStub();

    @AfterEach
    void stop() {
        stripe.close();
    }

    /** What happens to one invoice's payment at Stripe. */
    private enum Story { CARD, DEBIT_CLEARS, DEBIT_BOUNCES, CARD_THEN_REFUNDS }

    /** One portal with its invoices and a webhook handler per host instance. */
    private final class Portal {
        final PortalFixture fixture = PortalFixture.over(InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS));
        final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
        final Client client = fixture.client(owner, "Globex");
        final List<Invoice> invoices = new ArrayList<>();

        Portal() {
            for (int i = 0; i < INVOICES; i++) {
                invoices.add(fixture.issuedInvoice(owner, client, (100 + i) + ".00"));
            }
        }

        StripeWebhooks handler(ClientPortal instance) {
            return StripePaymentGateway.create(StripeSettings.builder("sk_test_portal").apiBase(stripe.base())
                            .maxNetworkRetries(0).successUrl(URI.create("https://portal.example/paid"))
                            .clock(fixture.clock).build(), fixture.stores)
                    .webhooks(instance.payments(), SECRET);
        }

        /** Every invoice's status and amount due, and its payments as (reference, status, amount, refunds). */
        List<String> state() {
            List<String> state = new ArrayList<>();
            for (Invoice invoice : invoices) {
                Invoice now = fixture.portal.invoicing().get(owner, invoice.id());
                state.add(now.number() + " " + now.status() + " " + now.amountDue());
                for (Payment payment : fixture.portal.payments().forInvoice(owner, invoice.id())) {
                    state.add("  " + payment.reference() + " " + payment.status() + " " + payment.amount() + " "
                            + payment.refunds().size());
                }
            }
            return state;
        }
    }

    @RepeatedTest(3)
    void shuffledDuplicatedAndForgedDeliveries_toTwoInstances_endAsInOrderDeliveryToOne() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String context = "seed " + seed;
        Portal inOrder = new Portal();
        Portal shuffled = new Portal();
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            stories.add(Story.values()[random.nextInt(Story.values().length)]);
            stubIntent(i, stories.get(i));
        }

        StripeWebhooks single = inOrder.handler(inOrder.fixture.portal);
        for (String payload : events(inOrder, stories)) {
            assertThat(deliver(single, inOrder, payload).httpStatus()).as(context).isEqualTo(200);
        }

        List<String> genuine = events(shuffled, stories);
        List<String> deliveries = new ArrayList<>(genuine);
        for (String payload : genuine) {
            if (random.nextInt(100) < 30) {
                deliveries.add(payload);
            }
        }
        Collections.shuffle(deliveries, random);
        List<Delivery> queue = new ArrayList<>();
        deliveries.forEach(payload -> queue.add(new Delivery(payload, Kind.GENUINE)));
        queue.add(random.nextInt(queue.size() + 1), new Delivery(genuine.get(0), Kind.FORGED));
        queue.add(random.nextInt(queue.size() + 1), new Delivery(genuine.get(0), Kind.STALE));
        for (String payload : genuine) {
            int roll = random.nextInt(100);
            if (roll < 5) {
                queue.add(random.nextInt(queue.size() + 1), new Delivery(payload, Kind.FORGED));
            } else if (roll < 10) {
                queue.add(random.nextInt(queue.size() + 1), new Delivery(payload, Kind.STALE));
            }
        }
        List<StripeWebhooks> handlers = List.of(shuffled.handler(shuffled.fixture.portal),
                shuffled.handler(shuffled.fixture.anotherInstance()));

        List<String> wrong = deliverConcurrently(shuffled, queue, handlers);

        assertThat(wrong).as(context).isEmpty();
        assertThat(shuffled.state()).as(context).isEqualTo(inOrder.state());
    }

    private enum Kind { GENUINE, FORGED, STALE }

    private record Delivery(String payload, Kind kind) {
    }

    /** Two threads, each its own handler, take deliveries from one queue; a 500 is delivered again, as Stripe does. */
    private List<String> deliverConcurrently(Portal portal, List<Delivery> deliveries, List<StripeWebhooks> handlers)
            throws Exception {
        ConcurrentLinkedQueue<Delivery> queue = new ConcurrentLinkedQueue<>(deliveries);
        List<String> wrong = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(handlers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (StripeWebhooks handler : handlers) {
                running.add(threads.submit(() -> {
                    for (Delivery next = queue.poll(); next != null; next = queue.poll()) {
                        WebhookResult result = deliver(handler, portal, next);
                        if (result instanceof WebhookResult.RetryLater) {
                            queue.add(next);
                        } else if ((next.kind() == Kind.GENUINE) != (result.httpStatus() == 200)) {
                            wrong.add(next.kind() + " answered " + result);
                        }
                    }
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return wrong;
    }

    private static WebhookResult deliver(StripeWebhooks handler, Portal portal, String payload) {
        return deliver(handler, portal, new Delivery(payload, Kind.GENUINE));
    }

    private static WebhookResult deliver(StripeWebhooks handler, Portal portal, Delivery delivery) {
        Instant now = portal.fixture.clock.instant();
        return switch (delivery.kind()) {
            case GENUINE -> handler.handle(delivery.payload(), SignedEvents.signature(delivery.payload(), SECRET, now));
            // half altered after signing, half signed without the secret
            case FORGED -> delivery.payload().hashCode() % 2 == 0
                    ? handler.handle(delivery.payload().replace("\"id\":\"evt_", "\"id\":\"evt_x"),
                            SignedEvents.signature(delivery.payload(), SECRET, now))
                    : handler.handle(delivery.payload(), SignedEvents.signature(delivery.payload(), "whsec_guess", now));
            case STALE -> handler.handle(delivery.payload(), SignedEvents.signature(delivery.payload(), SECRET,
                    now.minus(Duration.ofMinutes(10))));
        };
    }

    /** What Stripe reports when asked about payment {@code i} now: how its story ended. */
    private void stubIntent(int i, Story story) {
        String status = story == Story.DEBIT_BOUNCES ? "requires_payment_method" : "succeeded";
        stripe.server.stubFor(get(urlPathEqualTo("/v1/payment_intents/pi_" + i)).willReturn(okJson(
                StripeFixtures.paymentIntent("pi_" + i, 100, "usd", status, Map.of()).toString())));
    }

    /** The events of every invoice's story, in the order Stripe sends them. */
    private static List<String> events(Portal portal, List<Story> stories) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Invoice invoice = portal.invoices.get(i);
            Map<String, String> metadata = StripeMetadata.of(portal.owner.workspaceId(), portal.client.id(),
                    invoice.id(), invoice.number(), "Amount due");
            long amount = invoice.amountDue().minorUnits();
            String pi = "pi_" + i;
            Instant at = Instant.parse(PortalFixture.START).plusSeconds(60L * i);
            ObjectNode unpaid = StripeFixtures.checkoutSession("cs_" + i, amount, "usd", "unpaid", pi, metadata);
            ObjectNode paid = StripeFixtures.checkoutSession("cs_" + i, amount, "usd", "paid", pi, metadata);
            switch (stories.get(i)) {
                case CARD, CARD_THEN_REFUNDS -> {
                    events.add(SignedEvents.event("evt_" + i + "_1", "checkout.session.completed", at, paid));
                    events.add(SignedEvents.event("evt_" + i + "_2", "payment_intent.succeeded", at,
                            StripeFixtures.paymentIntent(pi, amount, "usd", "succeeded", metadata)));
                }
                case DEBIT_CLEARS, DEBIT_BOUNCES -> {
                    boolean clears = stories.get(i) == Story.DEBIT_CLEARS;
                    events.add(SignedEvents.event("evt_" + i + "_1", "checkout.session.completed", at, unpaid));
                    events.add(SignedEvents.event("evt_" + i + "_2", "payment_intent.processing", at,
                            StripeFixtures.paymentIntent(pi, amount, "usd", "processing", metadata)));
                    events.add(SignedEvents.event("evt_" + i + "_3", clears
                            ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed",
                            at.plusSeconds(5), clears ? paid : unpaid));
                    events.add(SignedEvents.event("evt_" + i + "_4", clears
                            ? "payment_intent.succeeded" : "payment_intent.payment_failed", at.plusSeconds(5),
                            StripeFixtures.paymentIntent(pi, amount, "usd",
                                    clears ? "succeeded" : "requires_payment_method", metadata)));
                }
            }
            if (stories.get(i) == Story.CARD_THEN_REFUNDS) {
                ObjectNode charge = StripeFixtures.object("charge").put("id", "ch_" + i).put("payment_intent", pi)
                        .put("amount", amount).put("currency", "usd").put("refunded", false);
                charge.set("metadata", StripeFixtures.JSON.valueToTree(metadata));
                ObjectNode list = StripeFixtures.JSON.createObjectNode().put("object", "list").put("has_more", false)
                        .put("url", "/v1/charges/ch_" + i + "/refunds");
                list.set("data", StripeFixtures.JSON.valueToTree(List.of(
                        StripeFixtures.refund("re_" + i, 1000, "usd", "succeeded", pi))));
                charge.set("refunds", list);
                events.add(SignedEvents.event("evt_" + i + "_5", "charge.refunded", at.plusSeconds(10), charge));
            }
        }
        return events;
    }
}
