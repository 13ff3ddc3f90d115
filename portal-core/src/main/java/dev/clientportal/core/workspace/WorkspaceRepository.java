package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.util.Optional;

/** Stores workspaces. */
public interface WorkspaceRepository {

    /**
     * Inserts a workspace (version 0) or updates it if the stored version still equals {@code workspace.version()}.
     *
     * @param workspace the workspace to insert or update
     * @return the workspace as stored, with its new version
     * @throws PortalException {@link ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    Workspace save(Workspace workspace);

    /**
     * The workspace with this id, if it exists.
     *
     * @param id the workspace's id
     * @return the workspace, empty if none has that id
     */
    Optional<Workspace> find(WorkspaceId id);

    /**
     * The workspace with this id.
     *
     * @param id the workspace's id
     * @return the workspace
     * @throws PortalException {@link ErrorCode#WORKSPACE_NOT_FOUND}
     */
    default Workspace require(WorkspaceId id) {
        return find(id).orElseThrow(() -> PortalException.notFound(
                ErrorCode.WORKSPACE_NOT_FOUND, "workspace", id));
    }
}
