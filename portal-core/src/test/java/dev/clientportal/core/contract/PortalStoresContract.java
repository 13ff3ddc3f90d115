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
}
