package dev.clientportal.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.Locale;

/**
 * The database behind an entity manager factory, for the few statements standard SQL has no words for (an upsert).
 * Detected once per adapter from the server's own version text, so it needs no provider API and no configuration.
 */
enum SqlDialect {

    /** PostgreSQL: {@code INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING}. */
    POSTGRESQL,
    /** MariaDB and MySQL: {@code INSERT ... ON DUPLICATE KEY UPDATE}. */
    MARIADB,
    /** H2, for tests and demos: no upsert is used; a locking read, then an insert or an update. */
    H2;

    /**
     * Asks the database which it is.
     *
     * @throws IllegalStateException for a database the adapter does not support
     */
    static SqlDialect detect(EntityManagerFactory factory) {
        String version = probe(factory, "select version()");
        if (version == null) {
            if (probe(factory, "select h2version()") != null) {
                return H2;
            }
            throw new IllegalStateException("the database answers neither version() nor h2version(): portal-jpa "
                    + "supports PostgreSQL, MariaDB/MySQL and H2");
        }
        String text = version.toLowerCase(Locale.ROOT);
        if (text.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (text.contains("mariadb") || text.matches("\\d+\\.\\d+\\.\\d+.*")) {
            return MARIADB;
        }
        throw new IllegalStateException("unsupported database '" + version + "': portal-jpa supports PostgreSQL, "
                + "MariaDB/MySQL and H2");
    }

    /** The single value a query answers, or null when the database refuses it. */
    private static String probe(EntityManagerFactory factory, String sql) {
        EntityManager entityManager = factory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            return String.valueOf(entityManager.createNativeQuery(sql).getSingleResult());
        } catch (RuntimeException refused) {
            return null;
        } finally {
            try {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().rollback();
                }
            } finally {
                entityManager.close();
            }
        }
    }
}
