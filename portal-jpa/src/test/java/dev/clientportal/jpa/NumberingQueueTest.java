package dev.clientportal.jpa;

import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.spi.TransactionRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queue in front of a counter row ({@link JpaNumberSequence}): a transaction holds its instance's turn from its
 * first number until it ends, whether it commits, rolls back or fails to commit, keeps it while it draws again, and
 * a runner that cannot report the end of a transaction gets no queue at all, never a turn that is not handed on.
 */
class NumberingQueueTest {

    private static final String SCOPE = "invoice:INV-2026-{seq}";

    private ResourceLocalTransactions transactions;
    private JpaNumberSequence numbers;
    private WorkspaceId workspaceId;

    @BeforeEach
    void wire() {
        TestDatabase database = TestDatabase.of(Vendor.H2);
        database.clean();
        transactions = new ResourceLocalTransactions(database.entityManagerFactory());
        numbers = new JpaNumberSequence(transactions, transactions);
        workspaceId = transactions.inTransaction(() -> new JpaWorkspaces(transactions)
                .save(Samples.workspace("Acme Design"))).id();
    }

    @Test
    void theTurnIsHeldUntilTheTransactionCommits_andThroughASecondDraw() {
        List<Long> drawn = transactions.inTransaction(() -> {
            long first = numbers.next(workspaceId, SCOPE);
            assertThat(numbers.turnTaken(workspaceId, SCOPE)).isTrue();
            long block = numbers.nextBlock(workspaceId, SCOPE, 3);
            assertThat(numbers.turnTaken(workspaceId, SCOPE)).isTrue();
            return List.of(first, block);
        });

        assertThat(drawn).containsExactly(1L, 2L);
        assertThat(numbers.turnTaken(workspaceId, SCOPE)).isFalse();
        assertThat(transactions.inTransaction(() -> numbers.next(workspaceId, SCOPE))).isEqualTo(5);
    }

    @Test
    void theTurnIsHandedOnWhenTheTransactionRollsBack() {
        IllegalStateException failure = new IllegalStateException("issuing failed after numbering");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            numbers.next(workspaceId, SCOPE);
            throw failure;
        })).isSameAs(failure);

        assertThat(numbers.turnTaken(workspaceId, SCOPE)).isFalse();
        assertThat(transactions.inTransaction(() -> numbers.next(workspaceId, SCOPE))).isEqualTo(1);
    }

    @Test
    void theTurnIsHandedOnWhenTheCommitFails() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            numbers.next(workspaceId, SCOPE);
            transactions.current().getTransaction().setRollbackOnly();
            return null;
        })).isInstanceOf(RuntimeException.class).hasMessageContaining("rollback-only");

        assertThat(numbers.turnTaken(workspaceId, SCOPE)).isFalse();
        assertThat(transactions.inTransaction(() -> numbers.next(workspaceId, SCOPE))).isEqualTo(1);
    }

    @Test
    void aRunnerThatCannotReportTheEndOfATransaction_getsNoQueue_andNumbersStillCount() {
        TransactionRunner withoutCompletion = new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return transactions.inTransaction(work);
            }

            @Override
            public boolean isTransactionOpen() {
                return transactions.isTransactionOpen();
            }

            @Override
            public void afterCommit(Runnable callback) {
                transactions.afterCommit(callback);
            }
        };
        JpaNumberSequence unqueued = new JpaNumberSequence(transactions, withoutCompletion);

        long first = withoutCompletion.inTransaction(() -> {
            long number = unqueued.next(workspaceId, SCOPE);
            assertThat(unqueued.turnTaken(workspaceId, SCOPE)).isFalse();
            return number;
        });

        assertThat(first).isEqualTo(1);
        assertThat(withoutCompletion.inTransaction(() -> unqueued.nextBlock(workspaceId, SCOPE, 2))).isEqualTo(2);
        assertThat(unqueued.turnTaken(workspaceId, SCOPE)).isFalse();
    }
}
