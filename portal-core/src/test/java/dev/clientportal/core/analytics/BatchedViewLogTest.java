package dev.clientportal.core.analytics;

import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.DocumentLinkPrincipal;
import dev.clientportal.core.access.SharedLink;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With view batching on, the raw view log is written behind while counting stays immediate. */
class BatchedViewLogTest {

    private static final Instant START = Instant.parse(PortalFixture.START);
    private static final Duration DELAY = Duration.ofSeconds(10);

    private final PortalFixture fixture = PortalFixture.inMemory(builder -> builder.analyticsSettings(
            AnalyticsSettings.DEFAULTS.batchViews(3, DELAY)));
    private final Analytics analytics = fixture.portal.analytics();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final ContactPrincipal ana = fixture.signedInAs(acme, fixture.contact(acme, globex, "Ana Ruiz",
            Role.BILLING));
    private final Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

    @Test
    void views_areCountedAtOnce_butLoggedWhenTheBatchIsFull() {
        ViewOutcome outcome = analytics.recordView(ana, ref(invoice), fixture.browser());
        fixture.clock.advance(Duration.ofSeconds(1));
        analytics.recordView(ana, ref(invoice), fixture.browser());

        assertThat(outcome).isEqualTo(new ViewOutcome(ViewClass.HUMAN, true, true));
        assertThat(analytics.engagement(acme, ref(invoice)).orElseThrow().humanViews()).isEqualTo(1);
        assertThat(analytics.views(acme, ref(invoice), 10)).as("still queued").isEmpty();

        fixture.clock.advance(Duration.ofSeconds(1));
        analytics.recordView(ana, ref(invoice), fixture.browser());

        assertThat(analytics.views(acme, ref(invoice), 10)).extracting(DocumentView::at)
                .containsExactly(START.plusSeconds(2), START.plusSeconds(1), START);
    }

    @Test
    void flushViews_writesAPartialBatch_andReportsNothingLeft() {
        analytics.recordView(ana, ref(invoice), fixture.browser());

        assertThat(analytics.flushViews()).isZero();

        assertThat(analytics.views(acme, ref(invoice), 10)).singleElement()
                .satisfies(view -> assertThat(view.viewerKey()).isEqualTo(ana.viewerKey()));
    }

    @Test
    void aQuietPartialBatch_isWrittenByTheFirstViewAfterTheDelay() {
        analytics.recordView(ana, ref(invoice), fixture.browser());
        fixture.clock.advance(DELAY);

        analytics.recordView(ana, ref(invoice), fixture.browser());

        assertThat(analytics.views(acme, ref(invoice), 10)).hasSize(2);
    }

    @Test
    void probableScannerViews_skipTheQueue_soAPersonComingBackPromotesThem() {
        SharedLink shared = fixture.portal.access().shareDocument(acme, ref(invoice), Optional.empty());
        ClientRequest fromX = PortalFixture.browserAt("198.51.100.7");
        DocumentLinkPrincipal holder = fixture.portal.access().openDocumentLink(shared.token(), fromX);
        fixture.clock.advance(Duration.ofSeconds(3));
        assertThat(analytics.recordView(holder, ref(invoice), fromX).classification())
                .isEqualTo(ViewClass.PROBABLE_SCANNER);

        assertThat(analytics.views(acme, ref(invoice), 10)).as("written at once").hasSize(1);

        fixture.clock.advance(Duration.ofHours(2));
        ViewOutcome returning = analytics.recordView(holder, ref(invoice), fromX);

        assertThat(returning).isEqualTo(new ViewOutcome(ViewClass.HUMAN, true, true));
        assertThat(analytics.engagement(acme, ref(invoice)).orElseThrow().firstViewedAt())
                .isEqualTo(START.plusSeconds(3));
        assertThat(analytics.flushViews()).isZero();
        assertThat(analytics.views(acme, ref(invoice), 10)).extracting(DocumentView::classification)
                .containsExactly(ViewClass.HUMAN, ViewClass.HUMAN);
    }

    @Test
    void withoutBatching_flushViewsHasNothingToDo_andViewsAreLoggedAsTheyHappen() {
        PortalFixture unbatched = PortalFixture.inMemory();
        StaffPrincipal owner = unbatched.workspace("Acme", USD);
        Client client = unbatched.client(owner, "Globex");
        ContactPrincipal contact = unbatched.signedInAs(owner, unbatched.contact(owner, client, "Ana Ruiz",
                Role.BILLING));
        Invoice issued = unbatched.issuedInvoice(owner, client, "100.00");

        unbatched.portal.analytics().recordView(contact, ref(issued), unbatched.browser());

        assertThat(unbatched.portal.analytics().views(owner, ref(issued), 10)).hasSize(1);
        assertThat(unbatched.portal.analytics().flushViews()).isZero();
    }

    @Test
    void batchingSettings_areCheckedWithClearMessages() {
        assertThat(AnalyticsSettings.DEFAULTS.viewBatching()).isEqualTo(AnalyticsSettings.ViewBatching.OFF);
        assertThat(AnalyticsSettings.DEFAULTS.batchViews(1000, Duration.ofSeconds(1)).viewBatching())
                .isEqualTo(new AnalyticsSettings.ViewBatching(1000, Duration.ofSeconds(1)));
        assertInvalid("maxBatch", () -> AnalyticsSettings.DEFAULTS.batchViews(1, DELAY));
        assertInvalid("maxBatch", () -> AnalyticsSettings.DEFAULTS.batchViews(10_001, DELAY));
        assertInvalid("maxDelay", () -> AnalyticsSettings.DEFAULTS.batchViews(100, Duration.ZERO));
        assertInvalid("maxDelay", () -> AnalyticsSettings.DEFAULTS.batchViews(100, Duration.ofSeconds(-1)));
        assertInvalid("maxDelay", () -> AnalyticsSettings.DEFAULTS.batchViews(100, Duration.ofHours(2)));
    }

    private static void assertInvalid(String field, Runnable settings) {
        assertThatThrownBy(settings::run).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
            assertThat(e.field()).contains(field);
        });
    }
}
