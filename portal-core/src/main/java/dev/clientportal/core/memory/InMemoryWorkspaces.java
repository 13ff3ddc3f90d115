package dev.clientportal.core.memory;

import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Optional;

final class InMemoryWorkspaces implements WorkspaceRepository {

    private final Table<WorkspaceId, Workspace> rows;

    InMemoryWorkspaces(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public Workspace save(Workspace workspace) {
        return rows.saveVersioned(workspace.id(), workspace, workspace.version(), workspace::withVersion,
                Workspace::version, "workspace");
    }

    @Override
    public Optional<Workspace> find(WorkspaceId id) {
        return Optional.ofNullable(rows.get(id));
    }

    List<Workspace> all() {
        return List.copyOf(rows.values());
    }
}
