package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.ActivityFeedStoreContract;
import dev.clientportal.core.contract.FeedDigestLogContract;
import dev.clientportal.core.contract.ChargeAttemptsContract;
import dev.clientportal.core.contract.LateFeeLedgerContract;
import dev.clientportal.core.contract.NotificationStoresContract;
import dev.clientportal.core.contract.PortalStoresContract;
import dev.clientportal.core.contract.ProjectRepositoryContract;
import dev.clientportal.core.contract.RecurringTemplatesContract;
import dev.clientportal.core.contract.ReminderStoresContract;
import org.junit.jupiter.api.Nested;

/**
 * Every store contract of core, unchanged, against {@link JpaPortalStores} on MariaDB, and the contracts of the
 * reminder stores, recurring templates, charge attempts, projects and the activity feed, which the adapter's
 * stores answer.
 */
class JpaStoresOnMariaDbTest extends PortalStoresContract {

    @Override
    protected PortalStores newStores() {
        return JpaTestStores.fresh(Vendor.MARIADB);
    }

    /** {@link ReminderStoresContract} over these stores. */
    @Nested
    class Reminders extends ReminderStoresContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    /** {@link RecurringTemplatesContract} over these stores. */
    @Nested
    class Recurring extends RecurringTemplatesContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    /** {@link ChargeAttemptsContract} over these stores. */
    @Nested
    class Charges extends ChargeAttemptsContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    /** {@link LateFeeLedgerContract} over these stores. */
    @Nested
    class LateFees extends LateFeeLedgerContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    /** {@link NotificationStoresContract} over these stores. */
    @Nested
    class Notifications extends NotificationStoresContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    /** {@link ProjectRepositoryContract} over these stores. */
    @Nested
    class Projects extends ProjectRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    /** {@link ActivityFeedStoreContract} over these stores. */
    @Nested
    class ActivityFeed extends ActivityFeedStoreContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    /** {@link FeedDigestLogContract} over these stores. */
    @Nested
    class FeedDigests extends FeedDigestLogContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }
}
