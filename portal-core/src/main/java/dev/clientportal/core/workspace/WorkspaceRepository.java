package dev.clientportal.core.workspace;

import java.util.Optional;

/** Stores workspaces. */
public interface WorkspaceRepository {

    /**
     * Inserts a workspace (version 0) or updates it if the stored version still equals {@code workspace.version()}.
     *
     * @return the workspace as stored, with its new version
     * @throws dev.clientportal.core.PortalException {@link dev.clientportal.core.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    Workspace save(Workspace workspace);

    /** The workspace with this id, if it exists. */
    Optional<Workspace> find(WorkspaceId id);
}
