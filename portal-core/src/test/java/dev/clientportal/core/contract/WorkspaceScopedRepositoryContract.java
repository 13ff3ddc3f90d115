package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A versioned repository whose rows belong to a workspace: besides locking and round trips, a row is found only
 * with its own workspace's id, so that ids leaked from another tenant answer "not found".
 *
 * @param <T> the aggregate
 */
public abstract class WorkspaceScopedRepositoryContract<T> extends VersionedRepositoryContract<T> {

    /** The workspace {@link #newAggregate()} puts its rows in; stored before each test. */
    protected WorkspaceId workspaceId;

    @BeforeEach
    void storeTheWorkspace() {
        workspaceId = storedWorkspace("Acme Design").id();
    }

    /** Finds a row by the aggregate's id within a workspace. */
    protected abstract Optional<T> findIn(WorkspaceId workspace, T aggregate);

    @Override
    protected Optional<T> find(T aggregate) {
        return findIn(workspaceId, aggregate);
    }

    @Test
    void aRowIsNotFoundWithAnotherWorkspacesId() {
        T row = inTransaction(() -> save(newAggregate()));
        WorkspaceId other = storedWorkspace("Initech").id();

        assertThat(inTransaction(() -> findIn(other, row))).isEmpty();
        assertThat(inTransaction(() -> findIn(workspaceId, row))).contains(row);
    }
}
