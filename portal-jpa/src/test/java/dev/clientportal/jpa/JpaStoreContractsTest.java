package dev.clientportal.jpa;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.AuditTrailContract;
import dev.clientportal.core.contract.ClientRepositoryContract;
import dev.clientportal.core.contract.ContactRepositoryContract;
import dev.clientportal.core.contract.CreditNoteRepositoryContract;
import dev.clientportal.core.contract.DocumentLinkRepositoryContract;
import dev.clientportal.core.contract.DocumentSendLogContract;
import dev.clientportal.core.contract.EventOutboxContract;
import dev.clientportal.core.contract.FileRepositoryContract;
import dev.clientportal.core.contract.FollowUpQueriesContract;
import dev.clientportal.core.contract.InvoiceRepositoryContract;
import dev.clientportal.core.contract.LoginTokenRepositoryContract;
import dev.clientportal.core.contract.MessageStoreContract;
import dev.clientportal.core.contract.MessageThreadRepositoryContract;
import dev.clientportal.core.contract.NumberSequenceContract;
import dev.clientportal.core.contract.PaymentRepositoryContract;
import dev.clientportal.core.contract.PortalAccessRepositoryContract;
import dev.clientportal.core.contract.PortalSessionRepositoryContract;
import dev.clientportal.core.contract.PortalViewQueriesContract;
import dev.clientportal.core.contract.RateLimitCounterContract;
import dev.clientportal.core.contract.ReceivablesQueriesContract;
import dev.clientportal.core.contract.ViewStoreContract;
import dev.clientportal.core.contract.WorkClaimsContract;
import dev.clientportal.core.contract.WorkspaceRepositoryContract;
import org.junit.jupiter.api.Nested;

/** Core's store contracts for the ports built so far, on H2, PostgreSQL and MariaDB. */
class JpaStoreContractsTest {

    @Nested
    class AuditTrailH2 extends AuditTrailContract {
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
    class CreditNotesH2 extends CreditNoteRepositoryContract {
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
    class DocumentSendLogH2 extends DocumentSendLogContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
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
    class FilesH2 extends FileRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class FollowUpsH2 extends FollowUpQueriesContract {
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
    class LoginTokensH2 extends LoginTokenRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class MessageThreadsH2 extends MessageThreadRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class MessagesH2 extends MessageStoreContract {
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
    class PaymentsH2 extends PaymentRepositoryContract {
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
    class PortalSessionsH2 extends PortalSessionRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class PortalViewsH2 extends PortalViewQueriesContract {
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
    class ReceivablesH2 extends ReceivablesQueriesContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
        }
    }

    @Nested
    class ViewsH2 extends ViewStoreContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.H2);
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
    class WorkspacesH2 extends WorkspaceRepositoryContract {
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
    class CreditNotesPostgreSql extends CreditNoteRepositoryContract {
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
    class DocumentSendLogPostgreSql extends DocumentSendLogContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
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
    class FilesPostgreSql extends FileRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class FollowUpsPostgreSql extends FollowUpQueriesContract {
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
    class LoginTokensPostgreSql extends LoginTokenRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class MessageThreadsPostgreSql extends MessageThreadRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class MessagesPostgreSql extends MessageStoreContract {
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
    class PaymentsPostgreSql extends PaymentRepositoryContract {
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
    class PortalSessionsPostgreSql extends PortalSessionRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class PortalViewsPostgreSql extends PortalViewQueriesContract {
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
    class ReceivablesPostgreSql extends ReceivablesQueriesContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
        }
    }

    @Nested
    class ViewsPostgreSql extends ViewStoreContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.POSTGRESQL);
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
    class WorkspacesPostgreSql extends WorkspaceRepositoryContract {
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
    class CreditNotesMariaDb extends CreditNoteRepositoryContract {
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
    class DocumentSendLogMariaDb extends DocumentSendLogContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
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
    class FilesMariaDb extends FileRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class FollowUpsMariaDb extends FollowUpQueriesContract {
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
    class LoginTokensMariaDb extends LoginTokenRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class MessageThreadsMariaDb extends MessageThreadRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class MessagesMariaDb extends MessageStoreContract {
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
    class PaymentsMariaDb extends PaymentRepositoryContract {
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
    class PortalSessionsMariaDb extends PortalSessionRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class PortalViewsMariaDb extends PortalViewQueriesContract {
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
    class ReceivablesMariaDb extends ReceivablesQueriesContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }

    @Nested
    class ViewsMariaDb extends ViewStoreContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
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
    class WorkspacesMariaDb extends WorkspaceRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return JpaTestStores.fresh(Vendor.MARIADB);
        }
    }
}
