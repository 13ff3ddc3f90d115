package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.WorkspaceRepositoryContract;
import dev.clientportal.core.contract.ClientRepositoryContract;
import dev.clientportal.core.contract.ContactRepositoryContract;
import dev.clientportal.core.contract.AuditTrailContract;
import dev.clientportal.core.contract.EventOutboxContract;
import dev.clientportal.core.contract.NumberSequenceContract;
import dev.clientportal.core.contract.WorkClaimsContract;
import org.junit.jupiter.api.Nested;

/** Core's store contracts for the ports built so far, on H2, PostgreSQL and MariaDB. */
class JpaStoreContractsTest {

    @Nested
    class WorkspacesH2 extends WorkspaceRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class ClientsH2 extends ClientRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class ContactsH2 extends ContactRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class NumberSequenceH2 extends NumberSequenceContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class WorkspacesPostgreSql extends WorkspaceRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class ClientsPostgreSql extends ClientRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class ContactsPostgreSql extends ContactRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class NumberSequencePostgreSql extends NumberSequenceContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class WorkspacesMariaDb extends WorkspaceRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class ClientsMariaDb extends ClientRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class ContactsMariaDb extends ContactRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class NumberSequenceMariaDb extends NumberSequenceContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class WorkClaimsH2 extends WorkClaimsContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class WorkClaimsPostgreSql extends WorkClaimsContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class WorkClaimsMariaDb extends WorkClaimsContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class EventOutboxH2 extends EventOutboxContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class EventOutboxPostgreSql extends EventOutboxContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class EventOutboxMariaDb extends EventOutboxContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class AuditTrailH2 extends AuditTrailContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class AuditTrailPostgreSql extends AuditTrailContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class AuditTrailMariaDb extends AuditTrailContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }
}
