package dev.clientportal.core.analytics;

import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** Engagement per document and per client, and the one-time notice that an invoice or quote was first opened. */
class EngagementTest {

    private static final Instant START = Instant.parse(PortalFixture.START);
    private static final ClientRequest SCANNER = ClientRequest.get("40.94.1.1", "Microsoft Office Existence Discovery");

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Analytics analytics = fixture.portal.analytics();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Client hooli = fixture.client(acme, "Hooli");
    private final Contact anaContact = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
    private final ContactPrincipal ana = fixture.signIn(acme, anaContact).principal();
    private final ContactPrincipal bob = fixture.signIn(acme, fixture.contact(acme, globex, "Bob Stone",
            Role.VIEWER)).principal();
    private final Invoice invoice = fixture.issuedInvoice(acme, globex, "100.00");

    @Test
    void aDocumentNobodyOpened_hasNoEngagement_andItsClientWasNeverSeen() {
        assertThat(analytics.engagement(acme, ref(invoice))).isEmpty();
        assertThat(analytics.clientLastSeen(acme, globex.id())).isEmpty();
    }

    @Test
    void engagement_holdsFirstAndLastHumanView_theCountedViews_andTheDistinctViewers() {
        viewOn(ana, ref(invoice), 0);
        viewOn(bob, ref(invoice), 1);
        viewOn(ana, ref(invoice), 2);
        fixture.clock.advance(Duration.ofMinutes(1));
        analytics.recordView(ana, ref(invoice), SCANNER);

        assertThat(analytics.engagement(acme, ref(invoice))).contains(new DocumentEngagement(ref(invoice),
                globex.id(), START, START.plus(Duration.ofDays(2)), 3, 2));
    }

    @Test
    void scannerAndStaffViews_leaveEngagementAndLastSeenUntouched() {
        analytics.recordView(ana, ref(invoice), SCANNER);
        analytics.recordView(PortalPrincipal.staffPreview(acme, globex.id()), ref(invoice), fixture.browser());

        assertThat(analytics.engagement(acme, ref(invoice))).isEmpty();
        assertThat(analytics.clientLastSeen(acme, globex.id())).isEmpty();
    }

    @Test
    void clientLastSeen_isTheLatestHumanViewOfAnyOfItsDocuments_includingStatements() {
        Invoice hooliInvoice = fixture.issuedInvoice(acme, hooli, "50.00");
        ContactPrincipal cyd = fixture.signIn(acme, fixture.contact(acme, hooli, "Cyd Park", Role.BILLING))
                .principal();
        viewOn(ana, ref(invoice), 0);
        fixture.moveTo(LocalDate.of(2026, 3, 4));
        fixture.portal.clientViews().statement(bob, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                fixture.browser());
        fixture.clock.advance(Duration.ofHours(1));
        analytics.recordView(ana, ref(invoice), SCANNER);
        viewOn(cyd, ref(hooliInvoice), 3);

        assertThat(analytics.clientLastSeen(acme, globex.id())).contains(Instant.parse("2026-03-04T09:00:00Z"));
        assertThat(analytics.clientLastSeen(acme, hooli.id())).contains(Instant.parse("2026-03-05T09:00:00Z"));
    }

    @Test
    void theFirstHumanViewOfAnInvoice_raisesDocumentFirstViewedOnce() {
        analytics.recordView(ana, ref(invoice), SCANNER);
        viewOn(ana, ref(invoice), 0);
        viewOn(bob, ref(invoice), 0);
        viewOn(ana, ref(invoice), 1);

        assertThat(fixture.eventsOf(DocumentFirstViewed.class)).singleElement().satisfies(event -> {
            assertThat(event.workspaceId()).isEqualTo(acme.workspaceId());
            assertThat(event.clientId()).isEqualTo(globex.id());
            assertThat(event.document()).isEqualTo(ref(invoice));
            assertThat(event.viewerKey()).isEqualTo("contact:" + anaContact.id());
            assertThat(event.viewedAt()).isEqualTo(START);
        });
    }

    @Test
    void theFirstHumanViewOfAQuote_raisesDocumentFirstViewed() {
        Quote sent = fixture.portal.quotes().send(acme, fixture.portal.quotes().createDraft(acme,
                DraftQuote.forClient(globex.id()).line("Website", "1", "", Money.of("1000.00", USD))).id());
        DocumentRef quote = new DocumentRef(DocumentType.QUOTE, sent.id().value());

        assertThat(analytics.recordView(ana, quote, fixture.browser()).firstHumanView()).isTrue();

        assertThat(fixture.eventsOf(DocumentFirstViewed.class)).extracting(DocumentFirstViewed::document)
                .containsExactly(quote);
    }

    @Test
    void otherDocumentTypes_countViewsButRaiseNoFirstViewedNotice() {
        CreditNote note = fixture.portal.invoicing().issueCreditNote(acme, IssueCreditNote.partial(invoice.id(),
                "goodwill", LineItem.of("Goodwill", "1", "", Money.of("10.00", USD))));
        Payment payment = fixture.portal.payments().record(acme, RecordPayment.manual(globex.id(),
                Money.of("90.00", USD), PaymentMethod.CARD, "card-1").allocateTo(invoice.id()));
        DocumentRef creditNote = DocumentRef.of(DocumentType.CREDIT_NOTE, note.id());
        DocumentRef receipt = DocumentRef.of(DocumentType.RECEIPT, payment.id());
        DocumentRef statement = DocumentRef.of(DocumentType.STATEMENT, globex.id());

        for (DocumentRef document : new DocumentRef[] {creditNote, receipt, statement}) {
            ViewOutcome outcome = analytics.recordView(ana, document, fixture.browser());
            assertThat(outcome.firstHumanView()).as("%s", document).isTrue();
            assertThat(analytics.engagement(acme, document)).as("%s", document)
                    .hasValueSatisfying(seen -> assertThat(seen.humanViews()).isEqualTo(1));
        }

        assertThat(fixture.eventsOf(DocumentFirstViewed.class)).isEmpty();
    }

    @Test
    void scannerAndStaffViews_raiseNoFirstViewedNotice() {
        analytics.recordView(ana, ref(invoice), SCANNER);
        analytics.recordView(PortalPrincipal.staffPreview(acme, globex.id()), ref(invoice), fixture.browser());

        assertThat(fixture.eventsOf(DocumentFirstViewed.class)).isEmpty();
    }

    private void viewOn(ContactPrincipal viewer, DocumentRef document, int daysAfterStart) {
        fixture.clock.set(START.plus(Duration.ofDays(daysAfterStart)));
        analytics.recordView(viewer, document, fixture.browser());
    }
}
