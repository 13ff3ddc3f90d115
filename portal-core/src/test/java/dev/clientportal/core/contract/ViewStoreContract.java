package dev.clientportal.core.contract;

import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.analytics.ViewClass;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link ViewStore}. Analytics run outside business transactions, so every call here is made on
 * its own, as {@code Analytics} makes them. Instants are whole microseconds, as SQL keeps them.
 */
public abstract class ViewStoreContract extends StoreContract {

    private static final Instant T = Samples.CREATED;
    private static final Duration WINDOW = Duration.ofMinutes(30);
    private static final String ANA = "contact:ana";
    private static final String BOB = "contact:bob";
    private static final String X = "198.51.100.7";
    private static final String Y = "203.0.113.99";

    private WorkspaceId workspaceId;
    private ClientId clientId;
    private final DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());
    private final DocumentRef other = new DocumentRef(DocumentType.CREDIT_NOTE, UUID.randomUUID());

    @BeforeEach
    void storeAClient() {
        workspaceId = storedWorkspace("Acme Design").id();
        clientId = storedClient(workspaceId, "Globex", USD).id();
    }

    // ---- the view log ----

    @Test
    void recentViews_listsTheViewsOfADocumentOfEveryClass_newestFirst_upToTheLimit() {
        DocumentView first = appended(view(invoice, ANA, T, X, ViewClass.HUMAN));
        DocumentView third = appended(view(invoice, "link:1", T.plusSeconds(20), "", ViewClass.LINK_SCANNER));
        DocumentView second = appended(view(invoice, "staff:owner", T.plusSeconds(10), Y, ViewClass.INTERNAL));
        DocumentView fourth = appended(view(invoice, BOB, T.plusSeconds(30), X, ViewClass.PROBABLE_SCANNER));

        assertThat(views().recentViews(workspaceId, invoice, 10)).containsExactly(fourth, third, second, first);
        assertThat(views().recentViews(workspaceId, invoice, 2)).containsExactly(fourth, third);
    }

    @Test
    void recentViews_keepsDocumentsAndWorkspacesApart() {
        appended(view(invoice, ANA, T, X, ViewClass.HUMAN));
        WorkspaceId initech = storedWorkspace("Initech").id();

        assertThat(views().recentViews(workspaceId, other, 10)).isEmpty();
        assertThat(views().recentViews(workspaceId, new DocumentRef(DocumentType.RECEIPT, invoice.id()), 10)).isEmpty();
        assertThat(views().recentViews(initech, invoice, 10)).isEmpty();
    }

    // ---- appending in batches ----

    @Test
    void aBatch_isStoredWhole_inItsOrder_andReadsBackNewestFirst() {
        DocumentView first = view(invoice, ANA, T, X, ViewClass.HUMAN);
        DocumentView second = view(invoice, "link:1", T.plusSeconds(10), "", ViewClass.LINK_SCANNER);
        DocumentView third = view(invoice, BOB, T.plusSeconds(10), Y, ViewClass.PROBABLE_SCANNER);
        DocumentView fourth = view(invoice, "staff:owner", T.plusSeconds(20), X, ViewClass.INTERNAL);

        views().appendAll(List.of(first, second, third, fourth));

        assertThat(views().recentViews(workspaceId, invoice, 10)).as("at the same instant, the later in the batch first")
                .containsExactly(fourth, third, second, first);
        assertThat(views().promoteProbableScannerViews(workspaceId, invoice, Y)).as("batched views are promotable")
                .containsExactly(third.reclassified(ViewClass.HUMAN));
    }

    @Test
    void anEmptyBatch_appendsNothing() {
        views().appendAll(List.of());

        assertThat(views().recentViews(workspaceId, invoice, 10)).isEmpty();
    }

    @Test
    void aBatchOf1000ViewsAcrossDocumentsAndWorkspaces_readsBackPerDocumentAndWorkspace() {
        WorkspaceId initech = storedWorkspace("Initech").id();
        ClientId initechClient = storedClient(initech, "Initrode", USD).id();
        List<DocumentRef> documents = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            documents.add(new DocumentRef(d % 2 == 0 ? DocumentType.INVOICE : DocumentType.QUOTE, UUID.randomUUID()));
        }
        List<DocumentView> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            boolean acme = i % 2 == 0;
            DocumentView view = view(documents.get(i % 5), "contact:" + (i % 7), T.plus(Duration.ofMillis(i)), X,
                    i % 3 == 0 ? ViewClass.PROBABLE_SCANNER : ViewClass.HUMAN);
            batch.add(acme ? view : new DocumentView(view.id(), initech, initechClient, view.document(),
                    view.viewerKey(), view.channel(), view.at(), view.address(), view.userAgent(), view.method(),
                    view.classification()));
        }

        views().appendAll(batch);

        for (WorkspaceId workspace : List.of(workspaceId, initech)) {
            for (DocumentRef document : documents) {
                List<DocumentView> expected = new ArrayList<>(batch.stream()
                        .filter(view -> view.workspaceId().equals(workspace) && view.document().equals(document))
                        .toList());
                Collections.reverse(expected);
                assertThat(expected).hasSize(100);
                assertThat(views().recentViews(workspace, document, 500)).as("%s in %s", document, workspace)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    // ---- counting human views ----

    @Test
    void theFirstCountedView_isCountedAndFirst_andStartsTheEngagement() {
        assertThat(count(invoice, ANA, T, T)).isEqualTo(new ViewStore.Counted(true, true));

        assertThat(views().engagement(workspaceId, invoice)).contains(
                new DocumentEngagement(invoice, clientId, T, T, 1, 1));
        assertThat(views().clientLastSeen(workspaceId, clientId)).contains(T);
    }

    @Test
    void aViewerLastCountedAtOrAfterTheGivenInstant_isNotCountedAgain_butTheViewStillMovesLastViewed() {
        count(invoice, ANA, T, T);

        assertThat(count(invoice, ANA, T.plus(Duration.ofMinutes(10)), T.plus(Duration.ofMinutes(10)).minus(WINDOW)))
                .isEqualTo(new ViewStore.Counted(false, false));
        assertThat(count(invoice, ANA, T.plus(WINDOW), T)).as("last counted exactly at the given instant")
                .isEqualTo(new ViewStore.Counted(false, false));

        assertThat(views().engagement(workspaceId, invoice)).contains(
                new DocumentEngagement(invoice, clientId, T, T.plus(WINDOW), 1, 1));
    }

    @Test
    void aViewerLastCountedBeforeTheGivenInstant_isCountedAgain_butIsNoNewViewer() {
        count(invoice, ANA, T, T);

        assertThat(count(invoice, ANA, T.plus(WINDOW).plusNanos(1000), T.plusNanos(1000)))
                .isEqualTo(new ViewStore.Counted(true, false));

        assertThat(views().engagement(workspaceId, invoice)).contains(
                new DocumentEngagement(invoice, clientId, T, T.plus(WINDOW).plusNanos(1000), 2, 1));
    }

    @Test
    void aKnownDuplicate_isNeverCounted() {
        count(invoice, ANA, T, T);

        assertThat(count(invoice, ANA, T.plus(Duration.ofHours(2)), ViewStore.CountIf.knownDuplicate()))
                .isEqualTo(new ViewStore.Counted(false, false));
        assertThat(count(invoice, BOB, T.plus(Duration.ofHours(3)), ViewStore.CountIf.knownDuplicate()))
                .isEqualTo(new ViewStore.Counted(false, false));

        assertThat(views().engagement(workspaceId, invoice)).contains(
                new DocumentEngagement(invoice, clientId, T, T.plus(Duration.ofHours(3)), 1, 1));
    }

    @Test
    void theEngagement_staysEmptyUntilAViewIsCounted_thoughTheClientWasSeen() {
        count(invoice, ANA, T, ViewStore.CountIf.knownDuplicate());

        assertThat(views().engagement(workspaceId, invoice)).isEmpty();
        assertThat(views().clientLastSeen(workspaceId, clientId)).contains(T);
        assertThat(count(invoice, ANA, T.plusSeconds(1), T.plusSeconds(1))).as("the first counted view is first")
                .isEqualTo(new ViewStore.Counted(true, true));
    }

    @Test
    void differentViewers_countSeparately_andEachOnlyOnceAsAViewer() {
        count(invoice, ANA, T, T);
        count(invoice, BOB, T.plusSeconds(60), T.plusSeconds(60).minus(WINDOW));
        count(invoice, ANA, T.plus(Duration.ofMinutes(40)), T.plus(Duration.ofMinutes(10)));
        count(invoice, BOB, T.plus(Duration.ofMinutes(41)), T.plus(Duration.ofMinutes(11)));

        assertThat(views().engagement(workspaceId, invoice)).hasValueSatisfying(seen -> {
            assertThat(seen.humanViews()).isEqualTo(4);
            assertThat(seen.uniqueViewers()).isEqualTo(2);
        });
    }

    @Test
    void anEarlierViewCountedLater_movesTheFirstViewBack_notTheLastOne() {
        count(invoice, ANA, T.plus(Duration.ofHours(2)), T.plus(Duration.ofHours(2)));

        count(invoice, BOB, T, T);

        assertThat(views().engagement(workspaceId, invoice)).contains(
                new DocumentEngagement(invoice, clientId, T, T.plus(Duration.ofHours(2)), 2, 2));
    }

    @Test
    void countsAreKeptPerDocumentAndWorkspace() {
        count(invoice, ANA, T, T);
        WorkspaceId initech = storedWorkspace("Initech").id();

        assertThat(count(other, ANA, T.plusSeconds(1), T.plusSeconds(1))).isEqualTo(new ViewStore.Counted(true, true));
        assertThat(views().engagement(initech, invoice)).isEmpty();
        assertThat(views().engagement(workspaceId, new DocumentRef(DocumentType.RECEIPT, invoice.id()))).isEmpty();
    }

    @Test
    void concurrentCountsOfOneViewer_countOnce() throws Exception {
        int threads = 8;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ViewStore.Counted>> outcomes = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                Instant at = T.plusNanos(thread * 1000L);
                Callable<ViewStore.Counted> view = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return views().countHumanView(workspaceId, clientId, invoice, ANA, at,
                            ViewStore.CountIf.lastCountedBefore(at.minus(WINDOW)));
                };
                outcomes.add(pool.submit(view));
            }
            int counted = 0;
            int first = 0;
            for (Future<ViewStore.Counted> outcome : outcomes) {
                ViewStore.Counted result = outcome.get(10, TimeUnit.SECONDS);
                counted += result.counted() ? 1 : 0;
                first += result.first() ? 1 : 0;
            }

            assertThat(counted).isEqualTo(1);
            assertThat(first).isEqualTo(1);
            assertThat(views().engagement(workspaceId, invoice).orElseThrow().humanViews()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- last seen ----

    @Test
    void clientLastSeen_isTheLatestViewOfAnyOfItsDocuments_perWorkspaceAndClient() {
        ClientId hooli = storedClient(workspaceId, "Hooli", USD).id();
        count(invoice, ANA, T.plus(Duration.ofHours(1)), T);
        count(other, BOB, T.plus(Duration.ofHours(3)), T);
        count(invoice, BOB, T.plus(Duration.ofHours(2)), T);
        views().countHumanView(workspaceId, hooli, new DocumentRef(DocumentType.INVOICE, UUID.randomUUID()), "c",
                T.plus(Duration.ofHours(5)), ViewStore.CountIf.lastCountedBefore(T));

        assertThat(views().clientLastSeen(workspaceId, clientId)).contains(T.plus(Duration.ofHours(3)));
        assertThat(views().clientLastSeen(workspaceId, hooli)).contains(T.plus(Duration.ofHours(5)));
        assertThat(views().clientLastSeen(storedWorkspace("Initech").id(), clientId)).isEmpty();
    }

    // ---- promoting probable scanners ----

    @Test
    void promotingAnAddress_reclassifiesItsProbableScannerViewsOfThatDocumentAsHuman_oldestFirst() {
        DocumentView later = appended(view(invoice, "link:1", T.plusSeconds(5), X, ViewClass.PROBABLE_SCANNER));
        DocumentView earlier = appended(view(invoice, "link:2", T.plusSeconds(2), X, ViewClass.PROBABLE_SCANNER));
        DocumentView otherAddress = appended(view(invoice, "link:1", T.plusSeconds(3), Y,
                ViewClass.PROBABLE_SCANNER));
        DocumentView knownScanner = appended(view(invoice, "link:1", T.plusSeconds(4), X, ViewClass.LINK_SCANNER));
        DocumentView otherDocument = appended(view(other, "link:1", T.plusSeconds(6), X, ViewClass.PROBABLE_SCANNER));

        List<DocumentView> promoted = views().promoteProbableScannerViews(workspaceId, invoice, X);

        assertThat(promoted).containsExactly(earlier.reclassified(ViewClass.HUMAN),
                later.reclassified(ViewClass.HUMAN));
        assertThat(views().recentViews(workspaceId, invoice, 10)).containsExactly(
                later.reclassified(ViewClass.HUMAN), knownScanner, otherAddress, earlier.reclassified(ViewClass.HUMAN));
        assertThat(views().recentViews(workspaceId, other, 10)).containsExactly(otherDocument);
        assertThat(views().engagement(workspaceId, invoice)).as("promoting is not counting").isEmpty();
    }

    @Test
    void promotingTwice_promotesNothingTheSecondTime_andOtherWorkspacesNever() {
        appended(view(invoice, "link:1", T, X, ViewClass.PROBABLE_SCANNER));
        WorkspaceId initech = storedWorkspace("Initech").id();

        assertThat(views().promoteProbableScannerViews(initech, invoice, X)).isEmpty();
        assertThat(views().promoteProbableScannerViews(workspaceId, invoice, X)).hasSize(1);
        assertThat(views().promoteProbableScannerViews(workspaceId, invoice, X)).isEmpty();
    }

    // ---- recording a human view in one call ----

    @Test
    void recordingAHumanView_appendsIt_promotesItsAddress_andCountsThePromotedViewsThenItself() {
        DocumentView scanned = appended(view(invoice, "link:1", T, X, ViewClass.PROBABLE_SCANNER));
        DocumentView elsewhere = appended(view(invoice, "link:2", T.plusSeconds(1), Y, ViewClass.PROBABLE_SCANNER));
        DocumentView human = view(invoice, ANA, T.plusSeconds(60), X, ViewClass.HUMAN);
        List<DocumentView> asked = new ArrayList<>();

        ViewStore.RecordedView recorded = views().recordHumanView(human, true, asked(asked));

        DocumentView promoted = scanned.reclassified(ViewClass.HUMAN);
        assertThat(recorded).isEqualTo(new ViewStore.RecordedView(
                List.of(new ViewStore.CountedView(promoted, new ViewStore.Counted(true, true))),
                new ViewStore.Counted(true, false)));
        assertThat(asked).as("the condition is asked per view, promoted first").containsExactly(promoted, human);
        assertThat(views().recentViews(workspaceId, invoice, 10)).containsExactly(human, elsewhere, promoted);
        assertThat(views().engagement(workspaceId, invoice)).contains(
                new DocumentEngagement(invoice, clientId, T, T.plusSeconds(60), 2, 2));
        assertThat(views().clientLastSeen(workspaceId, clientId)).contains(T.plusSeconds(60));
    }

    @Test
    void recordingAKnownDuplicateNotToBeAppended_logsNothing_countsNothing_butMovesLastViewedAndLastSeen() {
        count(invoice, ANA, T, T);
        DocumentView again = view(invoice, ANA, T.plus(Duration.ofMinutes(10)), X, ViewClass.HUMAN);

        ViewStore.RecordedView recorded = views().recordHumanView(again, false,
                view -> ViewStore.CountIf.knownDuplicate());

        assertThat(recorded).isEqualTo(new ViewStore.RecordedView(List.of(), new ViewStore.Counted(false, false)));
        assertThat(views().recentViews(workspaceId, invoice, 10)).isEmpty();
        assertThat(views().engagement(workspaceId, invoice)).contains(
                new DocumentEngagement(invoice, clientId, T, T.plus(Duration.ofMinutes(10)), 1, 1));
        assertThat(views().clientLastSeen(workspaceId, clientId)).contains(T.plus(Duration.ofMinutes(10)));
    }

    @Test
    void recordingAViewerCountedWithinTheWindow_isNotCountedAgain_andAnEarlierViewMovesNoTimeForward() {
        count(invoice, ANA, T.plus(Duration.ofMinutes(20)), T.plus(Duration.ofMinutes(20)));
        DocumentView earlier = view(invoice, ANA, T.plus(Duration.ofMinutes(5)), X, ViewClass.HUMAN);

        ViewStore.RecordedView recorded = views().recordHumanView(earlier, true, asked(new ArrayList<>()));

        assertThat(recorded.counted()).isEqualTo(new ViewStore.Counted(false, false));
        assertThat(views().engagement(workspaceId, invoice)).contains(new DocumentEngagement(invoice, clientId,
                T.plus(Duration.ofMinutes(5)), T.plus(Duration.ofMinutes(20)), 1, 1));
        assertThat(views().clientLastSeen(workspaceId, clientId)).contains(T.plus(Duration.ofMinutes(20)));
    }

    @Test
    void recordingAViewWithoutAnAddress_promotesNothing() {
        DocumentView scanned = appended(view(invoice, "link:1", T, "", ViewClass.PROBABLE_SCANNER));

        ViewStore.RecordedView recorded = views().recordHumanView(view(invoice, ANA, T.plusSeconds(60), "",
                ViewClass.HUMAN), false, asked(new ArrayList<>()));

        assertThat(recorded.promoted()).isEmpty();
        assertThat(recorded.counted()).isEqualTo(new ViewStore.Counted(true, true));
        assertThat(views().recentViews(workspaceId, invoice, 10)).containsExactly(scanned);
    }

    @Test
    void recordingAHumanView_keepsWorkspacesApart() {
        WorkspaceId initech = storedWorkspace("Initech").id();
        ClientId initrode = storedClient(initech, "Initrode", USD).id();
        appended(view(invoice, "link:1", T, X, ViewClass.PROBABLE_SCANNER));
        DocumentView there = new DocumentView(UUID.randomUUID(), initech, initrode, invoice, ANA,
                AccessChannel.SESSION, T.plusSeconds(60), X, "Mozilla/5.0", "GET", ViewClass.HUMAN);

        ViewStore.RecordedView recorded = views().recordHumanView(there, true, asked(new ArrayList<>()));

        assertThat(recorded).isEqualTo(new ViewStore.RecordedView(List.of(), new ViewStore.Counted(true, true)));
        assertThat(views().engagement(workspaceId, invoice)).isEmpty();
        assertThat(views().recentViews(workspaceId, invoice, 10)).extracting(DocumentView::classification)
                .containsExactly(ViewClass.PROBABLE_SCANNER);
        assertThat(views().clientLastSeen(initech, initrode)).contains(T.plusSeconds(60));
    }

    @Test
    void concurrentRecordingsFromOneAddress_promoteItsScannerViewOnce_andCountTheViewerOnce() throws Exception {
        DocumentView scanned = appended(view(invoice, "link:1", T, X, ViewClass.PROBABLE_SCANNER));
        int threads = 6;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ViewStore.RecordedView>> outcomes = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                DocumentView human = view(invoice, ANA, T.plusSeconds(60).plusNanos(thread * 1000L), X,
                        ViewClass.HUMAN);
                Callable<ViewStore.RecordedView> record = () -> {
                    together.await(10, TimeUnit.SECONDS);
                    return views().recordHumanView(human, true, asked(Collections.synchronizedList(
                            new ArrayList<>())));
                };
                outcomes.add(pool.submit(record));
            }
            List<ViewStore.CountedView> promoted = new ArrayList<>();
            int counted = 0;
            for (Future<ViewStore.RecordedView> outcome : outcomes) {
                ViewStore.RecordedView recorded = outcome.get(30, TimeUnit.SECONDS);
                promoted.addAll(recorded.promoted());
                counted += recorded.counted().counted() ? 1 : 0;
            }

            assertThat(promoted).extracting(ViewStore.CountedView::view)
                    .containsExactly(scanned.reclassified(ViewClass.HUMAN));
            assertThat(counted).as("the viewer, once within the window").isEqualTo(1);
            assertThat(views().engagement(workspaceId, invoice).orElseThrow().humanViews()).isEqualTo(2);
            assertThat(views().recentViews(workspaceId, invoice, 10)).hasSize(threads + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void viewed_answersWhichOfManyDocumentsTheClientsPeopleViewed_perWorkspaceAndDocumentType() {
        DocumentRef onlySeen = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());
        DocumentRef otherAsInvoice = new DocumentRef(DocumentType.INVOICE, other.id());
        count(invoice, ANA, T, T);
        count(other, BOB, T, T);
        count(onlySeen, ANA, T, ViewStore.CountIf.knownDuplicate());
        List<DocumentRef> documents = new ArrayList<>(List.of(otherAsInvoice, onlySeen, invoice));
        for (int i = 0; i < 1_100; i++) {
            documents.add(new DocumentRef(DocumentType.INVOICE, UUID.randomUUID()));
        }

        assertThat(views().viewed(workspaceId, documents)).containsExactly(invoice);
        assertThat(views().viewed(workspaceId, List.of(other, invoice))).containsExactlyInAnyOrder(other, invoice);
        assertThat(views().viewed(storedWorkspace("Initech").id(), List.of(other, invoice))).isEmpty();
        assertThat(views().viewed(workspaceId, List.of())).isEmpty();
    }

    /** The portal's condition: counted when the viewer's last count is before the window; notes each view asked. */
    private static Function<DocumentView, ViewStore.CountIf> asked(List<DocumentView> asked) {
        return view -> {
            asked.add(view);
            return ViewStore.CountIf.lastCountedBefore(view.at().minus(WINDOW).plusNanos(1000));
        };
    }

    private ViewStore views() {
        return stores.viewStore();
    }

    private DocumentView appended(DocumentView view) {
        views().append(view);
        return view;
    }

    private ViewStore.Counted count(DocumentRef document, String viewer, Instant at, Instant lastCountedBefore) {
        return count(document, viewer, at, ViewStore.CountIf.lastCountedBefore(lastCountedBefore));
    }

    private ViewStore.Counted count(DocumentRef document, String viewer, Instant at, ViewStore.CountIf countIf) {
        return views().countHumanView(workspaceId, clientId, document, viewer, at, countIf);
    }

    private DocumentView view(DocumentRef document, String viewer, Instant at, String address,
                              ViewClass classification) {
        AccessChannel channel = viewer.startsWith("link:") ? AccessChannel.DOCUMENT_LINK
                : viewer.startsWith("staff:") ? AccessChannel.STAFF : AccessChannel.SESSION;
        return new DocumentView(UUID.randomUUID(), workspaceId, clientId, document, viewer, channel, at, address,
                "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "GET", classification);
    }
}
