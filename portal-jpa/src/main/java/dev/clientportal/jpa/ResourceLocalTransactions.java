package dev.clientportal.jpa;

import dev.clientportal.core.spi.TransactionRunner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.FlushModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Resource-local transactions for hosts without a transaction manager: one entity manager and one
 * {@link EntityTransaction} per outermost unit of work on a thread; nested work joins it. Failures of the commit
 * itself (a constraint checked at commit, a lost connection) arrive as {@code PortalException}s.
 */
final class ResourceLocalTransactions implements TransactionRunner, EntityManagers {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceLocalTransactions.class);

    private final EntityManagerFactory factory;
    private final ThreadLocal<Open> open = new ThreadLocal<>();

    ResourceLocalTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T inReadOnlyTransaction(Supplier<T> work) {
        return run(work, true);
    }

    @Override
    public boolean isTransactionOpen() {
        return open.get() != null;
    }

    @Override
    public void afterCommit(Runnable callback) {
        Open current = open.get();
        if (current == null) {
            throw new IllegalStateException("afterCommit needs an open transaction");
        }
        current.afterCommit.add(Objects.requireNonNull(callback, "callback"));
    }

    @Override
    public boolean afterCompletion(Runnable callback) {
        Open current = open.get();
        if (current == null) {
            throw new IllegalStateException("afterCompletion needs an open transaction");
        }
        current.afterCompletion.add(Objects.requireNonNull(callback, "callback"));
        return true;
    }

    @Override
    public EntityManager current() {
        Open current = open.get();
        if (current == null) {
            throw new IllegalStateException("a store port was called outside a transaction");
        }
        return current.entityManager;
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
        if (open.get() != null) {
            return work.get();
        }
        Open current = begin(readOnly);
        open.set(current);
        T result;
        try {
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollbackQuietly(current, e);
                throw e;
            }
            end(current, readOnly);
        } finally {
            open.remove();
            try {
                current.entityManager.close();
            } finally {
                completed(current);
            }
        }
        for (Runnable callback : current.afterCommit) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.error("An after-commit callback failed; the transaction stays committed", e);
            }
        }
        return result;
    }

    /** Runs the after-completion callbacks, after a commit or a rollback alike, before any after-commit one. */
    private static void completed(Open current) {
        for (Runnable callback : current.afterCompletion) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.error("An after-completion callback failed", e);
            }
        }
    }

    private Open begin(boolean readOnly) {
        EntityManager entityManager = null;
        try {
            entityManager = factory.createEntityManager();
            if (readOnly) {
                entityManager.setFlushMode(FlushModeType.COMMIT);
            }
            entityManager.getTransaction().begin();
            return new Open(entityManager);
        } catch (RuntimeException e) {
            if (entityManager != null) {
                entityManager.close();
            }
            throw Failures.translate(e, "begin a transaction");
        }
    }

    private static void end(Open current, boolean readOnly) {
        EntityTransaction transaction = current.entityManager.getTransaction();
        try {
            if (readOnly || transaction.getRollbackOnly()) {
                transaction.rollback();
                if (!readOnly) {
                    throw new IllegalStateException("the transaction was marked rollback-only");
                }
            } else {
                transaction.commit();
            }
        } catch (RuntimeException e) {
            rollbackQuietly(current, e);
            throw Failures.translate(e, "commit");
        }
    }

    private static void rollbackQuietly(Open current, Throwable cause) {
        try {
            EntityTransaction transaction = current.entityManager.getTransaction();
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** The transaction open on a thread. */
    private static final class Open {
        final EntityManager entityManager;
        final List<Runnable> afterCommit = new ArrayList<>();
        final List<Runnable> afterCompletion = new ArrayList<>(1);

        Open(EntityManager entityManager) {
            this.entityManager = entityManager;
        }
    }
}
