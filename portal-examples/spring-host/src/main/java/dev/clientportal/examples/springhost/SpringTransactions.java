package dev.clientportal.examples.springhost;

import dev.clientportal.core.spi.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * The portal's transactions on Spring's: the class of the README's "Your runner". A portal call joins the
 * transaction open on the thread, so the outermost one decides; events and notifications leave after its commit.
 * Spring runs after-commit callbacks while the finished transaction is still bound to the thread, so work those
 * callbacks start (the outbox relay marking events delivered) runs in a new transaction.
 */
final class SpringTransactions implements TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SpringTransactions.class);

    private final TransactionTemplate required;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate requiresNew;
    private final ThreadLocal<Boolean> afterCommitPhase = ThreadLocal.withInitial(() -> false);

    SpringTransactions(PlatformTransactionManager manager) {
        required = new TransactionTemplate(manager);
        readOnly = new TransactionTemplate(manager);
        readOnly.setReadOnly(true);
        requiresNew = new TransactionTemplate(manager);
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (afterCommitPhase.get()) {
            return requiresNew.execute(status -> {
                afterCommitPhase.set(false);
                try {
                    return work.get();
                } finally {
                    afterCommitPhase.set(true);
                }
            });
        }
        return required.execute(status -> work.get());
    }

    @Override
    public <T> T inReadOnlyTransaction(Supplier<T> work) {
        return afterCommitPhase.get() ? inTransaction(work) : readOnly.execute(status -> work.get());
    }

    @Override
    public boolean isTransactionOpen() {
        return !afterCommitPhase.get() && TransactionSynchronizationManager.isActualTransactionActive();
    }

    @Override
    public void afterCommit(Runnable callback) {
        requireSynchronization("afterCommit");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommitPhase.set(true);
                try {
                    callback.run();
                } catch (RuntimeException e) {
                    LOG.warn("portal after-commit callback failed; the commit stands", e);
                } finally {
                    afterCommitPhase.set(false);
                }
            }
        });
    }

    @Override
    public boolean afterCompletion(Runnable callback) {
        requireSynchronization("afterCompletion");
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                callback.run();
            }
        });
        return true;
    }

    private static void requireSynchronization(String what) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException(what + " needs an open transaction on this thread");
        }
    }
}
