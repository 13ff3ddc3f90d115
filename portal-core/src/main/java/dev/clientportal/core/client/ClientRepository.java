package dev.clientportal.core.client;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores clients, always scoped by workspace. */
public interface ClientRepository {

    /**
     * Inserts a client (version 0) or updates it if the stored version still equals {@code client.version()}.
     *
     * @return the client as stored, with its new version
     * @throws PortalException {@link ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    Client save(Client client);

    /** The client with this id in the workspace; empty if it does not exist there. */
    Optional<Client> find(WorkspaceId workspaceId, ClientId id);

    /**
     * The client with this id in the workspace.
     *
     * @throws PortalException {@link ErrorCode#CLIENT_NOT_FOUND} when it
     *         does not exist there, {@link ErrorCode#REQUIRED} for a missing id
     */
    default Client require(WorkspaceId workspaceId, ClientId id) {
        PortalException.requireField(id, "clientId");
        return find(workspaceId, id).orElseThrow(() -> PortalException.notFound(
                ErrorCode.CLIENT_NOT_FOUND, "client", id));
    }

    /** Up to {@code limit} clients of a workspace ordered by name then id, skipping {@code offset}. */
    List<Client> list(WorkspaceId workspaceId, int offset, int limit);
}
