package dev.clientportal.jpa;

import jakarta.persistence.EntityManagerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Host instances on one emptied test database, for the tests of other modules that must hold on real databases
 * (published in portal-jpa's test-jar): the first instance on the database's shared persistence unit, each further
 * one on a persistence unit of its own over the same database. The database is the one portal-jpa's own tests use
 * (created, migrated and validated on first use, dropped when the JVM ends); an unreachable one fails, never skips.
 */
public final class JpaTestInstances implements AutoCloseable {

    private final TestDatabase database;
    private final List<EntityManagerFactory> opened = new ArrayList<>();

    private JpaTestInstances(TestDatabase database) {
        this.database = database;
    }

    /**
     * Empties the test database of a vendor and opens instances on it.
     *
     * @param vendor {@code h2}, {@code postgresql} or {@code mariadb}
     * @return the instances; close them when the test ends
     */
    public static JpaTestInstances onEmptied(String vendor) {
        TestDatabase database = TestDatabase.of(Vendor.valueOf(vendor.toUpperCase(Locale.ROOT)));
        database.clean();
        return new JpaTestInstances(database);
    }

    /**
     * The stores of the first instance, on the database's shared persistence unit.
     *
     * @return stores with their own resource-local transactions
     */
    public JpaPortalStores first() {
        return JpaPortalStores.create(database.entityManagerFactory());
    }

    /**
     * The stores of another instance: a persistence unit of its own over the same database, closed by {@link #close()}.
     *
     * @return stores with their own resource-local transactions
     */
    public JpaPortalStores another() {
        EntityManagerFactory factory = database.newEntityManagerFactory();
        opened.add(factory);
        return JpaPortalStores.create(factory);
    }

    /** Closes the persistence units of the further instances. */
    @Override
    public void close() {
        opened.forEach(EntityManagerFactory::close);
        opened.clear();
    }
}
