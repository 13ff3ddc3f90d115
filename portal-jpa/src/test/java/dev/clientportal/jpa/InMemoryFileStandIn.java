package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;

import java.util.List;
import java.util.Optional;

/**
 * File metadata in core's in-memory store, each call in a memory transaction of its own: what the deliverable
 * contract stores its files in until this branch meets the JPA file repository (built on another branch). Deliverables
 * only keep file ids, names and hashes, so where the file rows live changes nothing they are tested for.
 */
final class InMemoryFileStandIn implements FileRepository {

    private final InMemoryStores memory = InMemoryStores.create();

    @Override
    public SharedFile save(SharedFile file) {
        return memory.transactions().inTransaction(() -> memory.files().save(file));
    }

    @Override
    public Optional<SharedFile> find(WorkspaceId workspaceId, FileId id) {
        return memory.transactions().inTransaction(() -> memory.files().find(workspaceId, id));
    }

    @Override
    public List<SharedFile> library(WorkspaceId workspaceId, ClientId clientId) {
        return memory.transactions().inTransaction(() -> memory.files().library(workspaceId, clientId));
    }
}
