package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the row-lock mode promises beyond the store contracts: a lock wait that would deadlock or lasts too long ends
 * in a retryable {@link ErrorCode#CONCURRENT_MODIFICATION} instead of hanging, and in both modes a transaction's
 * completion callbacks run once it ends, before its after-commit callbacks.
 */
class RowLockModeTest {

    private static final Money TEN = Money.of("10.00", CurrencyUnit.USD);

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoTransactionsLockingTwoRowsInOppositeOrder_oneFailsAtOnceAndTheOtherCommits() throws Exception {
        InMemoryStores stores = InMemoryStores.withRowLocks(Duration.ofSeconds(30));
        Workspace workspace = stores.workspaces().save(Samples.workspace("Acme"));
        Client globex = stores.clients().save(Samples.client(workspace.id(), "Globex", CurrencyUnit.USD));
        Client hooli = stores.clients().save(Samples.client(workspace.id(), "Hooli", CurrencyUnit.USD));
        CountDownLatch bothLockedOne = new CountDownLatch(2);
        long started = System.nanoTime();

        Future<Client> first = threads.submit(() -> creditBoth(stores, globex, hooli, bothLockedOne));
        Future<Client> second = threads.submit(() -> creditBoth(stores, hooli, globex, bothLockedOne));
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (Future<Client> future : List.of(first, second)) {
            try {
                future.get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("detected, not timed out")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(failures).singleElement().isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
        assertThat(stores.clients().find(workspace.id(), globex.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(stores.clients().find(workspace.id(), hooli.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aWriterWaitingLongerThanTheLockWait_failsWithConcurrentModificationAndTheHolderCommits() throws Exception {
        InMemoryStores stores = InMemoryStores.withRowLocks(Duration.ofMillis(200));
        Workspace workspace = stores.workspaces().save(Samples.workspace("Acme"));
        Client globex = stores.clients().save(Samples.client(workspace.id(), "Globex", CurrencyUnit.USD));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Client> holder = threads.submit(() -> stores.transactions().inTransaction(() -> {
            Client saved = stores.clients().save(globex.withCreditAdded(TEN));
            locked.countDown();
            awaitQuietly(release);
            return saved;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> stores.clients().save(globex.withCreditAdded(TEN)))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
                    assertThat(e.getMessage()).contains("timed out");
                });
        release.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS).version()).isEqualTo(2);
    }

    @Test
    void appendsToTwoAuditChainsInOppositeOrder_endWithOneRetryableFailure_notWithTwoWaitingForEver()
            throws Exception {
        InMemoryStores stores = InMemoryStores.withRowLocks(Duration.ofMillis(200));
        Clock clock = Clock.systemUTC();
        AuditLog log = new AuditLog(stores.auditTrail(), clock, IdGenerator.timeOrdered(clock));
        WorkspaceId acme = new WorkspaceId(UUID.randomUUID());
        WorkspaceId initech = new WorkspaceId(UUID.randomUUID());
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        List<Future<AuditEntry>> appends = new java.util.ArrayList<>();
        for (WorkspaceId[] order : new WorkspaceId[][] {{acme, initech}, {initech, acme}}) {
            appends.add(threads.submit(() -> stores.transactions().inTransaction(() -> {
                log.record(order[0], "system", "test.first", "test", "1", Map.of());
                bothHoldOne.countDown();
                awaitQuietly(bothHoldOne);
                return log.record(order[1], "system", "test.second", "test", "2", Map.of());
            })));
        }

        List<Throwable> failures = new java.util.ArrayList<>();
        for (Future<AuditEntry> append : appends) {
            try {
                append.get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        assertThat(failures).isNotEmpty().allSatisfy(failure -> assertThat(failure)
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
                    assertThat(e.retryable()).isTrue();
                }));
        assertThat(log.verify(acme).intact()).isTrue();
        assertThat(log.verify(initech).intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(InMemoryStores.Mode.class)
    void completionCallbacksRun_whenTheTransactionCommitsOrRollsBack_beforeAfterCommitCallbacks(
            InMemoryStores.Mode mode) {
        InMemoryTransactions transactions = (InMemoryTransactions) InMemoryStores.create(mode).transactions();
        List<String> calls = new CopyOnWriteArrayList<>();

        transactions.inTransaction(() -> {
            transactions.afterCommit(() -> calls.add("after commit"));
            transactions.onCompletion(() -> calls.add("completed"));
            return null;
        });
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.afterCommit(() -> calls.add("never"));
            transactions.onCompletion(() -> calls.add("completed after rollback"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(calls).containsExactly("completed", "after commit", "completed after rollback");
        assertThat(transactions.isTransactionOpen()).isFalse();
        assertThatThrownBy(() -> transactions.onCompletion(() -> { })).isInstanceOf(IllegalStateException.class);
    }

    private static Client creditBoth(InMemoryStores stores, Client one, Client other, CountDownLatch bothLockedOne) {
        return stores.transactions().inTransaction(() -> {
            stores.clients().save(one.withCreditAdded(TEN));
            bothLockedOne.countDown();
            awaitQuietly(bothLockedOne);
            return stores.clients().save(other.withCreditAdded(TEN));
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
