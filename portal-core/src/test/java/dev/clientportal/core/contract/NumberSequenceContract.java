package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link dev.clientportal.core.workspace.NumberSequence}: 1, 2, 3, … per workspace and scope, gapless
 * because a rolled-back transaction gives its number back, and unique when several transactions draw at once.
 */
public abstract class NumberSequenceContract extends StoreContract {

    private static final String INVOICES = "invoice:INV-2026-{seq}";
    private static final int THREADS = 4;
    private static final int CALLS_PER_THREAD = 2_000;

    private WorkspaceId workspaceId;

    @BeforeEach
    void storeTheWorkspace() {
        workspaceId = storedWorkspace("Acme Design").id();
    }

    @Test
    void aSequenceStartsAtOneAndCountsUp() {
        assertThat(List.of(next(workspaceId, INVOICES), next(workspaceId, INVOICES), next(workspaceId, INVOICES)))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void eachScopeAndEachWorkspaceCountsOnItsOwn() {
        WorkspaceId other = storedWorkspace("Initech").id();
        next(workspaceId, INVOICES);
        next(workspaceId, INVOICES);

        assertThat(next(workspaceId, "invoice:INV-2027-{seq}")).isEqualTo(1);
        assertThat(next(workspaceId, "credit-note:CN-2026-{seq}")).isEqualTo(1);
        assertThat(next(other, INVOICES)).isEqualTo(1);
        assertThat(next(workspaceId, INVOICES)).isEqualTo(3);
    }

    @Test
    void aNumberDrawnInATransactionThatRollsBack_isHandedOutAgain() {
        next(workspaceId, INVOICES);
        IllegalStateException failure = new IllegalStateException("issuing failed after numbering");

        assertThatThrownBy(() -> inTransaction(() -> {
            assertThat(stores.numberSequence().next(workspaceId, INVOICES)).isEqualTo(2);
            assertThat(stores.numberSequence().next(workspaceId, INVOICES)).isEqualTo(3);
            stores.numberSequence().next(workspaceId, "credit-note:CN-2026-{seq}");
            throw failure;
        })).isSameAs(failure);

        assertThat(next(workspaceId, INVOICES)).isEqualTo(2);
        assertThat(next(workspaceId, "credit-note:CN-2026-{seq}")).isEqualTo(1);
    }

    @Test
    void aBlockOfNumbersFollowsTheLastNumber_andTheNextNumberFollowsTheBlock() {
        next(workspaceId, INVOICES);

        assertThat(inTransaction(() -> stores.numberSequence().nextBlock(workspaceId, INVOICES, 3))).isEqualTo(2);
        assertThat(inTransaction(() -> stores.numberSequence().nextBlock(workspaceId, "invoice:INV-2027-{seq}", 5)))
                .isEqualTo(1);
        assertThat(next(workspaceId, INVOICES)).isEqualTo(5);
        assertThat(next(workspaceId, "invoice:INV-2027-{seq}")).isEqualTo(6);
    }

    @Test
    void aBlockDrawnInATransactionThatRollsBack_isHandedOutAgain() {
        IllegalStateException failure = new IllegalStateException("issuing failed after numbering");

        assertThatThrownBy(() -> inTransaction(() -> {
            stores.numberSequence().nextBlock(workspaceId, INVOICES, 10);
            throw failure;
        })).isSameAs(failure);

        assertThat(inTransaction(() -> stores.numberSequence().nextBlock(workspaceId, INVOICES, 2))).isEqualTo(1);
        assertThat(next(workspaceId, INVOICES)).isEqualTo(3);
    }

    @Test
    void aBlockOfNoNumbers_isRefused() {
        assertThatThrownBy(() -> inTransaction(() -> stores.numberSequence().nextBlock(workspaceId, INVOICES, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Several threads (standing for several host instances) each draw numbers in their own transactions: together
     * they receive every number from 1 to the number of calls exactly once.
     */
    @Test
    void concurrentTransactionsReceiveEveryNumberExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> drawn = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<Long>> drawer = () -> {
                    start.await();
                    List<Long> numbers = new ArrayList<>(CALLS_PER_THREAD);
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        numbers.add(next(workspaceId, INVOICES));
                    }
                    return numbers;
                };
                drawn.add(pool.submit(drawer));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> numbers : drawn) {
                // A bound only so that a deadlocked adapter fails the build instead of hanging it.
                all.addAll(numbers.get(10, TimeUnit.MINUTES));
            }

            assertThat(all).hasSize(THREADS * CALLS_PER_THREAD).doesNotHaveDuplicates();
            assertThat(all.stream().sorted().toList())
                    .isEqualTo(LongStream.rangeClosed(1, THREADS * CALLS_PER_THREAD).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private long next(WorkspaceId workspace, String scope) {
        return inTransaction(() -> stores.numberSequence().next(workspace, scope));
    }
}
