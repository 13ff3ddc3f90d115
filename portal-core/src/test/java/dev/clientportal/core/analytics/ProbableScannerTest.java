package dev.clientportal.core.analytics;

import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.DocumentLinkPrincipal;
import dev.clientportal.core.access.SharedLink;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view seconds after the send is a probable scanner: it counts only if its address comes back later, and then
 * from its own time.
 */
class ProbableScannerTest {

    private static final Instant SENT = Instant.parse(PortalFixture.START);
    private static final ClientRequest FROM_X = PortalFixture.browserAt("198.51.100.7");
    private static final ClientRequest FROM_Y = PortalFixture.browserAt("203.0.113.99");

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Analytics analytics = fixture.portal.analytics();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");
    private final Invoice other = fixture.issuedInvoice(acme, globex, "200.00");
    private final SharedLink shared = fixture.portal.access().shareDocument(acme, ref(invoice), Optional.empty());
    private final DocumentLinkPrincipal holder = fixture.portal.access().openDocumentLink(shared.token(), FROM_X);

    @Test
    void aViewSecondsAfterTheShare_isAProbableScanner_thatDoesNotCountYet() {
        ViewOutcome outcome = viewAt(SENT.plusSeconds(3), FROM_X);

        assertThat(outcome).isEqualTo(new ViewOutcome(ViewClass.PROBABLE_SCANNER, false, false));
        assertThat(analytics.engagement(acme, ref(invoice))).isEmpty();
        assertThat(analytics.clientLastSeen(acme, globex.id())).isEmpty();
        assertThat(fixture.eventsOf(DocumentFirstViewed.class)).isEmpty();
    }

    @Test
    void whenTheAddressComesBackLater_theEarlierViewBecomesHuman_andEngagementStartsFromIt() {
        viewAt(SENT.plusSeconds(3), FROM_X);

        ViewOutcome returning = viewAt(SENT.plus(Duration.ofHours(2)), FROM_X);

        assertThat(returning).isEqualTo(new ViewOutcome(ViewClass.HUMAN, true, true));
        assertThat(analytics.engagement(acme, ref(invoice))).hasValueSatisfying(seen -> {
            assertThat(seen.firstViewedAt()).isEqualTo(SENT.plusSeconds(3));
            assertThat(seen.lastViewedAt()).isEqualTo(SENT.plus(Duration.ofHours(2)));
            assertThat(seen.humanViews()).isEqualTo(2);
            assertThat(seen.uniqueViewers()).isEqualTo(1);
        });
        assertThat(analytics.views(acme, ref(invoice), 10)).extracting(DocumentView::classification)
                .containsExactly(ViewClass.HUMAN, ViewClass.HUMAN);
        assertThat(fixture.eventsOf(DocumentFirstViewed.class)).singleElement()
                .satisfies(event -> assertThat(event.document()).isEqualTo(ref(invoice)));
    }

    @Test
    void thePromotedView_isTheFirstViewTheNoticeReports() {
        viewAt(SENT.plusSeconds(3), FROM_X);

        viewAt(SENT.plus(Duration.ofHours(2)), FROM_X);

        assertThat(fixture.eventsOf(DocumentFirstViewed.class)).singleElement().satisfies(event -> {
            assertThat(event.viewedAt()).isEqualTo(SENT.plusSeconds(3))
                    .isEqualTo(analytics.engagement(acme, ref(invoice)).orElseThrow().firstViewedAt());
            assertThat(event.viewerKey()).isEqualTo("link:" + shared.link().id());
            assertThat(event.occurredAt()).isEqualTo(SENT.plus(Duration.ofHours(2)));
        });
    }

    @Test
    void whenTheAddressComesBackWithinTheDedupWindow_thePromotedViewIsTheOneThatCounts() {
        viewAt(SENT.plusSeconds(3), FROM_X);

        ViewOutcome returning = viewAt(SENT.plus(Duration.ofMinutes(10)), FROM_X);

        assertThat(returning).isEqualTo(new ViewOutcome(ViewClass.HUMAN, false, true));
        assertThat(analytics.engagement(acme, ref(invoice))).hasValueSatisfying(seen -> {
            assertThat(seen.firstViewedAt()).isEqualTo(SENT.plusSeconds(3));
            assertThat(seen.lastViewedAt()).isEqualTo(SENT.plus(Duration.ofMinutes(10)));
            assertThat(seen.humanViews()).isEqualTo(1);
        });
    }

    @Test
    void aProbableScannerWhoseAddressNeverComesBack_neverCounts() {
        viewAt(SENT.plusSeconds(3), FROM_X);
        ContactPrincipal ana = fixture.signIn(acme, fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING))
                .principal();
        fixture.clock.set(SENT.plus(Duration.ofHours(2)));

        analytics.recordView(ana, ref(invoice), FROM_Y);

        assertThat(analytics.engagement(acme, ref(invoice))).hasValueSatisfying(seen -> {
            assertThat(seen.firstViewedAt()).isEqualTo(SENT.plus(Duration.ofHours(2)));
            assertThat(seen.humanViews()).isEqualTo(1);
        });
        assertThat(analytics.views(acme, ref(invoice), 10)).extracting(DocumentView::classification)
                .containsExactly(ViewClass.HUMAN, ViewClass.PROBABLE_SCANNER);
    }

    @Test
    void theAddressComingBackToAnotherDocument_promotesNothing() {
        viewAt(SENT.plusSeconds(3), FROM_X);
        ContactPrincipal ana = fixture.signIn(acme, fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING))
                .principal();
        fixture.clock.set(SENT.plus(Duration.ofHours(2)));

        analytics.recordView(ana, ref(other), FROM_X);

        assertThat(analytics.engagement(acme, ref(invoice))).isEmpty();
    }

    @Test
    void aKnownScanner_isNeverPromoted() {
        fixture.clock.set(SENT.plusSeconds(2));
        analytics.recordView(holder, ref(invoice), ClientRequest.get("198.51.100.7", "Mimecast URL Protect"));

        viewAt(SENT.plus(Duration.ofHours(2)), FROM_X);

        assertThat(analytics.engagement(acme, ref(invoice))).hasValueSatisfying(seen -> {
            assertThat(seen.firstViewedAt()).isEqualTo(SENT.plus(Duration.ofHours(2)));
            assertThat(seen.humanViews()).isEqualTo(1);
        });
    }

    @Test
    void aSendTheHostRecords_makesEarlyViewsSuspectToo() {
        ContactPrincipal ana = signedInSecondsAfterTheHostSentOther();

        assertThat(analytics.recordView(ana, ref(other), FROM_Y).classification())
                .isEqualTo(ViewClass.PROBABLE_SCANNER);
    }

    @Test
    void theInvoicePageOpenedSecondsAfterASend_recordsAProbableScanner_withTheSendItReadWithTheInvoice() {
        ContactPrincipal ana = signedInSecondsAfterTheHostSentOther();

        fixture.portal.clientViews().invoice(ana, other.id(), FROM_Y);

        assertThat(analytics.views(acme, ref(other), 10)).extracting(DocumentView::classification)
                .containsExactly(ViewClass.PROBABLE_SCANNER);
        assertThat(analytics.engagement(acme, ref(other))).isEmpty();
    }

    /** A day after the share the host records a send of the other invoice; Ana signs in and looks 5 s after it. */
    private ContactPrincipal signedInSecondsAfterTheHostSentOther() {
        fixture.clock.set(SENT.plus(Duration.ofDays(1)));
        analytics.recordSent(acme, ref(other));
        ContactPrincipal ana = fixture.signIn(acme, fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING))
                .principal();
        fixture.clock.advance(Duration.ofSeconds(5));
        return ana;
    }

    private ViewOutcome viewAt(Instant at, ClientRequest request) {
        fixture.clock.set(at);
        return analytics.recordView(holder, ref(invoice), request);
    }
}
