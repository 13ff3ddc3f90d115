package dev.clientportal.jpa;

import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.Optional;

/** Workspaces in {@code cp_workspace}; a new one gets its row in {@code cp_period_lock} too. */
final class JpaWorkspaces implements WorkspaceRepository {

    private final EntityManagers entityManagers;

    JpaWorkspaces(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Workspace save(Workspace workspace) {
        Workspace saved = Versioned.save(entityManagers.current(), WorkspaceEntity.class, workspace.id().value(),
                workspace.version(), "workspace", () -> WorkspaceEntity.of(workspace),
                entity -> entity.copy(workspace), entity -> entity.version, (entity, next) -> entity.version = next,
                entity -> workspace.withVersion(entity.version));
        if (workspace.version() == 0) {
            try {
                JpaPeriodLocks.created(entityManagers.current(), workspace.id());
            } catch (RuntimeException e) {
                throw Failures.translate(e, "save the period lock of workspace " + workspace.id());
            }
        }
        return saved;
    }

    @Override
    public Optional<Workspace> find(WorkspaceId id) {
        return Versioned.read("find a workspace", () -> Optional.ofNullable(
                entityManagers.current().find(WorkspaceEntity.class, id.value())).map(WorkspaceEntity::toWorkspace));
    }
}
