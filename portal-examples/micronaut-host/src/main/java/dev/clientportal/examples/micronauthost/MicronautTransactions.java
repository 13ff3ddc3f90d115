package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.spi.TransactionRunner;
import io.micronaut.core.order.Ordered;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The portal's transactions on Micronaut's: the class of the README's "Your runner" for a Micronaut app. A portal
 * call joins the transaction open on the thread (a {@code @Transactional} method of the app, or the portal's own),
 * so the outermost one decides; events and notifications leave after its commit.
 *
 * <p>Micronaut keeps a finished transaction current until its completion callbacks have run, so the portal's
 * after-commit work runs in the completion phase of a committed transaction (where Micronaut marks it completed),
 * and portal work started from there (the outbox relay marking events delivered) opens a transaction of its own.
 */
final class MicronautTransactions implements TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MicronautTransactions.class);
    private static final TransactionDefinition REQUIRES_NEW =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final TransactionOperations<Session> operations;

    MicronautTransactions(TransactionOperations<Session> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return operations.execute(finishing().isPresent() ? REQUIRES_NEW : TransactionDefinition.DEFAULT,
                status -> work.get());
    }

    @Override
    public <T> T inReadOnlyTransaction(Supplier<T> work) {
        return operations.execute(finishing().isPresent() ? REQUIRES_NEW : TransactionDefinition.READ_ONLY,
                status -> work.get());
    }

    @Override
    public boolean isTransactionOpen() {
        return operations.findTransactionStatus().filter(status -> !status.isCompleted()).isPresent();
    }

    @Override
    public void afterCommit(Runnable callback) {
        open("afterCommit").registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status status) {
                if (status != Status.COMMITTED) {
                    return;
                }
                try {
                    callback.run();
                } catch (RuntimeException e) {
                    LOG.warn("portal after-commit callback failed; the commit stands", e);
                }
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        });
    }

    @Override
    public boolean afterCompletion(Runnable callback) {
        open("afterCompletion").registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status status) {
                callback.run();
            }

            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }
        });
        return true;
    }

    /** The transaction whose completion callbacks are running on this thread, if any. */
    private Optional<? extends TransactionStatus<?>> finishing() {
        return operations.findTransactionStatus().filter(TransactionStatus::isCompleted);
    }

    private TransactionStatus<?> open(String what) {
        return operations.findTransactionStatus().filter(status -> !status.isCompleted())
                .orElseThrow(() -> new IllegalStateException(what + " needs an open transaction on this thread"));
    }
}
