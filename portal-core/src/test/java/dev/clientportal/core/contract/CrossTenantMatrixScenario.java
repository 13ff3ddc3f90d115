package dev.clientportal.core.contract;

import dev.clientportal.core.clientview.ClientDashboard;
import dev.clientportal.core.clientview.InvoiceListQuery;
import dev.clientportal.core.clientview.InvoiceSummary;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.clientview.PortalViews;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectItemType;
import dev.clientportal.core.project.Projects;
import dev.clientportal.core.project.ProjectsOverview;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.Agreements;
import dev.clientportal.core.approval.Approvals;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.approval.PendingApproval;
import dev.clientportal.core.files.FileLibrary;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.Messaging;
import dev.clientportal.core.messaging.ThreadSummary;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.Quotes;
import dev.clientportal.core.testing.Seed;
import dev.clientportal.core.contract.CrossTenantWorld.Collaboration;
import dev.clientportal.core.contract.CrossTenantWorld.Conversation;
import dev.clientportal.core.contract.CrossTenantWorld.Doc;
import dev.clientportal.core.contract.CrossTenantWorld.Holdings;
import dev.clientportal.core.contract.CrossTenantWorld.Kind;
import dev.clientportal.core.contract.CrossTenantWorld.ProjectWork;
import dev.clientportal.core.contract.CrossTenantWorld.Viewer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import static dev.clientportal.core.contract.CrossTenantWorld.REQUEST;
import static dev.clientportal.core.contract.CrossTenantWorld.assertNotFound;
import static dev.clientportal.core.contract.CrossTenantWorld.expect;
import static dev.clientportal.core.contract.CrossTenantWorld.mayOpen;
import static dev.clientportal.core.contract.CrossTenantWorld.mayRead;
import static dev.clientportal.core.contract.CrossTenantWorld.opensClientWidePages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Who sees what, in the {@link CrossTenantWorld}: every client-facing read, for every principal, against every
 * document — invoices, credit notes, receipts and statements; library files; quotes; deliverable versions and
 * pending approvals; agreements and their certificates; message threads; projects and their feed entries. A
 * principal opens exactly its own client's documents that were ever shown to the client (a link holder: its one
 * document); everything else answers a NOT_FOUND code, never FORBIDDEN, exactly as a document that does not exist.
 * The pages spanning the whole client list only the own client's, and link holders and previews of another
 * workspace's client see none of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CrossTenantMatrixScenario {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private final CrossTenantWorld world = new CrossTenantWorld(newStores());
    private final PortalViews views = world.portal.clientViews();
    private final FileLibrary files = world.portal.files();
    private final Quotes quotes = world.portal.quotes();
    private final Approvals approvals = world.portal.approvals();
    private final Agreements agreements = world.portal.agreements();
    private final Messaging messaging = world.portal.messaging();

    /**
     * Fresh, empty stores; called once, while the scenario is constructed (so it must not depend on the subclass's
     * own fields). An adapter runs the scenario by extending it and implementing this.
     */
    protected abstract PortalStores newStores();

    /**
     * How many random (principal, document) pairs the random-pairs test tries: 100,000 unless an adapter says
     * otherwise. Every real pair of the world is already tried exhaustively by the matrix tests; the random pairs add
     * ids of the wrong type and ids that exist nowhere, so an adapter whose every read is a database round trip may
     * sample fewer.
     *
     * @return the number of pairs, at least 1,000
     */
    protected int randomPairs() {
        return 100_000;
    }

    List<Viewer> viewers() {
        return world.viewers;
    }

    @Test
    void theWorldHoldsEveryKindOfPrincipalAndDocument() {
        assertThat(world.viewers).hasSize(46).extracting(Viewer::kind).containsAll(EnumSet.allOf(Kind.class));
        assertThat(world.documents).hasSize(56).extracting(doc -> doc.ref().type())
                .containsAll(EnumSet.allOf(DocumentType.class));
        assertThat(world.documents).as("drafts and removed files").filteredOn(Doc::hidden)
                .extracting(doc -> doc.ref().type()).hasSize(16)
                .containsOnly(DocumentType.INVOICE, DocumentType.FILE, DocumentType.QUOTE, DocumentType.AGREEMENT);
        assertThat(world.collaborations).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void eachDocumentsOwnUseCase_opensExactlyTheDocumentsThePrincipalMaySee(Viewer viewer) {
        SoftAssertions softly = new SoftAssertions();
        for (Doc doc : world.documents) {
            expect(softly, viewer, doc, mayOpen(viewer, doc), CrossTenantWorld.notFound(doc.ref().type()),
                    () -> world.open(viewer, doc.ref()));
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void recordView_acceptsExactlyTheDocumentsThePrincipalMaySee(Viewer viewer) {
        SoftAssertions softly = new SoftAssertions();
        for (Doc doc : world.documents) {
            expect(softly, viewer, doc, mayOpen(viewer, doc), ErrorCode.DOCUMENT_NOT_FOUND, () -> {
                world.portal.analytics().recordView(viewer.principal(), doc.ref(), REQUEST);
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
        Holdings own = world.holdings.get(viewer.client());
        ClientDashboard dashboard = views.dashboard(principal);

        assertThat(dashboard.openInvoices()).extracting(InvoiceSummary::id)
                .containsExactlyInAnyOrderElementsOf(own.open());
        assertThat(dashboard.pendingApprovals()).as("the version, the quote and the agreement, for whom they await")
                .isEqualTo(viewer.kind().isAskedToDecide() || viewer.kind() == Kind.STAFF_PREVIEW ? 3 : 0);
        assertThat(dashboard.unreadMessages()).as("the business's welcome, unread by the client's contacts")
                .isEqualTo(viewer.kind() == Kind.STAFF_PREVIEW ? 0 : 1);
        assertThat(views.invoices(principal, InvoiceListQuery.all(100)).items()).extracting(InvoiceSummary::id)
                .containsExactlyInAnyOrderElementsOf(own.issued());
        assertThat(views.payments(principal, 0, 100).items()).extracting(PaymentSummary::id)
                .containsExactlyInAnyOrderElementsOf(own.paid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void theStatement_isOnlyEverTheOwnClients(Viewer viewer) {
        Doc statement = world.documents.stream().filter(doc -> doc.ref().type() == DocumentType.STATEMENT
                && doc.owner().equals(viewer.client())).findFirst().orElseThrow();
        if (!mayOpen(viewer, statement)) {
            assertNotFound(() -> views.statement(viewer.principal(), FROM, TO, REQUEST));
            return;
        }

        assertThat(views.statement(viewer.principal(), FROM, TO, REQUEST).clientId()).isEqualTo(viewer.client());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void theFileLibrary_listsOnlyTheOwnClientsPresentFiles_andNoneToLinksOrForeignPreviews(Viewer viewer) {
        List<UUID> expected = opensClientWidePages(viewer) ? visible(DocumentType.FILE,
                doc -> !doc.hidden() && doc.owner().equals(viewer.client())) : List.of();

        assertThat(files.library(viewer.principal())).extracting(file -> file.id().value())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(files.library(viewer.principal())).extracting(SharedFile::clientId)
                .allMatch(viewer.client()::equals);
    }

    /**
     * The quotes and agreements a principal lists are the ones it may open: a link to a quote or agreement lists its
     * one document, as {@link Quotes#list} and {@link Agreements#list} document.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void quotesAndAgreements_listExactlyWhatThePrincipalMayOpen(Viewer viewer) {
        assertThat(quotes.list(viewer.principal())).extracting(quote -> quote.id().value())
                .containsExactlyInAnyOrderElementsOf(visible(DocumentType.QUOTE, doc -> mayOpen(viewer, doc)));
        assertThat(agreements.list(viewer.principal())).extracting(agreement -> agreement.id().value())
                .containsExactlyInAnyOrderElementsOf(visible(DocumentType.AGREEMENT, doc -> mayOpen(viewer, doc)));
        assertThat(quotes.list(viewer.principal())).extracting(Quote::clientId).allMatch(viewer.client()::equals);
        assertThat(agreements.list(viewer.principal())).extracting(Agreement::clientId)
                .allMatch(viewer.client()::equals);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void signatureCertificates_openExactlyForTheAgreementsThePrincipalMaySee(Viewer viewer) {
        SoftAssertions softly = new SoftAssertions();
        for (Doc doc : world.documents) {
            if (doc.ref().type() == DocumentType.AGREEMENT) {
                AgreementId id = new AgreementId(doc.ref().id());
                expect(softly, viewer, doc, mayOpen(viewer, doc), ErrorCode.AGREEMENT_NOT_FOUND,
                        () -> agreements.certificate(viewer.principal(), id, 1).agreementId().equals(id));
            }
        }
        softly.assertAll();
    }

    /**
     * Pending approvals: a contact sees the requests addressed to it, a staff preview every request of its client,
     * anyone else none; and opening the version offers a decision exactly to the contacts asked.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void pendingApprovals_listOnlyTheOwnClientsVersionsAwaitingThePrincipal(Viewer viewer) {
        Collaboration own = world.collaborations.stream().filter(work -> work.client().equals(viewer.client()))
                .findFirst().orElseThrow();
        boolean awaited = viewer.kind().isAskedToDecide() || viewer.kind() == Kind.STAFF_PREVIEW;

        assertThat(approvals.pending(viewer.principal())).extracting(PendingApproval::document)
                .containsExactlyElementsOf(awaited ? List.of(own.version().ref()) : List.of());
        if (mayOpen(viewer, own.version())) {
            DeliverableVersionId version = new DeliverableVersionId(own.version().ref().id());
            assertThat(approvals.open(viewer.principal(), version, REQUEST).canDecide())
                    .isEqualTo(viewer.kind().isAskedToDecide());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void messages_openExactlyTheOwnClientsThreads_andNoneToLinksOrForeignPreviews(Viewer viewer) {
        SoftAssertions softly = new SoftAssertions();
        for (Collaboration work : world.collaborations) {
            Conversation thread = work.thread();
            expect(softly, viewer, thread, mayRead(viewer, thread), ErrorCode.THREAD_NOT_FOUND, () -> {
                List<Message> messages = messaging.messages(viewer.principal(), thread.id(), 0, 100);
                return !messages.isEmpty() && messages.stream().allMatch(m -> m.threadId().equals(thread.id()));
            });
        }
        softly.assertAll();

        assertThat(messaging.threads(viewer.principal())).extracting(summary -> summary.thread().id())
                .containsExactlyInAnyOrderElementsOf(world.collaborations.stream().map(Collaboration::thread)
                        .filter(thread -> mayRead(viewer, thread)).map(Conversation::id).toList());
        assertThat(messaging.threads(viewer.principal())).extracting(ThreadSummary::thread)
                .allMatch(thread -> thread.clientId().equals(viewer.client()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("viewers")
    void projectsAndFeedEntries_openOnlyForTheOwnClientsContacts(Viewer viewer) {
        assumeTrue(!world.projects.isEmpty(), "these stores keep no projects");
        // the project use cases take a signed-in contact: links and staff previews have no way in at all
        if (!(viewer.principal() instanceof ContactPrincipal contact)) {
            return;
        }
        Projects projects = world.portal.projects();
        List<FeedEntryId> feed = projects.feed(contact, null, Projects.MAX_PAGE).items().stream()
                .map(item -> item.entry().id()).toList();
        SoftAssertions softly = new SoftAssertions();
        for (ProjectWork work : world.projects) {
            boolean own = work.owner().equals(viewer.client());
            expect(softly, viewer, work, own, ErrorCode.PROJECT_NOT_FOUND,
                    () -> projects.project(contact, work.project()).id().equals(work.project()));
            expect(softly, viewer, work.label() + "'s feed", own, ErrorCode.PROJECT_NOT_FOUND,
                    () -> projects.feed(contact, work.project(), null, 10).items().stream()
                            .allMatch(item -> item.entry().clientId().equals(viewer.client())));
            softly.assertThat(feed.contains(work.update())).as("%s's feed holds %s's update", viewer, work)
                    .isEqualTo(own);
            if (!own) {
                expect(softly, viewer, work.label() + "'s update", false, ErrorCode.FEED_ENTRY_NOT_FOUND, () -> {
                    projects.markRead(contact, work.update());
                    return true;
                });
                if (contact.allows(PortalAction.CONTRIBUTE)) {
                    expect(softly, viewer, work.label() + "'s update, replied to", false,
                            ErrorCode.FEED_ENTRY_NOT_FOUND,
                            () -> projects.reply(contact, work.update(), "Mine?").clientId().equals(viewer.client()));
                }
            }
        }
        softly.assertAll();
        assertThat(projects.projects(contact)).isNotEmpty().extracting(Project::clientId)
                .containsOnly(viewer.client());
        ProjectsOverview overview = projects.overview(contact);
        assertThat(overview.activeProjects()).isNotEmpty().extracting(progress -> progress.project().clientId())
                .containsOnly(viewer.client());
        assertThat(overview.newestUnread()).extracting(item -> item.entry().clientId())
                .containsOnly(viewer.client());
    }

    @Test
    void anotherWorkspacesStaff_findNoProjectFeedEntryOrReader() {
        assumeTrue(!world.projects.isEmpty(), "these stores keep no projects");
        Projects projects = world.portal.projects();
        for (ProjectWork work : world.projects) {
            for (ProjectWork other : world.projects) {
                if (!other.business().workspaceId().equals(work.business().workspaceId())) {
                    assertNotFound(() -> projects.get(other.business(), work.project()));
                    assertNotFound(() -> projects.list(other.business(), work.owner()));
                    assertNotFound(() -> projects.readers(other.business(), work.update()));
                    assertNotFound(() -> projects.supersede(other.business(), work.update(), "Taken over", false));
                    assertNotFound(() -> projects.items(other.business(), work.project(), ProjectItemType.INVOICE));
                    assertNotFound(() -> projects.awaitingInput(other.business(), work.owner(), 10));
                }
            }
        }
    }

    /**
     * Random (principal, document) pairs over every document, plus ids that exist under another type and ids that
     * exist nowhere, through each document's own use case or the view recorder: zero leaks, every miss a NOT_FOUND
     * code.
     */
    @Test
    void randomPrincipalDocumentPairs_leakNothing_andEveryMissIsNotFound() {
        Seed seed = Seed.from("crossTenant.seed");
        Random random = seed.random();
        DocumentType[] types = DocumentType.values();
        int pairs = randomPairs();
        assertThat(pairs).as("random pairs").isGreaterThanOrEqualTo(1_000);
        int opened = 0;
        for (int pair = 0; pair < pairs; pair++) {
            Viewer viewer = world.viewers.get(random.nextInt(world.viewers.size()));
            Doc doc = world.documents.get(random.nextInt(world.documents.size()));
            DocumentRef asked = switch (random.nextInt(20)) {
                case 0 -> new DocumentRef(doc.ref().type(), new UUID(random.nextLong(), random.nextLong()));
                case 1 -> new DocumentRef(types[random.nextInt(types.length)], doc.ref().id());
                default -> doc.ref();
            };
            boolean expected = asked.equals(doc.ref()) && mayOpen(viewer, doc);
            boolean viaUseCase = random.nextBoolean();
            boolean visible = openOrMiss(viewer, asked, viaUseCase, seed);
            if (visible != expected) {
                fail("%s %s %s, asked for as %s through %s (%s)", viewer, visible ? "opened" : "could not open", doc,
                        asked, viaUseCase ? "its use case" : "recordView", seed);
            }
            opened += visible ? 1 : 0;
        }
        assertThat(opened).as("some pairs open, most do not (%s)", seed).isBetween(1, pairs / 2);
    }

    private boolean openOrMiss(Viewer viewer, DocumentRef asked, boolean viaUseCase, Seed seed) {
        try {
            if (!viaUseCase) {
                world.portal.analytics().recordView(viewer.principal(), asked, REQUEST);
            } else if (!world.open(viewer, asked)) {
                fail("%s asking for %s got another document or another client's (%s)", viewer, asked, seed);
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

    /** The ids of the world's documents of a type that pass a filter. */
    private List<UUID> visible(DocumentType type, Predicate<Doc> filter) {
        return world.documents.stream().filter(doc -> doc.ref().type() == type).filter(filter)
                .map(doc -> doc.ref().id()).toList();
    }
}
