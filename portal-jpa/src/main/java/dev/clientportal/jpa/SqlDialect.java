package dev.clientportal.jpa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.clientportal.core.kernel.PortalException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.UUID;

/**
 * The database family behind an entity manager factory, for the few statements JPQL cannot say (an insert that
 * skips or updates an existing key, {@code FOR UPDATE SKIP LOCKED}). Detected once per factory, by asking the
 * server for its version on an entity manager of its own: PostgreSQL and MariaDB/MySQL answer {@code version()},
 * H2 only {@code h2version()}.
 */
enum SqlDialect {

    /** PostgreSQL. */
    POSTGRESQL,
    /** MariaDB, or MySQL. */
    MARIADB,
    /** H2 2.x, for tests and demos. */
    H2;

    private static final Logger LOG = LoggerFactory.getLogger(SqlDialect.class);
    private static final Cache<EntityManagerFactory, SqlDialect> DETECTED = Caffeine.newBuilder().weakKeys().build();

    /** The dialect of the database the entity manager talks to. */
    static SqlDialect of(EntityManager entityManager) {
        return of(entityManager.getEntityManagerFactory());
    }

    /** The dialect of the factory's database: the one detected when the stores were created, or asked now. */
    static SqlDialect of(EntityManagerFactory factory) {
        return DETECTED.get(factory, SqlDialect::detect);
    }

    /**
     * Detects the factory's dialect now, when the stores are created, so that no store call later needs a second
     * connection for it while its transaction holds one (with a pool of one connection per thread, it would wait
     * for ever). A database that cannot be reached yet is asked again on first use.
     */
    static void detectEarly(EntityManagerFactory factory) {
        try {
            DETECTED.get(factory, SqlDialect::detect);
        } catch (PortalException unreachable) {
            LOG.warn("Could not find out which database the adapter talks to; asking again on first use",
                    unreachable);
        }
    }

    /**
     * The dialect of the database the entity manager talks to if it was detected already, without asking: detecting
     * takes a connection of its own, which a thread holding one of a full pool may never get.
     */
    static @Nullable SqlDialect known(EntityManager entityManager) {
        return DETECTED.getIfPresent(entityManager.getEntityManagerFactory());
    }

    /**
     * Makes inserts into a workspace's rows that skip a taken key wait for each other, where the database does not:
     * H2 has no insert that waits for a racing insert of the same key and then skips it, so there the workspace's
     * row is locked until the transaction ends; PostgreSQL and MariaDB need nothing.
     */
    void queueKeyInserts(EntityManager entityManager, UUID workspaceId) {
        if (this == H2) {
            entityManager.createQuery("select w.id from Workspace w where w.id = :id", UUID.class)
                    .setParameter("id", workspaceId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
        }
    }

    /** Asks the database which it is; prefer {@link #of}, which asks once per factory. */
    static SqlDialect detect(EntityManagerFactory factory) {
        EntityManager probe = factory.createEntityManager();
        try {
            String version;
            try {
                version = String.valueOf(probe.createNativeQuery("select version()").getSingleResult());
            } catch (PersistenceException notPostgreSqlOrMariaDb) {
                probe.close();
                probe = factory.createEntityManager();
                probe.createNativeQuery("select h2version()").getSingleResult();
                return H2;
            }
            String lower = version.toLowerCase(Locale.ROOT);
            if (lower.contains("postgresql")) {
                return POSTGRESQL;
            }
            if (lower.contains("mariadb") || Character.isDigit(lower.isEmpty() ? 'x' : lower.charAt(0))) {
                return MARIADB;
            }
            throw new IllegalStateException("unsupported database: " + version);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "find out which database the adapter talks to");
        } finally {
            probe.close();
        }
    }
}
