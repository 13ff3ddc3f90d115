package dev.clientportal.core.catalog;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the documents of one type that a client may see. Drafts and anything else a client must not see resolve
 * to empty, exactly like documents that do not exist.
 */
@FunctionalInterface
public interface DocumentResolver {

    /**
     * The client-visible document with this id in the workspace.
     *
     * @param workspaceId the workspace
     * @param id          the document's id
     * @return the client-visible document; empty when it does not exist or is not visible to clients
     */
    Optional<DocumentInfo> resolve(WorkspaceId workspaceId, UUID id);
}
