package dev.clientportal.core.contract;

import dev.clientportal.core.PortalStores;
import org.junit.jupiter.api.Nested;

/**
 * Every store contract at once: an adapter extends this class, implements {@link #newStores()} once, and JUnit runs
 * each port's contract as a nested group of tests, each test over fresh stores.
 */
public abstract class PortalStoresContract {

    /** Fresh, empty stores; called once before every test of every nested contract. */
    protected abstract PortalStores newStores();

    /**
     * Whether two transactions of these stores can be open at once on two threads, as on every database; stores that
     * serialize transactions answer {@code false} and skip the {@link ConcurrencyContract} tests that interleave two.
     */
    protected boolean interleavesTransactions() {
        return true;
    }

    /** {@link ConcurrencyContract} over these stores. */
    @Nested
    public class Concurrency extends ConcurrencyContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }

        @Override
        protected boolean interleavesTransactions() {
            return PortalStoresContract.this.interleavesTransactions();
        }
    }

    /** {@link WorkspaceRepositoryContract} over these stores. */
    @Nested
    public class WorkspaceRepository extends WorkspaceRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link ClientRepositoryContract} over these stores. */
    @Nested
    public class ClientRepository extends ClientRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link ContactRepositoryContract} over these stores. */
    @Nested
    public class ContactRepository extends ContactRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link InvoiceRepositoryContract} over these stores. */
    @Nested
    public class InvoiceRepository extends InvoiceRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link CreditNoteRepositoryContract} over these stores. */
    @Nested
    public class CreditNoteRepository extends CreditNoteRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link PaymentRepositoryContract} over these stores. */
    @Nested
    public class PaymentRepository extends PaymentRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link GatewayEventInboxContract} over these stores. */
    @Nested
    public class GatewayEventInbox extends GatewayEventInboxContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link GatewayCustomersContract} over these stores. */
    @Nested
    public class GatewayCustomers extends GatewayCustomersContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link NumberSequenceContract} over these stores. */
    @Nested
    public class NumberSequence extends NumberSequenceContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link AuditTrailContract} over these stores. */
    @Nested
    public class AuditTrail extends AuditTrailContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link ReceivablesQueriesContract} over these stores. */
    @Nested
    public class ReceivablesQueries extends ReceivablesQueriesContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link QuoteRepositoryContract} over these stores. */
    @Nested
    public class QuoteRepository extends QuoteRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link AgreementRepositoryContract} over these stores. */
    @Nested
    public class AgreementRepository extends AgreementRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link TransactionRunnerContract} over these stores. */
    @Nested
    public class TransactionRunner extends TransactionRunnerContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link LoginTokenRepositoryContract} over these stores. */
    @Nested
    public class LoginTokenRepository extends LoginTokenRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link DeliverableRepositoryContract} over these stores. */
    @Nested
    public class DeliverableRepository extends DeliverableRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link PortalSessionRepositoryContract} over these stores. */
    @Nested
    public class PortalSessionRepository extends PortalSessionRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link DocumentLinkRepositoryContract} over these stores. */
    @Nested
    public class DocumentLinkRepository extends DocumentLinkRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link SessionQueriesContract} over these stores. */
    @Nested
    public class SessionQueries extends SessionQueriesContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link PortalAccessRepositoryContract} over these stores. */
    @Nested
    public class PortalAccessRepository extends PortalAccessRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link DocumentSendLogContract} over these stores. */
    @Nested
    public class DocumentSendLog extends DocumentSendLogContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link ViewStoreContract} over these stores. */
    @Nested
    public class ViewStore extends ViewStoreContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link FollowUpQueriesContract} over these stores. */
    @Nested
    public class FollowUpQueries extends FollowUpQueriesContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link PortalViewQueriesContract} over these stores. */
    @Nested
    public class PortalViewQueries extends PortalViewQueriesContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link FileRepositoryContract} over these stores. */
    @Nested
    public class FileRepository extends FileRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link MessageThreadRepositoryContract} over these stores. */
    @Nested
    public class MessageThreadRepository extends MessageThreadRepositoryContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link MessageStoreContract} over these stores. */
    @Nested
    public class MessageStore extends MessageStoreContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link PendingApprovalQueriesContract} over these stores. */
    @Nested
    public class PendingApprovalQueries extends PendingApprovalQueriesContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link EventOutboxContract} over these stores. */
    @Nested
    public class EventOutbox extends EventOutboxContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link WorkClaimsContract} over these stores. */
    @Nested
    public class WorkClaims extends WorkClaimsContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }

    /** {@link RateLimitCounterContract} over these stores. */
    @Nested
    public class RateLimitCounter extends RateLimitCounterContract {
        @Override
        protected PortalStores newStores() {
            return PortalStoresContract.this.newStores();
        }
    }
}
