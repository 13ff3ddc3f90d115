package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoicingWiring;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** Recording a view: who, what, when, from where, and how the policy classified it. */
class RecordViewTest {

    private static final ClientRequest FROM_ANA = PortalFixture.browserAt("203.0.113.10");

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Analytics analytics = fixture.portal.analytics();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact anaContact = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
    private final ContactPrincipal ana = fixture.signIn(acme, anaContact).principal();
    private final Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

    @Test
    void aBrowserView_isHuman_countedAndRecordedWithItsEvidence() {
        fixture.clock.advance(Duration.ofHours(1));

        ViewOutcome outcome = analytics.recordView(ana, ref(invoice), FROM_ANA);

        assertThat(outcome).isEqualTo(new ViewOutcome(ViewClass.HUMAN, true, true));
        assertThat(analytics.views(acme, ref(invoice), 10)).singleElement().satisfies(view -> {
            assertThat(view.workspaceId()).isEqualTo(acme.workspaceId());
            assertThat(view.clientId()).isEqualTo(globex.id());
            assertThat(view.document()).isEqualTo(ref(invoice));
            assertThat(view.viewerKey()).isEqualTo("contact:" + anaContact.id());
            assertThat(view.channel()).isEqualTo(AccessChannel.SESSION);
            assertThat(view.at()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
            assertThat(view.address()).isEqualTo("203.0.113.10");
            assertThat(view.userAgent()).isEqualTo(PortalFixture.BROWSER);
            assertThat(view.method()).isEqualTo("GET");
            assertThat(view.classification()).isEqualTo(ViewClass.HUMAN);
        });
    }

    @Test
    void aStaffPreview_isInternal_andNeverCounts() {
        PortalPrincipal preview = PortalPrincipal.staffPreview(acme, globex.id());

        ViewOutcome outcome = analytics.recordView(preview, ref(invoice), FROM_ANA);

        assertThat(outcome).isEqualTo(new ViewOutcome(ViewClass.INTERNAL, false, false));
        assertThat(analytics.views(acme, ref(invoice), 10)).singleElement()
                .satisfies(view -> assertThat(view.viewerKey()).isEqualTo(acme.actor()));
        assertThat(analytics.engagement(acme, ref(invoice))).isEmpty();
    }

    @Test
    void scannersAndHeadRequests_areRecordedButNotCounted() {
        assertThat(analytics.recordView(ana, ref(invoice), ClientRequest.get("40.94.1.1",
                "Mozilla/5.0 (compatible; Microsoft SafeLinks)")).classification()).isEqualTo(ViewClass.LINK_SCANNER);
        assertThat(analytics.recordView(ana, ref(invoice), new ClientRequest("203.0.113.10", PortalFixture.BROWSER,
                "HEAD")).counted()).isFalse();

        assertThat(analytics.views(acme, ref(invoice), 10)).extracting(DocumentView::classification)
                .containsOnly(ViewClass.LINK_SCANNER);
        assertThat(analytics.engagement(acme, ref(invoice))).isEmpty();
    }

    @Test
    void theHostsPolicy_isTheOneThatClassifies() {
        ViewRule office = facts -> facts.request().address().equals("192.0.2.1") ? Optional.of(ViewClass.INTERNAL)
                : Optional.empty();
        PortalFixture custom = PortalFixture.inMemory(builder -> builder.analyticsSettings(
                AnalyticsSettings.DEFAULTS.withClassification(ViewClassificationPolicy.defaults().withRule(office))));
        StaffPrincipal owner = custom.workspace("Acme", USD);
        Client client = custom.client(owner, "Globex");
        ContactPrincipal contact = custom.signIn(owner, custom.contact(owner, client, "Ana Ruiz", Role.VIEWER))
                .principal();
        Invoice issued = custom.issuedInvoice(owner, client, "100.00");

        assertThat(custom.portal.analytics().recordView(contact, ref(issued),
                PortalFixture.browserAt("192.0.2.1")).classification()).isEqualTo(ViewClass.INTERNAL);
        assertThat(custom.portal.analytics().recordView(contact, ref(issued),
                PortalFixture.browserAt("192.0.2.2")).classification()).isEqualTo(ViewClass.HUMAN);
    }

    @Test
    void views_listsEveryClassNewestFirst_upToTheLimit() {
        for (int i = 0; i < 4; i++) {
            analytics.recordView(ana, ref(invoice), i % 2 == 0 ? FROM_ANA : ClientRequest.get("40.94.1.1", ""));
            fixture.clock.advance(Duration.ofMinutes(1));
        }

        List<DocumentView> views = analytics.views(acme, ref(invoice), 3);

        assertThat(views).extracting(DocumentView::at).containsExactly(
                Instant.parse("2026-03-02T09:03:00Z"), Instant.parse("2026-03-02T09:02:00Z"),
                Instant.parse("2026-03-02T09:01:00Z"));
        assertThat(views).extracting(DocumentView::classification)
                .containsExactly(ViewClass.LINK_SCANNER, ViewClass.HUMAN, ViewClass.LINK_SCANNER);
    }

    @Test
    void views_takesALimitFrom1To500() {
        assertRejected(() -> analytics.views(acme, ref(invoice), 0), ErrorCode.INVALID_VALUE);
        assertRejected(() -> analytics.views(acme, ref(invoice), 501), ErrorCode.INVALID_VALUE);
        assertThat(analytics.views(acme, ref(invoice), 500)).isEmpty();
    }

    @Test
    void theViewsOfADocument_areNotVisibleToAnotherWorkspace() {
        analytics.recordView(ana, ref(invoice), FROM_ANA);
        StaffPrincipal initech = fixture.workspace("Initech", USD);

        assertThat(analytics.views(initech, ref(invoice), 10)).isEmpty();
        assertThat(analytics.engagement(initech, ref(invoice))).isEmpty();
        assertThat(analytics.clientLastSeen(initech, globex.id())).isEmpty();
    }

    @Test
    void aViewOfADraftOrOfAnIdUnderAnotherType_isDocumentNotFound_andRecordsNothing() {
        Invoice draft = fixture.portal.invoicing().createDraft(acme, DraftInvoice.forClient(globex.id())
                .line("Retainer", "1", "month", Money.of("999.00", USD)));

        assertRejected(() -> analytics.recordView(ana, ref(draft), FROM_ANA), ErrorCode.DOCUMENT_NOT_FOUND);
        assertRejected(() -> analytics.recordView(ana, new DocumentRef(DocumentType.CREDIT_NOTE,
                invoice.id().value()), FROM_ANA), ErrorCode.DOCUMENT_NOT_FOUND);
        assertThat(analytics.views(acme, ref(draft), 10)).isEmpty();
    }

    @Test
    void recordingASend_isDocumentNotFoundForADraft() {
        Invoice draft = fixture.portal.invoicing().createDraft(acme, DraftInvoice.forClient(globex.id())
                .line("Retainer", "1", "month", Money.of("999.00", USD)));

        assertRejected(() -> analytics.recordSent(acme, ref(draft)), ErrorCode.DOCUMENT_NOT_FOUND);
        assertThat(fixture.stores.documentSendLog().lastSentAt(acme.workspaceId(), ref(draft))).isEmpty();
    }

    @Test
    void aViewOfAnInvoiceThePageReadAlready_isRecordedAndCountedAsARecordViewWouldBe() {
        ViewRecording recording = AnalyticsWiring.viewRecording(analytics);

        ViewOutcome outcome = recording.recordView(ana, InvoicingWiring.documentInfo(invoice),
                recording.lastSentAt(acme.workspaceId(), ref(invoice)), FROM_ANA);

        assertThat(outcome).isEqualTo(new ViewOutcome(ViewClass.HUMAN, true, true));
        assertThat(analytics.views(acme, ref(invoice), 10)).singleElement()
                .satisfies(view -> assertThat(view.clientId()).isEqualTo(globex.id()));
        assertThat(recording.recordView(ana, InvoicingWiring.documentInfo(invoice), Optional.empty(), FROM_ANA))
                .as("again within the window").isEqualTo(new ViewOutcome(ViewClass.HUMAN, false, false));
    }

    @Test
    void aViewOfAnotherClientsInvoiceThePageReadAlready_isDocumentNotFound_andNotRecorded() {
        Client initech = fixture.client(acme, "Initech");
        Invoice theirs = fixture.issuedInvoice(acme, initech, "50.00");

        assertRejected(() -> AnalyticsWiring.viewRecording(analytics).recordView(ana,
                InvoicingWiring.documentInfo(theirs), Optional.empty(), FROM_ANA), ErrorCode.DOCUMENT_NOT_FOUND);
        assertThat(analytics.views(acme, ref(theirs), 10)).isEmpty();
    }
}
