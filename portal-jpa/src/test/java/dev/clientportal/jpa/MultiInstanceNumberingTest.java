package dev.clientportal.jpa;

import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two host instances (two entity manager factories over one database) with eight threads each draw document numbers
 * at once, every fifth transaction failing after it drew: the committed numbers are exactly 1..n, none twice, none
 * missing, because a rolled-back number is handed out again.
 */
class MultiInstanceNumberingTest {

    private static final int INSTANCES = 2;
    private static final int THREADS_PER_INSTANCE = 8;
    private static final int DRAWS_PER_THREAD = 150;
    private static final String SCOPE = "invoice:INV-2026-{seq}";

    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MARIADB"})
    void twoInstancesTimesEightThreads_commitEveryNumberOnce_withoutGaps(Vendor vendor) throws Exception {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        ResourceLocalTransactions setup = new ResourceLocalTransactions(database.entityManagerFactory());
        WorkspaceId workspaceId = setup.inTransaction(
                () -> new JpaWorkspaces(setup).save(Samples.workspace("Acme Design"))).id();

        List<EntityManagerFactory> factories = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES * THREADS_PER_INSTANCE);
        Queue<Long> committed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> threads = new ArrayList<>();
            for (int instance = 0; instance < INSTANCES; instance++) {
                EntityManagerFactory factory = database.newEntityManagerFactory();
                factories.add(factory);
                ResourceLocalTransactions transactions = new ResourceLocalTransactions(factory);
                JpaNumberSequence numbers = new JpaNumberSequence(transactions, transactions);
                for (int thread = 0; thread < THREADS_PER_INSTANCE; thread++) {
                    threads.add(pool.submit(() -> drawNumbers(start, transactions, numbers, workspaceId, committed)));
                }
            }
            start.countDown();
            int rolledBack = 0;
            for (Future<Integer> thread : threads) {
                // a bound only so that a deadlock fails the build instead of hanging it
                rolledBack += thread.get(10, TimeUnit.MINUTES);
            }

            int draws = INSTANCES * THREADS_PER_INSTANCE * DRAWS_PER_THREAD;
            assertThat(rolledBack).isPositive();
            assertThat(committed).hasSize(draws - rolledBack).doesNotHaveDuplicates();
            assertThat(committed.stream().sorted().toList())
                    .isEqualTo(LongStream.rangeClosed(1, draws - rolledBack).boxed().toList());
        } finally {
            pool.shutdownNow();
            factories.forEach(EntityManagerFactory::close);
        }
    }

    /** Draws numbers in transactions of their own; every fifth fails after drawing. Returns how many failed. */
    private static int drawNumbers(CountDownLatch start, ResourceLocalTransactions transactions,
                                   JpaNumberSequence numbers, WorkspaceId workspaceId, Queue<Long> committed)
            throws InterruptedException {
        start.await();
        int rolledBack = 0;
        for (int draw = 1; draw <= DRAWS_PER_THREAD; draw++) {
            boolean fail = draw % 5 == 0;
            try {
                transactions.inTransaction(() -> {
                    long number = numbers.next(workspaceId, SCOPE);
                    transactions.afterCommit(() -> committed.add(number));
                    if (fail) {
                        throw new IllegalStateException("issuing failed after numbering");
                    }
                    return number;
                });
            } catch (IllegalStateException expected) {
                rolledBack++;
            }
        }
        return rolledBack;
    }
}
