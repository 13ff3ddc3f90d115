package dev.clientportal.core.client;

import java.util.Collection;
import java.util.ArrayList;
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
     * @param client the client to insert or update
     * @return the client as stored, with its new version
     * @throws PortalException {@link ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    Client save(Client client);

    /**
     * The client with this id in the workspace; empty if it does not exist there.
     *
     * @param workspaceId the workspace to look in
     * @param id          the client's id
     * @return the client, empty if the workspace has none with that id
     */
    Optional<Client> find(WorkspaceId workspaceId, ClientId id);

    /**
     * The clients with these ids in the workspace; ids that do not exist there are left out. Adapters read them in
     * one statement; the default finds them one by one.
     *
     * @param workspaceId the workspace to look in
     * @param ids         the clients' ids, each once
     * @return the clients found, in no particular order
     */
    default List<Client> findAll(WorkspaceId workspaceId, Collection<ClientId> ids) {
        List<Client> found = new ArrayList<>();
        for (ClientId id : ids) {
            find(workspaceId, id).ifPresent(found::add);
        }
        return found;
    }

    /**
     * The client with this id in the workspace.
     *
     * @param workspaceId the workspace to look in
     * @param id          the client's id; required
     * @return the client
     * @throws PortalException {@link ErrorCode#CLIENT_NOT_FOUND} when it
     *         does not exist there, {@link ErrorCode#REQUIRED} for a missing id
     */
    default Client require(WorkspaceId workspaceId, ClientId id) {
        PortalException.requireField(id, "clientId");
        return find(workspaceId, id).orElseThrow(() -> PortalException.notFound(
                ErrorCode.CLIENT_NOT_FOUND, "client", id));
    }

    /**
     * The client with this id in the workspace, read to be saved in this transaction: adapters that lock rows lock
     * its row until the transaction ends, so the {@link #save} that follows needs no second read of it. The default
     * is {@link #require}.
     *
     * @param workspaceId the workspace to look in
     * @param id          the client's id; required
     * @return the client
     * @throws PortalException {@link ErrorCode#CLIENT_NOT_FOUND} when it
     *         does not exist there, {@link ErrorCode#REQUIRED} for a missing id
     */
    default Client requireForUpdate(WorkspaceId workspaceId, ClientId id) {
        return require(workspaceId, id);
    }

    /**
     * Up to {@code limit} clients of a workspace ordered by name then id, skipping {@code offset}.
     *
     * @param workspaceId the workspace to look in
     * @param offset      how many clients to skip, 0 for the first page
     * @param limit       the most clients to return
     * @return the page of clients, archived ones included; empty past the last
     */
    List<Client> list(WorkspaceId workspaceId, int offset, int limit);
}
