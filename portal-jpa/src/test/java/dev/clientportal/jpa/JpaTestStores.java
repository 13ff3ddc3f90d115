package dev.clientportal.jpa;

/** The adapter's public entry over the emptied test database of a vendor, new for each test. */
final class JpaTestStores {

    private JpaTestStores() {
    }

    /** Stores with resource-local transactions over the emptied test database of a vendor. */
    static JpaPortalStores fresh(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        return JpaPortalStores.create(database.entityManagerFactory());
    }
}
