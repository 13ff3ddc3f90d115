package dev.clientportal.stripe;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.jpa.JpaPortalStores;
import dev.clientportal.jpa.JpaTestInstances;
import dev.clientportal.stripe.WebhookTraffic.Delivery;
import dev.clientportal.stripe.WebhookTraffic.Kind;
import dev.clientportal.stripe.WebhookTraffic.Shop;
import dev.clientportal.stripe.WebhookTraffic.Story;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook suite on a database: on PostgreSQL and MariaDB over ten thousand locally signed deliveries (every event
 * of 2,400 invoices' payments once, 30 % twice, 5 % forged, 5 % stale), on H2 a third of that, shuffled, to two host
 * instances — two portals on two persistence units
 * over one database — from several threads. Every forged and stale delivery is refused, every genuine one accepted,
 * and the invoices and payments end exactly as when each event is delivered once, in order, to one portal: each
 * payment recorded once, each refund applied once.
 */
abstract class ShuffledWebhookDeliveryOnDatabaseSuite {

    private static final int THREADS = 8;

    private final StripeStub stripe = new StripeStub();

    /** {@code h2}, {@code postgresql} or {@code mariadb}. */
    abstract String vendor();

    /** Invoices whose payments' events are delivered: 2,400 make over ten thousand deliveries. */
    int invoices() {
        return 2_400;
    }

    /** Fewer deliveries than this fail the run: the suite would prove less than it says. */
    int minimumDeliveries() {
        return 10_000;
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Test
    void shuffledDeliveries_toTwoInstancesOnOneDatabase_endAsInOrderDeliveryToOne() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String context = vendor() + ", seed " + seed;
        List<Story> stories = WebhookTraffic.stories(random, invoices());
        WebhookTraffic.stubIntents(stripe);
        Shop inOrder = new Shop(PortalFixture.over(InMemoryStores.create()), invoices(), 1);
        StripeWebhooks single = inOrder.handler(inOrder.fixture.portal, inOrder.fixture.stores, stripe.base());
        for (String payload : inOrder.events(stories)) {
            assertThat(WebhookTraffic.deliver(single, inOrder.fixture.clock.instant(),
                    new Delivery(payload, Kind.GENUINE)).httpStatus()).as(context).isEqualTo(200);
        }

        try (JpaTestInstances database = JpaTestInstances.onEmptied(vendor())) {
            JpaPortalStores first = database.first();
            JpaPortalStores second = database.another();
            Shop shop = new Shop(PortalFixture.over(first), invoices(), THREADS);
            ClientPortal secondInstance = shop.fixture.anotherInstance(second);
            List<Delivery> deliveries = WebhookTraffic.deliveries(shop.events(stories), random);
            List<StripeWebhooks> handlers = List.of(shop.handler(shop.fixture.portal, first, stripe.base()),
                    shop.handler(secondInstance, second, stripe.base()));

            List<String> wrong = WebhookTraffic.deliverConcurrently(shop.fixture.clock::instant, deliveries,
                    handlers, THREADS);

            assertThat(deliveries.size()).as(context).isGreaterThan(minimumDeliveries());
            assertThat(deliveries.stream().filter(delivery -> delivery.kind() != Kind.GENUINE).count())
                    .as(context).isGreaterThan(minimumDeliveries() / 20);
            assertThat(wrong).as(context).isEmpty();
            assertThat(shop.state()).as(context).isEqualTo(inOrder.state());
        }
    }
}
