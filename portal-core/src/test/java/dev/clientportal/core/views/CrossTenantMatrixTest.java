package dev.clientportal.core.views;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.DocumentRef;
import dev.clientportal.core.access.DocumentType;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Seed;
import dev.clientportal.core.workspace.StaffPrincipal;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Who sees what. Two workspaces with two clients each; every client has an open, a paid and a voided invoice, a
 * draft, a credit note, a receipt and its statement; and contacts with each role and with several roles, holders
 * of a link to its open invoice and to its statement, and a staff preview — plus staff previews pointed at a
 * client of the other workspace. Every client-facing use case, for every principal, against every document: a
 * principal opens exactly its own client's issued documents (a link holder: its one document); everything else
 * answers a NOT_FOUND code, never FORBIDDEN, exactly as a document that does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantMatrixTest {

    private static final int RANDOM_PAIRS = 100_000;
    private static final ClientRequest REQUEST = PortalFixture.browserAt("203.0.113.20");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    /** The kinds of principal; each client has one of each but the foreign preview. */
    enum Kind {
        BILLING, APPROVER, VIEWER, SEVERAL_ROLES, INVOICE_LINK, STATEMENT_LINK, STAFF_PREVIEW,
        /** A workspace user previewing a client id of the other workspace. */
        FOREIGN_PREVIEW
    }

    /** A document of the world, whose it is, and whether it was ever issued. */
    record Doc(String label, DocumentRef ref, ClientId owner, boolean draft) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A principal of the world, the client it belongs to, and the one document a link holder may open. */
    record Viewer(String label, Kind kind, PortalPrincipal principal, ClientId client, DocumentRef linked) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What one client has, to check the client-wide pages against. */
    record Holdings(Set<InvoiceId> issued, Set<InvoiceId> open, Set<PaymentId> paid) {
    }

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final PortalViews views = fixture.portal.clientViews();
    private final Analytics analytics = fixture.portal.analytics();
    private final List<Doc> documents = new ArrayList<>();
    private final List<Viewer> viewers = new ArrayList<>();
    private final Map<ClientId, Holdings> holdings = new HashMap<>();

    CrossTenantMatrixTest() {
        StaffPrincipal acme = fixture.workspace("Acme", USD);
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        List<Client> acmeClients = List.of(tenant(acme, "Globex", 1), tenant(acme, "Hooli", 2));
        List<Client> initechClients = List.of(tenant(initech, "Umbrella", 3), tenant(initech, "Soylent", 4));
        viewers.add(new Viewer("Acme's preview of Initech's Umbrella", Kind.FOREIGN_PREVIEW,
                PortalPrincipal.staffPreview(acme, initechClients.get(0).id()), initechClients.get(0).id(), null));
        viewers.add(new Viewer("Initech's preview of Acme's Globex", Kind.FOREIGN_PREVIEW,
                PortalPrincipal.staffPreview(initech, acmeClients.get(0).id()), acmeClients.get(0).id(), null));
        // Shares count as sends; views right after them would be probable scanners, which is beside the point here.
        fixture.clock.advance(Duration.ofHours(1));
    }

    private Client tenant(StaffPrincipal owner, String name, int n) {
        Client client = fixture.client(owner, name);
        Invoice open = fixture.issuedInvoice(owner, client, n + "00.00");
        Invoice paid = fixture.issuedInvoice(owner, client, n + "10.00");
        Invoice voided = fixture.issuedInvoice(owner, client, n + "20.00");
        fixture.portal.invoicing().voidInvoice(owner, voided.id(), "issued in error");
        Invoice draft = fixture.portal.invoicing().createDraft(owner, DraftInvoice.forClient(client.id())
                .line("Retainer", "1", "month", Money.of(n + "30.00", USD)));
        CreditNote note = fixture.portal.invoicing().issueCreditNote(owner, IssueCreditNote.partial(open.id(),
                "goodwill", LineItem.of("Goodwill", "1", "", Money.of("5.00", USD))));
        Payment payment = fixture.portal.payments().record(owner, RecordPayment.manual(client.id(),
                paid.total(), PaymentMethod.BANK_TRANSFER, name + "-wire").allocateTo(paid.id()));
        DocumentRef statement = DocumentRef.of(DocumentType.STATEMENT, client.id());

        documents.add(new Doc(name + " open invoice", PortalFixture.ref(open), client.id(), false));
        documents.add(new Doc(name + " paid invoice", PortalFixture.ref(paid), client.id(), false));
        documents.add(new Doc(name + " void invoice", PortalFixture.ref(voided), client.id(), false));
        documents.add(new Doc(name + " draft", PortalFixture.ref(draft), client.id(), true));
        documents.add(new Doc(name + " credit note", DocumentRef.of(DocumentType.CREDIT_NOTE, note.id()), client.id(),
                false));
        documents.add(new Doc(name + " receipt", DocumentRef.of(DocumentType.RECEIPT, payment.id()), client.id(),
                false));
        documents.add(new Doc(name + " statement", statement, client.id(), false));
        holdings.put(client.id(), new Holdings(Set.of(open.id(), paid.id(), voided.id()), Set.of(open.id()),
                Set.of(payment.id())));

        contact(owner, client, Kind.BILLING, "Bea Billing", Role.BILLING);
        contact(owner, client, Kind.APPROVER, "Abe Approver", Role.APPROVER);
        contact(owner, client, Kind.VIEWER, "Vic Viewer", Role.VIEWER);
        contact(owner, client, Kind.SEVERAL_ROLES, "Sam Several", Role.BILLING, Role.APPROVER, Role.VIEWER);
        viewers.add(new Viewer(name + "'s invoice link", Kind.INVOICE_LINK,
                fixture.openLink(owner, PortalFixture.ref(open)), client.id(), PortalFixture.ref(open)));
        viewers.add(new Viewer(name + "'s statement link", Kind.STATEMENT_LINK, fixture.openLink(owner, statement),
                client.id(), statement));
        viewers.add(new Viewer(name + "'s staff preview", Kind.STAFF_PREVIEW,
                PortalPrincipal.staffPreview(owner, client.id()), client.id(), null));
        return client;
    }

    private void contact(StaffPrincipal owner, Client client, Kind kind, String name, Role first, Role... more) {
        viewers.add(new Viewer(client.name() + "'s " + kind.name().toLowerCase().replace('_', ' ') + " contact", kind,
                fixture.signIn(owner, fixture.contact(owner, client, name, first, more)).principal(), client.id(),
                null));
    }

    /** The oracle: what a principal may open, written from the rules, not from the code under test. */
    private static boolean mayOpen(Viewer viewer, Doc doc) {
        if (doc.draft()) {
            return false;
        }
        return switch (viewer.kind()) {
            case INVOICE_LINK, STATEMENT_LINK -> doc.ref().equals(viewer.linked());
            case FOREIGN_PREVIEW -> false;
            default -> doc.owner().equals(viewer.client());
        };
    }

    private static boolean opensClientWidePages(Viewer viewer) {
        return switch (viewer.kind()) {
            case INVOICE_LINK, STATEMENT_LINK, FOREIGN_PREVIEW -> false;
            default -> true;
        };
    }

    List<Viewer> viewers() {
        return viewers;
    }

    @Test
    void theWorldHoldsEveryKindOfPrincipalAndDocument() {
        assertThat(viewers).hasSize(30).extracting(Viewer::kind).containsAll(EnumSet.allOf(Kind.class));
        assertThat(documents).hasSize(28);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void invoiceDetail_opensExactlyTheInvoicesThePrincipalMaySee(Viewer viewer) {
        SoftAssertions softly = new SoftAssertions();
        for (Doc doc : documents) {
            if (doc.ref().type() != DocumentType.INVOICE) {
                continue;
            }
            InvoiceId id = new InvoiceId(doc.ref().id());
            expect(softly, viewer, doc, mayOpen(viewer, doc), ErrorCode.INVOICE_NOT_FOUND, () -> {
                InvoiceDetail detail = views.invoice(viewer.principal(), id, REQUEST);
                return detail.invoice().id().equals(id) && detail.invoice().clientId().equals(viewer.client());
            });
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void recordView_acceptsExactlyTheDocumentsThePrincipalMaySee(Viewer viewer) {
        SoftAssertions softly = new SoftAssertions();
        for (Doc doc : documents) {
            expect(softly, viewer, doc, mayOpen(viewer, doc), ErrorCode.DOCUMENT_NOT_FOUND, () -> {
                analytics.recordView(viewer.principal(), doc.ref(), REQUEST);
                return true;
            });
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void theClientWidePages_listExactlyTheOwnClientsIssuedDocuments(Viewer viewer) {
        PortalPrincipal principal = viewer.principal();
        if (!opensClientWidePages(viewer)) {
            assertNotFound(() -> views.dashboard(principal));
            assertNotFound(() -> views.invoices(principal, InvoiceListQuery.all(100)));
            assertNotFound(() -> views.payments(principal, 0, 100));
            return;
        }
        Holdings own = holdings.get(viewer.client());

        assertThat(views.dashboard(principal).openInvoices()).extracting(InvoiceSummary::id)
                .containsExactlyInAnyOrderElementsOf(own.open());
        assertThat(views.invoices(principal, InvoiceListQuery.all(100)).items()).extracting(InvoiceSummary::id)
                .containsExactlyInAnyOrderElementsOf(own.issued());
        assertThat(views.payments(principal, 0, 100).items()).extracting(PaymentSummary::id)
                .containsExactlyInAnyOrderElementsOf(own.paid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void theStatement_isOnlyEverTheOwnClients(Viewer viewer) {
        Doc statement = documents.stream().filter(doc -> doc.ref().type() == DocumentType.STATEMENT
                && doc.owner().equals(viewer.client())).findFirst().orElseThrow();
        if (!mayOpen(viewer, statement)) {
            assertNotFound(() -> views.statement(viewer.principal(), FROM, TO, REQUEST));
            return;
        }

        assertThat(views.statement(viewer.principal(), FROM, TO, REQUEST).clientId()).isEqualTo(viewer.client());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void roles_gateActions_andLinksAndPreviewsOnlyRead(Viewer viewer) {
        Map<PortalAction, ErrorCode> refused = switch (viewer.kind()) {
            case BILLING -> Map.of(PortalAction.DECIDE, ErrorCode.ROLE_REQUIRED);
            case APPROVER -> Map.of(PortalAction.PAY, ErrorCode.ROLE_REQUIRED);
            case VIEWER -> Map.of(PortalAction.PAY, ErrorCode.ROLE_REQUIRED, PortalAction.DECIDE,
                    ErrorCode.ROLE_REQUIRED, PortalAction.CONTRIBUTE, ErrorCode.ROLE_REQUIRED);
            case SEVERAL_ROLES -> Map.of();
            case INVOICE_LINK, STATEMENT_LINK, STAFF_PREVIEW, FOREIGN_PREVIEW -> Map.of(
                    PortalAction.PAY, ErrorCode.READ_ONLY_ACCESS, PortalAction.DECIDE, ErrorCode.READ_ONLY_ACCESS,
                    PortalAction.CONTRIBUTE, ErrorCode.READ_ONLY_ACCESS);
        };

        for (PortalAction action : PortalAction.values()) {
            ErrorCode expected = refused.get(action);
            assertThat(viewer.principal().allows(action)).as("%s may %s", viewer, action).isEqualTo(expected == null);
            if (expected == null) {
                viewer.principal().requireAllowed(action);
            } else {
                assertRejected(() -> viewer.principal().requireAllowed(action), expected);
            }
        }
    }

    /**
     * Random (principal, document) pairs over every document, plus ids that exist under another type and ids that
     * exist nowhere, through the invoice detail and the view recorder: zero leaks, every miss a NOT_FOUND code.
     */
    @Test
    void randomPrincipalDocumentPairs_leakNothing_andEveryMissIsNotFound() {
        Seed seed = Seed.from("crossTenant.seed");
        Random random = seed.random();
        DocumentType[] types = DocumentType.values();
        int opened = 0;
        for (int pair = 0; pair < RANDOM_PAIRS; pair++) {
            Viewer viewer = viewers.get(random.nextInt(viewers.size()));
            Doc doc = documents.get(random.nextInt(documents.size()));
            DocumentRef asked = switch (random.nextInt(20)) {
                case 0 -> new DocumentRef(doc.ref().type(), new UUID(random.nextLong(), random.nextLong()));
                case 1 -> new DocumentRef(types[random.nextInt(types.length)], doc.ref().id());
                default -> doc.ref();
            };
            boolean expected = asked.equals(doc.ref()) && mayOpen(viewer, doc);
            boolean viaDetail = asked.type() == DocumentType.INVOICE && random.nextBoolean();
            boolean visible = openOrMiss(viewer, asked, viaDetail, seed);
            if (visible != expected) {
                fail("%s %s %s, asked for as %s through %s (%s)", viewer, visible ? "opened" : "could not open", doc,
                        asked, viaDetail ? "the invoice detail" : "recordView", seed);
            }
            opened += visible ? 1 : 0;
        }
        assertThat(opened).as("some pairs open, most do not (%s)", seed).isBetween(1, RANDOM_PAIRS / 2);
    }

    private boolean openOrMiss(Viewer viewer, DocumentRef asked, boolean viaDetail, Seed seed) {
        try {
            if (viaDetail) {
                InvoiceDetail detail = views.invoice(viewer.principal(), new InvoiceId(asked.id()), REQUEST);
                if (!detail.invoice().clientId().equals(viewer.client())) {
                    fail("%s got another client's invoice %s (%s)", viewer, asked, seed);
                }
            } else {
                analytics.recordView(viewer.principal(), asked, REQUEST);
            }
            return true;
        } catch (PortalException e) {
            if (e.errorCode().kind() != ErrorCode.Kind.NOT_FOUND) {
                fail("%s asking for %s was refused with %s, not a NOT_FOUND code (%s)", viewer, asked,
                        e.errorCode(), seed);
            }
            return false;
        }
    }

    private static void expect(SoftAssertions softly, Viewer viewer, Doc doc, boolean mayOpen, ErrorCode notFound,
                               Supplier<Boolean> open) {
        try {
            boolean right = open.get();
            softly.assertThat(mayOpen).as("%s opened %s", viewer, doc).isTrue();
            softly.assertThat(right).as("%s opened %s and got what it asked for", viewer, doc).isTrue();
        } catch (PortalException e) {
            softly.assertThat(mayOpen).as("%s could not open %s: %s", viewer, doc, e.getMessage()).isFalse();
            softly.assertThat(e.errorCode()).as("%s opening %s", viewer, doc).isEqualTo(notFound);
        }
    }

    private static void assertNotFound(Runnable call) {
        try {
            call.run();
            fail("expected a NOT_FOUND code");
        } catch (PortalException e) {
            assertThat(e.errorCode().kind()).as(e.getMessage()).isEqualTo(ErrorCode.Kind.NOT_FOUND);
        }
    }
}
