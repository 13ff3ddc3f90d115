package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.BulkIssueScenario;
import dev.clientportal.core.contract.PeriodCloseScenario;
import dev.clientportal.core.contract.TypedDueDateScenario;
import dev.clientportal.core.contract.VersionFromUploadScenario;
import dev.clientportal.core.contract.ExportScenario;
import dev.clientportal.core.contract.TaxReportPropertyScenario;
import dev.clientportal.core.contract.ConcurrentIssueScenario;
import dev.clientportal.core.contract.InvoiceExpectedVersionScenario;
import dev.clientportal.core.contract.PaymentIdempotencyScenario;
import dev.clientportal.core.contract.PaymentRaceScenario;
import dev.clientportal.core.contract.LateFeeRunScenario;
import dev.clientportal.core.contract.NotificationsScenario;
import dev.clientportal.core.contract.FeedDigestScenario;
import dev.clientportal.core.contract.ProjectFeedScenario;
import dev.clientportal.core.contract.RecurringRunScenario;
import dev.clientportal.core.contract.ReminderRunScenario;
import dev.clientportal.core.contract.CrossTenantDecisionMatrixScenario;
import dev.clientportal.core.contract.ApprovalConcurrencyScenario;
import org.junit.jupiter.api.Nested;

/**
 * Core's scenario contracts, unchanged, over {@link JpaPortalStores} on MariaDB: the cross-tenant matrices (projects
 * and their feed included), projects and the activity feed with its digests, payment idempotency and races between instances,
 * approvals decided concurrently, drafts issued in bulk, invoices issued and voided at the version read, and sixty days of reminders sent by two instances, months
 * of recurring invoices issued and auto-charged by two, and sixty days of the whole automation run by three
 * instances, each on a persistence unit of its own, one of them killed.
 * Exports and the tax report run here too: row by row against the use cases, and the report against the
 * exported tax rows over a few random workspaces.
 */
class JpaScenariosOnMariaDbTest {

    @Nested
    class PaymentIdempotency extends PaymentIdempotencyScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class PaymentRace extends PaymentRaceScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class CrossTenant extends CrossTenantMatrixOnJpa {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class CrossTenantDecisions extends CrossTenantDecisionMatrixScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class ApprovalConcurrency extends ApprovalConcurrencyScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class VersionFromUpload extends VersionFromUploadScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class TypedDueDate extends TypedDueDateScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class PeriodClose extends PeriodCloseScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class BulkIssue extends BulkIssueScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class ConcurrentIssue extends ConcurrentIssueScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class InvoiceExpectedVersion extends InvoiceExpectedVersionScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class ReminderRun extends ReminderRunScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class RecurringRun extends RecurringRunScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class AutomationSimulation extends AutomationSimulationOnJpa {
        @Override
        protected Vendor vendor() {
            return Vendor.MARIADB;
        }
    }

    @Nested
    class LateFeeRun extends LateFeeRunScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class Notifications extends NotificationsScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class ProjectFeed extends ProjectFeedScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class FeedDigests extends FeedDigestScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class Exports extends ExportScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class TaxReportProperty extends TaxReportPropertyScenario {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }

        @Override
        protected int workspaces() {
            return 4;
        }
    }
}
