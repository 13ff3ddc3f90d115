package dev.clientportal.core.analytics;

import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.testing.MutableClock;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The write-behind view log: batches by size and age, one writer, nothing lost to a failing store. */
class ViewLogBufferTest {

    private static final Duration DELAY = Duration.ofSeconds(5);

    private final MutableClock clock = MutableClock.at(PortalFixture.START);
    private final WorkspaceId workspaceId = new WorkspaceId(UUID.randomUUID());
    private final ClientId clientId = new ClientId(UUID.randomUUID());
    private final DocumentRef invoice = new DocumentRef(DocumentType.INVOICE, UUID.randomUUID());
    private final RecordingViewStore store = new RecordingViewStore();
    private final ViewLogBuffer buffer = new ViewLogBuffer(store, 3, DELAY, clock);

    @Test
    void viewsWait_untilTheBatchIsFull_thenGoInOneWrite_inOrder() {
        DocumentView first = added();
        DocumentView second = added();

        assertThat(store.batches).isEmpty();

        DocumentView third = added();

        assertThat(store.batches).containsExactly(List.of(first, second, third));
        assertThat(logged()).containsExactly(third, second, first);
    }

    @Test
    void aPartialBatch_isWrittenOnceItsOldestViewWaitedTheDelay_byTheNextView() {
        DocumentView first = added();
        clock.advance(DELAY.minusMillis(1));
        DocumentView second = added();

        assertThat(store.batches).isEmpty();

        clock.advance(Duration.ofMillis(1));
        DocumentView third = added();

        assertThat(store.batches).containsExactly(List.of(first, second, third));
    }

    @Test
    void flush_writesWhateverIsQueued_inBatchesOfAtMostTheMaximum() {
        ViewLogBuffer large = new ViewLogBuffer(store, 1000, DELAY, clock);
        List<DocumentView> views = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            DocumentView view = view(clock.instant());
            large.add(view);
            views.add(view);
        }

        assertThat(large.flush()).isZero();
        assertThat(store.batches).containsExactly(views);
        assertThat(large.flush()).as("nothing left").isZero();
        assertThat(store.batches).hasSize(1);
    }

    @Test
    void aFailedWrite_keepsTheBatchQueuedInOrder_andTheNextFlushWritesIt() {
        store.failures.set(1);
        DocumentView first = added();
        DocumentView second = added();
        DocumentView third = added();

        assertThat(store.batches).as("the failed write").hasSize(1);
        assertThat(logged()).isEmpty();

        assertThat(buffer.flush()).isZero();

        assertThat(logged()).containsExactly(third, second, first);
    }

    @Test
    void afterAFailedWrite_viewsQueueWithoutRetrying_untilTheDelayPassed() {
        store.failures.set(1);
        for (int i = 0; i < 3; i++) {
            added();
        }
        for (int i = 0; i < 3; i++) {
            added();
        }

        assertThat(store.batches).as("no second attempt within the delay").hasSize(1);

        clock.advance(DELAY);
        added();

        assertThat(store.batches).as("the failed batch again, then the next full one").hasSize(3);
        assertThat(logged()).hasSize(6);
        assertThat(buffer.flush()).isZero();
        assertThat(logged()).hasSize(7);
    }

    @Test
    void aViewTheStoreRejects_isDroppedAlone_andTheRestOfItsBatchIsWritten() {
        DocumentView first = added();
        DocumentView rejected = added();
        store.rejected.add(rejected.id());
        DocumentView third = added();

        assertThat(logged()).containsExactly(third, first);
        assertThat(buffer.flush()).isZero();
    }

    @Test
    void aViewAlreadyInTheLog_isNotWrittenTwice_whenAnEarlierWriteAppliedAfterAll() {
        DocumentView first = view(clock.instant());
        store.appendAll(List.of(first));

        buffer.add(first);
        DocumentView second = added();
        DocumentView third = added();

        assertThat(logged()).containsExactly(third, second, first);
    }

    @Test
    void whileTheStoreKeepsFailing_theQueueIsBounded_andQueueingThenFailsLoudly() {
        store.failures.set(Integer.MAX_VALUE);
        for (int i = 0; i < 3 * ViewLogBuffer.PENDING_BATCHES; i++) {
            added();
        }

        assertThatThrownBy(this::added).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.STORE_UNAVAILABLE));
        assertThat(buffer.flush()).isEqualTo(3 * ViewLogBuffer.PENDING_BATCHES);
    }

    @Test
    void manyThreadsQueueingFasterThanTheStoreWrites_loseNoView_waitRatherThanFail_andOneThreadWritesAtATime()
            throws Exception {
        store.millisPerWrite = 2;
        int threads = 8;
        int perThread = 500;
        ViewLogBuffer shared = new ViewLogBuffer(store, 50, DELAY, clock);
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<DocumentView> queued = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                done.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    for (int i = 0; i < perThread; i++) {
                        DocumentView view = view(clock.instant());
                        shared.add(view);
                        queued.add(view);
                    }
                    return null;
                }));
            }
            for (Future<?> thread : done) {
                thread.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(shared.flush()).isZero();

        assertThat(store.overlapping.get()).as("writes that overlapped").isZero();
        assertThat(store.batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(50));
        Set<UUID> written = store.batches.stream().flatMap(List::stream).map(DocumentView::id)
                .collect(Collectors.toSet());
        assertThat(store.batches.stream().mapToInt(List::size).sum()).isEqualTo(threads * perThread);
        assertThat(written).isEqualTo(queued.stream().map(DocumentView::id).collect(Collectors.toSet()));
    }

    private DocumentView added() {
        DocumentView view = view(clock.instant());
        buffer.add(view);
        return view;
    }

    /** The views in the store, newest first (equal instants: the later written first). */
    private List<DocumentView> logged() {
        return store.recentViews(workspaceId, invoice, 500);
    }

    private DocumentView view(Instant at) {
        return new DocumentView(UUID.randomUUID(), workspaceId, clientId, invoice, "contact:ana",
                AccessChannel.SESSION, at, "198.51.100.7", PortalFixture.BROWSER, "GET", ViewClass.HUMAN);
    }

    /**
     * The in-memory view store, recording each batch it was asked to write; it can fail a number of writes as an
     * unreachable database does, reject given views as a database rejects a row, take its time, and notices
     * overlapping writes.
     */
    private static final class RecordingViewStore implements ViewStore {

        final ViewStore stored = InMemoryStores.create().viewStore();
        final List<List<DocumentView>> batches = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        final Set<UUID> rejected = Collections.newSetFromMap(new ConcurrentHashMap<>());
        final AtomicInteger writing = new AtomicInteger();
        final AtomicInteger overlapping = new AtomicInteger();
        volatile long millisPerWrite;
        private final Set<UUID> ids = Collections.newSetFromMap(new ConcurrentHashMap<>());

        @Override
        public void append(DocumentView view) {
            appendAll(List.of(view));
        }

        @Override
        public void appendAll(List<DocumentView> views) {
            if (writing.incrementAndGet() > 1) {
                overlapping.incrementAndGet();
            }
            try {
                batches.add(List.copyOf(views));
                if (millisPerWrite > 0) {
                    Thread.sleep(millisPerWrite);
                }
                if (failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                    throw new PortalException(ErrorCode.STORE_UNAVAILABLE, "the database is down");
                }
                for (DocumentView view : views) {
                    if (rejected.contains(view.id())) {
                        throw PortalException.invalid(ErrorCode.INVALID_VALUE, "userAgent", view.userAgent(),
                                "too long for the column");
                    }
                    if (ids.contains(view.id())) {
                        throw new PortalException(ErrorCode.DUPLICATE_KEY, "view " + view.id() + " is logged");
                    }
                }
                views.forEach(view -> ids.add(view.id()));
                stored.appendAll(views);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PortalException(ErrorCode.STORE_UNAVAILABLE, "interrupted", e);
            } finally {
                writing.decrementAndGet();
            }
        }

        @Override
        public Counted countHumanView(WorkspaceId workspaceId, ClientId clientId, DocumentRef document,
                                      String viewerKey, Instant at, CountIf countIf) {
            return stored.countHumanView(workspaceId, clientId, document, viewerKey, at, countIf);
        }

        @Override
        public List<DocumentView> promoteProbableScannerViews(WorkspaceId workspaceId, DocumentRef document,
                                                              String address) {
            return stored.promoteProbableScannerViews(workspaceId, document, address);
        }

        @Override
        public Optional<DocumentEngagement> engagement(WorkspaceId workspaceId, DocumentRef document) {
            return stored.engagement(workspaceId, document);
        }

        @Override
        public Optional<Instant> clientLastSeen(WorkspaceId workspaceId, ClientId clientId) {
            return stored.clientLastSeen(workspaceId, clientId);
        }

        @Override
        public List<DocumentView> recentViews(WorkspaceId workspaceId, DocumentRef document, int limit) {
            return stored.recentViews(workspaceId, document, limit);
        }
    }
}
