package dev.clientportal.core.contract;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceIssued;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.workspace.NumberSequence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent {@link Invoicing#issue} calls of one workspace in one instance, which the portal serves together: the
 * calls that queue while one is issuing are issued in one unit of work with one block of numbers, and every caller
 * still gets exactly its own invoice, or exactly the error it would get alone. A scenario over any
 * {@link PortalStores}; an adapter runs it by extending it and implementing {@link #newStores()}.
 */
public abstract class ConcurrentIssueScenario {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final GatedNumbers numbers = new GatedNumbers(newStores());
    private final PortalFixture fixture = PortalFixture.over(StoresWith.of(numbers.base).numberSequence(numbers));
    private final Invoicing invoicing = fixture.portal.invoicing();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final ExecutorService callers = Executors.newCachedThreadPool();

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    @AfterEach
    void stopCallers() {
        numbers.open();
        callers.shutdownNow();
    }

    @Test
    void callsThatQueueBehindAnIssue_areIssuedTogether_eachGettingItsOwnInvoiceOrItsOwnError() throws Exception {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        Invoice issuedAlready = fixture.issuedInvoice(owner, globex, "5.00");
        List<Invoice> drafts = drafts(4);
        numbers.closeBeforeNextNumber();

        Future<Invoice> first = callers.submit(() -> invoicing.issue(owner, drafts.get(0).id()));
        numbers.awaitSomeoneWaiting();
        List<InvoiceId> queued = List.of(drafts.get(1).id(), drafts.get(2).id(), issuedAlready.id(),
                drafts.get(3).id(), drafts.get(1).id());
        Map<InvoiceId, List<Future<Invoice>>> outcomes = new ConcurrentHashMap<>();
        List<Thread> queuedThreads = new CopyOnWriteArrayList<>();
        for (InvoiceId id : queued) {
            CountDownLatch started = new CountDownLatch(1);
            Future<Invoice> outcome = callers.submit(() -> {
                queuedThreads.add(Thread.currentThread());
                started.countDown();
                return invoicing.issue(owner, id);
            });
            started.await();
            outcomes.computeIfAbsent(id, any -> new CopyOnWriteArrayList<>()).add(outcome);
        }
        awaitParked(queuedThreads, queued.size());
        numbers.open();

        assertThat(result(first).number()).isEqualTo("INV-2026-00002");
        List<String> queuedNumbers = new ArrayList<>();
        for (int i : List.of(1, 2, 3)) {
            Invoice draft = drafts.get(i);
            List<Invoice> issued = new ArrayList<>();
            List<Throwable> failed = new ArrayList<>();
            for (Future<Invoice> outcome : outcomes.get(draft.id())) {
                try {
                    issued.add(result(outcome));
                } catch (ExecutionException e) {
                    failed.add(e.getCause());
                }
            }
            assertThat(issued).as("the draft is issued to exactly one of its callers").singleElement()
                    .satisfies(invoice -> {
                        assertThat(invoice.id()).isEqualTo(draft.id());
                        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
                    });
            assertThat(failed).as("the second caller of the same draft fails as it would alone")
                    .allSatisfy(error -> assertThat(((PortalException) error).errorCode())
                            .isEqualTo(ErrorCode.INVOICE_NOT_EDITABLE));
            queuedNumbers.add(issued.get(0).number());
        }
        assertThat(numbers.blocksTaken).as("one block for the three distinct drafts that queued").containsExactly(3);
        assertThat(queuedNumbers).containsExactlyInAnyOrder("INV-2026-00003", "INV-2026-00004", "INV-2026-00005");
        assertThat(outcomes.get(issuedAlready.id())).singleElement().satisfies(outcome -> {
            ExecutionException thrown = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> result(outcome));
            assertThat(((PortalException) thrown.getCause()).errorCode()).isEqualTo(ErrorCode.INVOICE_NOT_EDITABLE);
        });
        assertThat(fixture.eventsOf(InvoiceIssued.class)).extracting(InvoiceIssued::number)
                .containsExactlyInAnyOrder("INV-2026-00001", "INV-2026-00002", "INV-2026-00003", "INV-2026-00004",
                        "INV-2026-00005");
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
        for (Invoice draft : drafts) {
            assertThat(fixture.portal.audit().forSubject(owner, "invoice", draft.id().toString()))
                    .filteredOn(entry -> entry.action().equals("invoice.issued")).hasSize(1);
        }
    }

    @Test
    void queuedCallsNamingAVersion_areIssuedTogetherAtIt_andOneNamingAStaleVersionIsRefusedTakingNoNumber()
            throws Exception {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        List<Invoice> drafts = drafts(3);
        Invoice read = drafts.get(2);
        Invoice changed = invoicing.updateDraft(owner, read.id(), DraftInvoice.forClient(globex.id())
                .line("Consulting", "2", "day", Money.of("30.00", USD)));
        numbers.closeBeforeNextNumber();

        Future<Invoice> first = callers.submit(() -> invoicing.issue(owner, drafts.get(0).id()));
        numbers.awaitSomeoneWaiting();
        List<Future<Invoice>> queued = new ArrayList<>();
        List<Thread> queuedThreads = new CopyOnWriteArrayList<>();
        for (Invoice named : List.of(drafts.get(1), read)) {
            CountDownLatch started = new CountDownLatch(1);
            queued.add(callers.submit(() -> {
                queuedThreads.add(Thread.currentThread());
                started.countDown();
                return invoicing.issue(owner, named.id(), named.version());
            }));
            started.await();
        }
        awaitParked(queuedThreads, 2);
        numbers.open();

        assertThat(result(first).number()).isEqualTo("INV-2026-00001");
        assertThat(result(queued.get(0)).number()).isEqualTo("INV-2026-00002");
        ExecutionException stale = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> result(queued.get(1)));
        assertThat(((PortalException) stale.getCause()).errorCode()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
        assertThat(numbers.blocksTaken).as("the batch numbered only the draft at its version").containsExactly(1);
        Invoice after = invoicing.get(owner, read.id());
        assertThat(after.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(after.version()).isEqualTo(changed.version());
        assertThat(fixture.eventsOf(InvoiceIssued.class)).extracting(InvoiceIssued::number)
                .containsExactlyInAnyOrder("INV-2026-00001", "INV-2026-00002");
    }

    @Test
    void whenTheBatchFails_everyCallerIssuesAlone_andNothingOfTheBatchStays() throws Exception {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        List<Invoice> drafts = drafts(4);
        numbers.closeBeforeNextNumber();
        numbers.failNextBlock();

        Future<Invoice> first = callers.submit(() -> invoicing.issue(owner, drafts.get(0).id()));
        numbers.awaitSomeoneWaiting();
        List<Future<Invoice>> queued = new ArrayList<>();
        List<Thread> queuedThreads = new CopyOnWriteArrayList<>();
        for (Invoice draft : drafts.subList(1, 4)) {
            CountDownLatch started = new CountDownLatch(1);
            queued.add(callers.submit(() -> {
                queuedThreads.add(Thread.currentThread());
                started.countDown();
                return invoicing.issue(owner, draft.id());
            }));
            started.await();
        }
        awaitParked(queuedThreads, 3);
        numbers.open();

        assertThat(result(first).number()).isEqualTo("INV-2026-00001");
        Set<String> numbered = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Invoice issued = result(queued.get(i));
            assertThat(issued.id()).isEqualTo(drafts.get(i + 1).id());
            numbered.add(issued.number());
        }
        assertThat(numbers.failedBlocks.get()).as("the batch was tried once and failed").isEqualTo(1);
        assertThat(numbered).containsExactlyInAnyOrder("INV-2026-00002", "INV-2026-00003", "INV-2026-00004");
        assertThat(fixture.eventsOf(InvoiceIssued.class)).hasSize(4);
        assertThat(invoicing.list(owner, InvoiceFilter.ALL, 0, 500))
                .allSatisfy(invoice -> assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN));
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void manyCallersOfOneWorkspace_getGaplessNumbers_eachForTheirOwnDraft() throws Exception {
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        int threads = 8;
        int perThread = 12;
        List<Invoice> drafts = drafts(threads * perThread);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Invoice>>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Invoice> mine = drafts.subList(t * perThread, (t + 1) * perThread);
            work.add(callers.submit(() -> {
                go.await();
                List<Invoice> issued = new ArrayList<>();
                for (Invoice draft : mine) {
                    Invoice invoice = invoicing.issue(owner, draft.id());
                    assertThat(invoice.id()).isEqualTo(draft.id());
                    issued.add(invoice);
                }
                return issued;
            }));
        }
        go.countDown();

        Set<String> numbered = new HashSet<>();
        for (Future<List<Invoice>> each : work) {
            for (Invoice invoice : each.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                assertThat(numbered.add(invoice.number())).as("number %s issued once", invoice.number()).isTrue();
            }
        }
        assertThat(numbered).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * perThread)
                .mapToObj(n -> "INV-2026-%05d".formatted(n)).toList());
        assertThat(fixture.eventsOf(InvoiceIssued.class)).hasSize(threads * perThread);
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
    }

    private static Invoice result(Future<Invoice> outcome) throws Exception {
        return outcome.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Waits until every queued caller is parked in the portal, waiting for its turn. */
    private static void awaitParked(List<Thread> threads, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (threads.size() < count || !threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
            assertThat(Instant.now()).as("queued callers parked in time").isBefore(deadline);
            LockSupport.parkNanos(100_000);
        }
    }

    private List<Invoice> drafts(int count) {
        List<Invoice> drafts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            drafts.add(invoicing.createDraft(owner, DraftInvoice.forClient(globex.id())
                    .line("Consulting", "1", "day", Money.of(i + "0.00", USD))));
        }
        return drafts;
    }

    /**
     * The stores' numbering, which can hold the next caller before it takes a number (so others queue behind it),
     * records the blocks taken, and can fail the next block once.
     */
    private static final class GatedNumbers implements NumberSequence {
        final PortalStores base;
        final List<Integer> blocksTaken = new CopyOnWriteArrayList<>();
        final AtomicInteger failedBlocks = new AtomicInteger();
        private final AtomicBoolean failNextBlock = new AtomicBoolean();
        private volatile CountDownLatch gate = new CountDownLatch(0);
        private final CountDownLatch waiting = new CountDownLatch(1);

        GatedNumbers(PortalStores base) {
            this.base = base;
        }

        void closeBeforeNextNumber() {
            gate = new CountDownLatch(1);
        }

        void open() {
            gate.countDown();
        }

        void failNextBlock() {
            failNextBlock.set(true);
        }

        void awaitSomeoneWaiting() throws InterruptedException {
            assertThat(waiting.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("a caller reached the numbering")
                    .isTrue();
        }

        @Override
        public long next(WorkspaceId workspaceId, String scope) {
            holdAtTheGate();
            return base.numberSequence().next(workspaceId, scope);
        }

        @Override
        public long nextBlock(WorkspaceId workspaceId, String scope, int count) {
            holdAtTheGate();
            if (failNextBlock.compareAndSet(true, false)) {
                failedBlocks.incrementAndGet();
                throw new IllegalStateException("the numbering failed this once");
            }
            blocksTaken.add(count);
            return base.numberSequence().nextBlock(workspaceId, scope, count);
        }

        private void holdAtTheGate() {
            CountDownLatch current = gate;
            if (current.getCount() == 0) {
                return;
            }
            waiting.countDown();
            try {
                assertThat(current.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the gate opened").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
