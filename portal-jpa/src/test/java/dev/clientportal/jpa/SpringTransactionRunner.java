package dev.clientportal.jpa;

import dev.clientportal.core.spi.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * The portal's transactions as a Spring host runs them: on the host's {@link PlatformTransactionManager} (a
 * {@code JpaTransactionManager}), joining the host's transaction when one is open, with after-commit work registered
 * as a {@link TransactionSynchronization}. This is the class a Spring host copies (the Spring Boot example does).
 */
final class SpringTransactionRunner implements TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SpringTransactionRunner.class);

    private final TransactionTemplate readWrite;
    private final TransactionTemplate readOnly;

    SpringTransactionRunner(PlatformTransactionManager transactionManager) {
        this.readWrite = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return readWrite.execute(status -> work.get());
    }

    @Override
    public <T> T inReadOnlyTransaction(Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }

    @Override
    public boolean isTransactionOpen() {
        return TransactionSynchronizationManager.isActualTransactionActive();
    }

    @Override
    public void afterCommit(Runnable callback) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("afterCommit needs an open transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    callback.run();
                } catch (RuntimeException e) {
                    LOG.error("An after-commit callback failed; the transaction stays committed", e);
                }
            }
        });
    }

    @Override
    public boolean afterCompletion(Runnable callback) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("afterCompletion needs an open transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try {
                    callback.run();
                } catch (RuntimeException e) {
                    LOG.error("An after-completion callback failed", e);
                }
            }
        });
        return true;
    }
}
