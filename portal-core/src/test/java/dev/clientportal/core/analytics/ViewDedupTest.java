package dev.clientportal.core.analytics;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** Repeated views by one viewer within the window count once — across portal instances, not just within one. */
class ViewDedupTest {

    private static final Instant START = Instant.parse(PortalFixture.START);

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final ContactPrincipal ana = signedIn("Ana Ruiz");
    private final ContactPrincipal bob = signedIn("Bob Stone");
    private final Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
    private final Invoice other = fixture.issuedInvoice(acme, globex, "200.00");

    @Test
    void repeatedViewsWithinThirtyMinutes_countOnce_andAfterTheWindowAgain() {
        assertThat(viewAt(fixture.portal, ana, Duration.ZERO).counted()).isTrue();
        assertThat(viewAt(fixture.portal, ana, Duration.ofMinutes(10)).counted()).isFalse();
        assertThat(viewAt(fixture.portal, ana, Duration.ofMinutes(30).minusSeconds(1)).counted()).isFalse();
        assertThat(viewAt(fixture.portal, ana, Duration.ofMinutes(30)).counted()).isTrue();

        assertThat(engagement()).satisfies(seen -> {
            assertThat(seen.humanViews()).isEqualTo(2);
            assertThat(seen.uniqueViewers()).isEqualTo(1);
            assertThat(seen.firstViewedAt()).isEqualTo(START);
            assertThat(seen.lastViewedAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        });
    }

    @Test
    void theWindowStartsAtTheLastCountedView_notAtTheLastView() {
        for (int minutes = 0; minutes <= 60; minutes += 10) {
            viewAt(fixture.portal, ana, Duration.ofMinutes(minutes));
        }

        assertThat(engagement().humanViews()).as("counted at 0, 30 and 60 minutes").isEqualTo(3);
    }

    @Test
    void differentViewers_countSeparately() {
        viewAt(fixture.portal, ana, Duration.ZERO);
        viewAt(fixture.portal, bob, Duration.ofMinutes(1));
        viewAt(fixture.portal, ana, Duration.ofMinutes(2));

        assertThat(engagement().humanViews()).isEqualTo(2);
        assertThat(engagement().uniqueViewers()).isEqualTo(2);
    }

    @Test
    void oneViewer_countsSeparatelyForEachDocument() {
        viewAt(fixture.portal, ana, Duration.ZERO);

        assertThat(fixture.portal.analytics().recordView(ana, ref(other), fixture.browser()).counted()).isTrue();
    }

    @Test
    void theWindow_isConfigurable() {
        PortalFixture fiveMinutes = PortalFixture.inMemory(builder -> builder.analyticsSettings(new AnalyticsSettings(
                Duration.ofMinutes(5), ViewClassificationPolicy.defaults(), FollowUpPolicy.DEFAULTS)));
        StaffPrincipal owner = fiveMinutes.workspace("Acme", USD);
        Client client = fiveMinutes.client(owner, "Globex");
        ContactPrincipal viewer = fiveMinutes.signIn(owner, fiveMinutes.contact(owner, client, "Ana Ruiz",
                Role.VIEWER)).principal();
        Invoice issued = fiveMinutes.issuedInvoice(owner, client, "100.00");
        Analytics analytics = fiveMinutes.portal.analytics();

        analytics.recordView(viewer, ref(issued), fiveMinutes.browser());
        fiveMinutes.clock.advance(Duration.ofMinutes(5));
        analytics.recordView(viewer, ref(issued), fiveMinutes.browser());

        assertThat(analytics.engagement(owner, ref(issued)).orElseThrow().humanViews()).isEqualTo(2);
    }

    @Test
    void twoInstancesOverTheSameStores_countOneViewerOnceWithinTheWindow() {
        ClientPortal first = fixture.portal;
        ClientPortal second = fixture.anotherInstance();

        assertThat(viewAt(first, ana, Duration.ZERO).counted()).isTrue();
        assertThat(viewAt(second, ana, Duration.ofMinutes(5)).counted()).isFalse();
        assertThat(viewAt(second, ana, Duration.ofMinutes(31)).counted()).isTrue();
        assertThat(viewAt(first, ana, Duration.ofMinutes(40)).counted())
                .as("the first instance last counted at 0 minutes, but the stores know of 31").isFalse();

        assertThat(engagement().humanViews()).isEqualTo(2);
    }

    @Test
    void concurrentViewsOfOneViewerOnTwoInstances_countOnce() throws Exception {
        List<ClientPortal> instances = List.of(fixture.portal, fixture.anotherInstance());
        int threads = 8;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ViewOutcome>> outcomes = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                ClientPortal instance = instances.get(thread % 2);
                Callable<ViewOutcome> view = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return instance.analytics().recordView(ana, ref(invoice), fixture.browser());
                };
                outcomes.add(pool.submit(view));
            }
            long counted = 0;
            for (Future<ViewOutcome> outcome : outcomes) {
                counted += outcome.get(10, TimeUnit.SECONDS).counted() ? 1 : 0;
            }

            assertThat(counted).isEqualTo(1);
            assertThat(engagement().humanViews()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private ViewOutcome viewAt(ClientPortal instance, ContactPrincipal viewer, Duration afterStart) {
        fixture.clock.set(START.plus(afterStart));
        return instance.analytics().recordView(viewer, ref(invoice), fixture.browser());
    }

    private DocumentEngagement engagement() {
        return fixture.portal.analytics().engagement(acme, ref(invoice)).orElseThrow();
    }

    private ContactPrincipal signedIn(String name) {
        return fixture.signIn(acme, fixture.contact(acme, globex, name, Role.BILLING)).principal();
    }
}
