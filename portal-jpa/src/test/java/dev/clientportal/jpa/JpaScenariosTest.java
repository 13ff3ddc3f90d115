package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.PaymentIdempotencyScenario;
import dev.clientportal.core.contract.PaymentRaceScenario;
import dev.clientportal.core.contract.CrossTenantMatrixScenario;
import dev.clientportal.core.contract.CrossTenantDecisionMatrixScenario;
import dev.clientportal.core.contract.ApprovalConcurrencyScenario;
import org.junit.jupiter.api.Nested;

/**
 * Core's scenario contracts, unchanged, over {@link JpaPortalStores} on H2, PostgreSQL and MariaDB: the cross-tenant
 * matrices, payment idempotency and races between instances, and approvals decided concurrently.
 */
class JpaScenariosTest {

    @Nested
    class PaymentIdempotencyH2 extends PaymentIdempotencyScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class PaymentIdempotencyPostgreSql extends PaymentIdempotencyScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class PaymentIdempotencyMariaDb extends PaymentIdempotencyScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class PaymentRaceH2 extends PaymentRaceScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class PaymentRacePostgreSql extends PaymentRaceScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class PaymentRaceMariaDb extends PaymentRaceScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class CrossTenantH2 extends CrossTenantMatrixScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class CrossTenantPostgreSql extends CrossTenantMatrixScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class CrossTenantMariaDb extends CrossTenantMatrixScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class CrossTenantDecisionsH2 extends CrossTenantDecisionMatrixScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class CrossTenantDecisionsPostgreSql extends CrossTenantDecisionMatrixScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class CrossTenantDecisionsMariaDb extends CrossTenantDecisionMatrixScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class ApprovalConcurrencyH2 extends ApprovalConcurrencyScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class ApprovalConcurrencyPostgreSql extends ApprovalConcurrencyScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class ApprovalConcurrencyMariaDb extends ApprovalConcurrencyScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }
}
