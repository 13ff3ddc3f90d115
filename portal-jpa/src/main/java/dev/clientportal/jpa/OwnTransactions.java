package dev.clientportal.jpa;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.FlushModeType;

import java.util.Objects;
import java.util.function.Function;

/**
 * Work that commits on its own, whether or not the calling thread has a transaction open: a new entity manager and a
 * resource-local transaction of its own (so a connection of its own), for the ports whose writes must outlive the
 * caller's rollback (a failed sign-in's rate-limit hit) or that are called with no transaction open (the send log).
 * The rows such work writes are never locked by the caller's transaction (they have no foreign keys either), so it
 * cannot wait on its own caller.
 *
 * <p>Work that failed before its commit rolled back whole, so when another instance won a race (a duplicate key, a
 * deadlock the database broke, a lost connection) it runs again, a few times at most; a failed commit is not run
 * again, since it may have applied.
 */
final class OwnTransactions {

    private static final int ATTEMPTS = 4;

    private final EntityManagerFactory factory;
    private volatile SqlDialect dialect;

    OwnTransactions(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * The database behind the factory: the dialect the stores detected when they were created (asked on first use
     * only when the database could not be reached then), so a transaction holding a connection needs no second one.
     */
    SqlDialect dialect() {
        SqlDialect detected = dialect;
        if (detected == null) {
            detected = SqlDialect.of(factory);
            dialect = detected;
        }
        return detected;
    }

    /** Runs writes in a transaction of their own and commits them. */
    <T> T write(String action, Function<EntityManager, T> work) {
        for (int attempt = 1; ; attempt++) {
            EntityManager entityManager = begin(action);
            try {
                EntityTransaction transaction = entityManager.getTransaction();
                T result;
                try {
                    result = work.apply(entityManager);
                    entityManager.flush();
                } catch (RuntimeException e) {
                    rollbackQuietly(transaction, e);
                    RuntimeException failure = Failures.translate(e, action);
                    if (attempt < ATTEMPTS && lostARace(failure)) {
                        continue;
                    }
                    throw failure;
                }
                try {
                    transaction.commit();
                } catch (RuntimeException e) {
                    rollbackQuietly(transaction, e);
                    throw Failures.translate(e, action);
                }
                return result;
            } finally {
                entityManager.close();
            }
        }
    }

    /** Runs reads in a transaction of their own, which sees what other transactions committed before it began. */
    <T> T read(String action, Function<EntityManager, T> work) {
        EntityManager entityManager = begin(action);
        try {
            entityManager.setFlushMode(FlushModeType.COMMIT);
            return work.apply(entityManager);
        } catch (RuntimeException e) {
            throw Failures.translate(e, action);
        } finally {
            try {
                rollbackQuietly(entityManager.getTransaction(), null);
            } finally {
                entityManager.close();
            }
        }
    }

    private EntityManager begin(String action) {
        EntityManager entityManager = null;
        try {
            entityManager = factory.createEntityManager();
            entityManager.getTransaction().begin();
            return entityManager;
        } catch (RuntimeException e) {
            if (entityManager != null) {
                entityManager.close();
            }
            throw Failures.translate(e, action);
        }
    }

    private static boolean lostARace(RuntimeException failure) {
        return failure instanceof PortalException portal && (portal.errorCode() == ErrorCode.DUPLICATE_KEY
                || portal.errorCode() == ErrorCode.CONCURRENT_MODIFICATION
                || portal.errorCode() == ErrorCode.STORE_UNAVAILABLE);
    }

    private static void rollbackQuietly(EntityTransaction transaction, Throwable cause) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
