package dev.clientportal.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.testing.PortalFixture;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.clientportal.core.money.CurrencyUnit.USD;

/**
 * Seeded webhook traffic about many invoices, for the suites that deliver it shuffled to several handler instances
 * (in memory, and on each database): what each invoice's payment does at Stripe, the events Stripe sends about it,
 * deliveries of them with 30 % sent again, 5 % forged and 5 % stale copies, delivered from several threads, and the
 * state the portal ends in.
 */
final class WebhookTraffic {

    static final String SECRET = "whsec_shuffled";

    /** How often a delivery answered 500 is sent again before the suite calls it lost. */
    private static final int MAX_ATTEMPTS = 50;

    /** Drafts issued in one call. */
    private static final int ISSUED_TOGETHER = 100;

    private WebhookTraffic() {
    }

    /** What happens to one invoice's payment at Stripe. */
    enum Story { CARD, DEBIT_CLEARS, DEBIT_BOUNCES, CARD_THEN_REFUNDS }

    /** How a delivery was made: signed by Stripe, forged, or replayed with an old signature. */
    enum Kind { GENUINE, FORGED, STALE }

    /** One delivery of an event's payload. */
    record Delivery(String payload, Kind kind) {
    }

    /** A story per invoice, drawn from the seeded random. */
    static List<Story> stories(Random random, int invoices) {
        List<Story> stories = new ArrayList<>();
        for (int i = 0; i < invoices; i++) {
            stories.add(Story.values()[random.nextInt(Story.values().length)]);
        }
        return stories;
    }

    /**
     * What Stripe answers when asked about a PaymentIntent now: a bounced debit's ({@code pi_<n>_bounced}) needs a
     * new payment method, every other has succeeded.
     */
    static void stubIntents(StripeStub stripe) {
        stripe.server.stubFor(get(urlPathMatching("/v1/payment_intents/pi_[0-9]+")).willReturn(okJson(
                StripeFixtures.paymentIntent("pi_0", 100, "usd", "succeeded", Map.of()).toString())));
        stripe.server.stubFor(get(urlPathMatching("/v1/payment_intents/pi_[0-9]+_bounced")).willReturn(okJson(
                StripeFixtures.paymentIntent("pi_0_bounced", 100, "usd", "requires_payment_method", Map.of())
                        .toString())));
    }

    /**
     * Every genuine event delivered at least once, 30 % of them twice, shuffled; then forged and stale copies of 5 %
     * each (and of the first event) put in at random places.
     */
    static List<Delivery> deliveries(List<String> genuine, Random random) {
        List<Delivery> deliveries = new ArrayList<>();
        for (String payload : genuine) {
            deliveries.add(new Delivery(payload, Kind.GENUINE));
            if (random.nextInt(100) < 30) {
                deliveries.add(new Delivery(payload, Kind.GENUINE));
            }
        }
        Collections.shuffle(deliveries, random);
        deliveries.add(random.nextInt(deliveries.size() + 1), new Delivery(genuine.get(0), Kind.FORGED));
        deliveries.add(random.nextInt(deliveries.size() + 1), new Delivery(genuine.get(0), Kind.STALE));
        for (String payload : genuine) {
            int roll = random.nextInt(100);
            if (roll < 5) {
                deliveries.add(random.nextInt(deliveries.size() + 1), new Delivery(payload, Kind.FORGED));
            } else if (roll < 10) {
                deliveries.add(random.nextInt(deliveries.size() + 1), new Delivery(payload, Kind.STALE));
            }
        }
        return deliveries;
    }

    /**
     * Threads take deliveries from one queue, each thread through one of the handlers (handlers taken in turn); a
     * delivery answered 500 is sent again later, as Stripe does.
     *
     * @return every answer that was wrong: a genuine delivery not accepted, a forged or stale one not refused, one
     *         retried too often
     */
    static List<String> deliverConcurrently(Supplier<Instant> now, List<Delivery> deliveries,
                                            List<StripeWebhooks> handlers, int threads) throws Exception {
        ConcurrentLinkedQueue<Attempt> queue = new ConcurrentLinkedQueue<>();
        deliveries.forEach(delivery -> queue.add(new Attempt(delivery, 1)));
        List<String> wrong = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                StripeWebhooks handler = handlers.get(t % handlers.size());
                running.add(pool.submit(() -> {
                    for (Attempt next = queue.poll(); next != null; next = queue.poll()) {
                        WebhookResult result = deliver(handler, now.get(), next.delivery());
                        if (result instanceof WebhookResult.RetryLater && next.number() < MAX_ATTEMPTS) {
                            queue.add(new Attempt(next.delivery(), next.number() + 1));
                        } else if ((next.delivery().kind() == Kind.GENUINE) != (result.httpStatus() == 200)) {
                            wrong.add(next.delivery().kind() + " answered " + result);
                        }
                    }
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return wrong;
    }

    private record Attempt(Delivery delivery, int number) {
    }

    /** Delivers once, signed at {@code now}: genuinely, forged (half altered after signing, half signed with a guessed
     * secret), or with a signature ten minutes old. */
    static WebhookResult deliver(StripeWebhooks handler, Instant now, Delivery delivery) {
        String payload = delivery.payload();
        return switch (delivery.kind()) {
            case GENUINE -> handler.handle(payload, SignedEvents.signature(payload, SECRET, now));
            case FORGED -> payload.hashCode() % 2 == 0
                    ? handler.handle(payload.replace("\"id\":\"evt_", "\"id\":\"evt_x"),
                            SignedEvents.signature(payload, SECRET, now))
                    : handler.handle(payload, SignedEvents.signature(payload, "whsec_guess", now));
            case STALE -> handler.handle(payload, SignedEvents.signature(payload, SECRET,
                    now.minus(Duration.ofMinutes(10))));
        };
    }

    /** One workspace's client with issued invoices, on one portal; invoice {@code i} is of {@code 100 + i} dollars. */
    static final class Shop {

        final PortalFixture fixture;
        final StaffPrincipal owner;
        final Client client;
        final List<Invoice> invoices;

        /**
         * Creates the drafts and issues them a hundred at a time, from {@code threads} threads (numbers follow no
         * order then; the state names none).
         */
        Shop(PortalFixture fixture, int invoices, int threads) throws Exception {
            this.fixture = fixture;
            this.owner = fixture.workspace("Acme Design", USD);
            this.client = fixture.client(owner, "Globex");
            Invoice[] issued = new Invoice[invoices];
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int from = 0; from < invoices; from += ISSUED_TOGETHER) {
                    int first = from;
                    int end = Math.min(invoices, from + ISSUED_TOGETHER);
                    running.add(pool.submit(() -> {
                        List<InvoiceId> drafts = new ArrayList<>();
                        for (int i = first; i < end; i++) {
                            drafts.add(fixture.portal.invoicing().createDraft(owner, DraftInvoice.forClient(client.id())
                                    .line("Consulting", "1", "day", Money.of((100 + i) + ".00", USD))).id());
                        }
                        List<Invoice> batch = fixture.portal.invoicing().issueAll(owner, drafts);
                        for (int i = first; i < end; i++) {
                            issued[i] = batch.get(i - first);
                        }
                    }));
                }
                for (Future<?> thread : running) {
                    thread.get();
                }
            } finally {
                pool.shutdownNow();
            }
            this.invoices = Arrays.asList(issued);
        }

        /** The webhook handler of a host instance over its stores, reading from the stub as Stripe. */
        StripeWebhooks handler(ClientPortal instance, PortalStores stores, URI stripe) {
            return StripePaymentGateway.create(StripeSettings.builder("sk_test_portal").apiBase(stripe)
                            .maxNetworkRetries(0).successUrl(URI.create("https://portal.example/paid"))
                            .clock(fixture.clock).build(), stores)
                    .webhooks(instance.payments(), SECRET);
        }

        /** Each invoice's status and amount due, and its payments as (reference, status, amount, refunds). */
        List<String> state() {
            List<String> state = new ArrayList<>();
            for (int i = 0; i < invoices.size(); i++) {
                Invoice now = fixture.portal.invoicing().get(owner, invoices.get(i).id());
                state.add("invoice " + i + " " + now.status() + " " + now.amountDue());
                for (Payment payment : fixture.portal.payments().forInvoice(owner, now.id())) {
                    state.add("  " + payment.reference() + " " + payment.status() + " " + payment.amount() + " "
                            + payment.refunds().size());
                }
            }
            return state;
        }

        /** The events of every invoice's story, in the order Stripe sends them. */
        List<String> events(List<Story> stories) {
            List<String> events = new ArrayList<>();
            for (int i = 0; i < stories.size(); i++) {
                events.addAll(events(i, stories.get(i)));
            }
            return events;
        }

        private List<String> events(int i, Story story) {
            Invoice invoice = invoices.get(i);
            Map<String, String> metadata = StripeMetadata.of(owner.workspaceId(), client.id(), invoice.id(),
                    invoice.number(), "Amount due");
            long amount = invoice.amountDue().minorUnits();
            String pi = story == Story.DEBIT_BOUNCES ? "pi_" + i + "_bounced" : "pi_" + i;
            Instant at = Instant.parse(PortalFixture.START).plusSeconds(60L * i);
            ObjectNode unpaid = StripeFixtures.checkoutSession("cs_" + i, amount, "usd", "unpaid", pi, metadata);
            ObjectNode paid = StripeFixtures.checkoutSession("cs_" + i, amount, "usd", "paid", pi, metadata);
            List<String> events = new ArrayList<>();
            switch (story) {
                case CARD, CARD_THEN_REFUNDS -> {
                    events.add(SignedEvents.event("evt_" + i + "_1", "checkout.session.completed", at, paid));
                    events.add(SignedEvents.event("evt_" + i + "_2", "payment_intent.succeeded", at,
                            StripeFixtures.paymentIntent(pi, amount, "usd", "succeeded", metadata)));
                }
                case DEBIT_CLEARS, DEBIT_BOUNCES -> {
                    boolean clears = story == Story.DEBIT_CLEARS;
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
            if (story == Story.CARD_THEN_REFUNDS) {
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
            return events;
        }
    }
}
