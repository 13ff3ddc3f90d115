package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every contract shares: fresh stores per test, and a transaction around every port call, as the use cases
 * always make one (a JPA adapter needs it to have an entity manager at all).
 *
 * <p>An adapter runs a contract by extending it and implementing {@link #newStores()}.
 */
public abstract class StoreContract {

    /** The stores under test, new for every test. */
    protected PortalStores stores;

    /**
     * Fresh, empty stores; called once before every test. A database adapter may return stores over a schema it
     * has just cleaned.
     */
    protected abstract PortalStores newStores();

    @BeforeEach
    void freshStores() {
        stores = newStores();
    }

    /** Runs port calls in one transaction of the stores under test. */
    protected <T> T inTransaction(Supplier<T> work) {
        return stores.transactions().inTransaction(work);
    }

    /** Runs port calls that return nothing in one transaction. */
    protected void inTransaction(Runnable work) {
        stores.transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Asserts that a call fails with a {@link PortalException} carrying the given code. */
    protected static void assertFailsWith(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(code));
    }

    /** Stores a workspace, as every other row belongs to one. */
    protected Workspace storedWorkspace(String name) {
        return inTransaction(() -> stores.workspaces().save(Samples.workspace(name)));
    }

    /** Stores a plain client of a workspace. */
    protected Client storedClient(WorkspaceId workspaceId, String name, CurrencyUnit currency) {
        return inTransaction(() -> stores.clients().save(Samples.client(workspaceId, name, currency)));
    }

    /** Stores an active contact of a client. */
    protected Contact storedContact(WorkspaceId workspaceId, ClientId clientId, String name) {
        return inTransaction(() -> stores.contacts().save(Samples.contact(workspaceId, clientId, name)));
    }

    /** Stores an invoice. */
    protected Invoice stored(Invoice invoice) {
        return inTransaction(() -> stores.invoices().save(invoice));
    }
}
