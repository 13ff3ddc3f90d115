package dev.clientportal.stripe;

import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.stripe.WebhookTraffic.Delivery;
import dev.clientportal.stripe.WebhookTraffic.Kind;
import dev.clientportal.stripe.WebhookTraffic.Shop;
import dev.clientportal.stripe.WebhookTraffic.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded, shuffled webhook deliveries to two handler instances sharing one set of stores (the in-memory stores with
 * row locks), from two threads: every event at least once, 30 % delivered again, plus forged and stale copies. The
 * forged and stale are all refused, and every invoice and payment ends as when each event is delivered once, in
 * order, to one instance. The small in-memory version of {@link ShuffledWebhookDeliveryOnDatabaseSuite}.
 */
class ShuffledWebhookDeliveryTest {

    private static final int INVOICES = 30;

    private final StripeStub stripe = new StripeStub();

    @AfterEach
    void stop() {
        stripe.close();
    }

    @RepeatedTest(3)
    void shuffledDuplicatedAndForgedDeliveries_toTwoInstances_endAsInOrderDeliveryToOne() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String context = "seed " + seed;
        List<Story> stories = WebhookTraffic.stories(random, INVOICES);
        WebhookTraffic.stubIntents(stripe);
        Shop inOrder = shop();
        StripeWebhooks single = inOrder.handler(inOrder.fixture.portal, inOrder.fixture.stores, stripe.base());
        for (String payload : inOrder.events(stories)) {
            assertThat(WebhookTraffic.deliver(single, inOrder.fixture.clock.instant(),
                    new Delivery(payload, Kind.GENUINE)).httpStatus()).as(context).isEqualTo(200);
        }

        Shop shuffled = shop();
        List<Delivery> deliveries = WebhookTraffic.deliveries(shuffled.events(stories), random);
        List<StripeWebhooks> handlers = List.of(
                shuffled.handler(shuffled.fixture.portal, shuffled.fixture.stores, stripe.base()),
                shuffled.handler(shuffled.fixture.anotherInstance(), shuffled.fixture.stores, stripe.base()));
        List<String> wrong = WebhookTraffic.deliverConcurrently(shuffled.fixture.clock::instant, deliveries,
                handlers, 2);

        assertThat(wrong).as(context).isEmpty();
        assertThat(shuffled.state()).as(context).isEqualTo(inOrder.state());
    }

    private static Shop shop() throws Exception {
        return new Shop(PortalFixture.over(InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS)), INVOICES, 1);
    }
}
