package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the stores of a contact's secrets (sign-in tokens, sessions) share: a row is found by the hash of its secret
 * in any workspace, no two rows have the same hash, and a contact's rows are listed within its workspace only.
 *
 * @param <T> the stored secret
 */
public abstract class ContactSecretRepositoryContract<T> extends VersionedRepositoryContract<T> {

    /** The workspace of {@link #ana}. */
    protected WorkspaceId workspaceId;
    /** The client of {@link #ana}. */
    protected ClientId clientId;
    /** The contact {@link #newAggregate()} makes rows for; stored before each test. */
    protected Contact ana;

    @BeforeEach
    void storeAContact() {
        workspaceId = storedWorkspace("Acme Design").id();
        clientId = storedClient(workspaceId, "Globex", USD).id();
        ana = storedContact(workspaceId, clientId, "Ana Ruiz");
    }

    /** A new row of a contact, created at an instant, with a hash of its own. */
    protected abstract T sample(Contact contact, Instant createdAt);

    /** The row with its hash replaced. */
    protected abstract T withHash(T row, String tokenHash);

    /** The row's hash. */
    protected abstract String hashOf(T row);

    /** Finds a row by hash through the port. */
    protected abstract Optional<T> findByHash(String tokenHash);

    /** A contact's rows as the port lists them. */
    protected abstract List<T> listed(WorkspaceId workspace, Contact contact);

    @Override
    protected T newAggregate() {
        return sample(ana, Samples.CREATED);
    }

    @Override
    protected Optional<T> find(T row) {
        return findByHash(hashOf(row));
    }

    @Test
    void findByHash_findsARowOfAnyWorkspace_andNothingForAnUnknownHash() {
        WorkspaceId other = storedWorkspace("Initech").id();
        Contact bob = storedContact(other, storedClient(other, "Hooli", USD).id(), "Bob Stone");
        T theirs = inTransaction(() -> save(sample(bob, Samples.CREATED)));

        assertThat(inTransaction(() -> findByHash(hashOf(theirs)))).contains(theirs);
        assertThat(inTransaction(() -> findByHash(Samples.tokenHash()))).isEmpty();
    }

    @Test
    void anotherRowWithAStoredHash_failsWithDuplicateKey_andIsNotStored() {
        T first = inTransaction(() -> save(newAggregate()));
        T twin = withHash(sample(ana, Samples.CREATED.plusSeconds(1)), hashOf(first));

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> save(twin)));

        assertThat(inTransaction(() -> findByHash(hashOf(first)))).contains(first);
        assertThat(inTransaction(() -> listed(workspaceId, ana))).containsExactly(first);
    }

    @Test
    void aContactsRows_areNotListedWithAnotherWorkspacesId() {
        inTransaction(() -> save(newAggregate()));
        WorkspaceId other = storedWorkspace("Initech").id();

        assertThat(inTransaction(() -> listed(other, ana))).isEmpty();
    }
}
