package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.AgreementRepositoryContract;
import dev.clientportal.core.contract.AuditTrailContract;
import dev.clientportal.core.contract.ClientRepositoryContract;
import dev.clientportal.core.contract.ContactRepositoryContract;
import dev.clientportal.core.contract.CreditNoteRepositoryContract;
import dev.clientportal.core.contract.DeliverableRepositoryContract;
import dev.clientportal.core.contract.DocumentLinkRepositoryContract;
import dev.clientportal.core.contract.DocumentSendLogContract;
import dev.clientportal.core.contract.EventOutboxContract;
import dev.clientportal.core.contract.InvoiceRepositoryContract;
import dev.clientportal.core.contract.LoginTokenRepositoryContract;
import dev.clientportal.core.contract.NumberSequenceContract;
import dev.clientportal.core.contract.PaymentRepositoryContract;
import dev.clientportal.core.contract.PortalAccessRepositoryContract;
import dev.clientportal.core.contract.PortalSessionRepositoryContract;
import dev.clientportal.core.contract.QuoteRepositoryContract;
import dev.clientportal.core.contract.RateLimitCounterContract;
import dev.clientportal.core.contract.WorkClaimsContract;
import dev.clientportal.core.contract.WorkspaceRepositoryContract;
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
    class InvoicesH2 extends InvoiceRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class CreditNotesH2 extends CreditNoteRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class PaymentsH2 extends PaymentRepositoryContract {
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
    class InvoicesPostgreSql extends InvoiceRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class CreditNotesPostgreSql extends CreditNoteRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class PaymentsPostgreSql extends PaymentRepositoryContract {
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
    class InvoicesMariaDb extends InvoiceRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class CreditNotesMariaDb extends CreditNoteRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class PaymentsMariaDb extends PaymentRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class LoginTokensH2 extends LoginTokenRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class PortalSessionsH2 extends PortalSessionRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class DocumentLinksH2 extends DocumentLinkRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class PortalAccessH2 extends PortalAccessRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class DocumentSendLogH2 extends DocumentSendLogContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class RateLimitsH2 extends RateLimitCounterContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class LoginTokensPostgreSql extends LoginTokenRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class PortalSessionsPostgreSql extends PortalSessionRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class DocumentLinksPostgreSql extends DocumentLinkRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class PortalAccessPostgreSql extends PortalAccessRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class DocumentSendLogPostgreSql extends DocumentSendLogContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class RateLimitsPostgreSql extends RateLimitCounterContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class LoginTokensMariaDb extends LoginTokenRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class PortalSessionsMariaDb extends PortalSessionRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class DocumentLinksMariaDb extends DocumentLinkRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class PortalAccessMariaDb extends PortalAccessRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class DocumentSendLogMariaDb extends DocumentSendLogContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class RateLimitsMariaDb extends RateLimitCounterContract {
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

    @Nested
    class QuotesH2 extends QuoteRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class QuotesPostgreSql extends QuoteRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class QuotesMariaDb extends QuoteRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class AgreementsH2 extends AgreementRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class AgreementsPostgreSql extends AgreementRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class AgreementsMariaDb extends AgreementRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class DeliverablesH2 extends DeliverableRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.freshWithFilesInMemory(Vendor.H2);
        }
    }

    @Nested
    class DeliverablesPostgreSql extends DeliverableRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.freshWithFilesInMemory(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class DeliverablesMariaDb extends DeliverableRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.freshWithFilesInMemory(Vendor.MARIADB);
        }
    }
}
