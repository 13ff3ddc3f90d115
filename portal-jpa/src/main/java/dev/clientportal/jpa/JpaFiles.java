package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Library file metadata in {@code cp_file}; a client's library is one statement over the (workspace, client,
 * uploaded at, id) index. The bytes stay in the host's {@link dev.clientportal.core.files.FileStore}.
 */
final class JpaFiles implements FileRepository {

    private final EntityManagers entityManagers;

    JpaFiles(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public SharedFile save(SharedFile file) {
        return Versioned.save(entityManagers.current(), SharedFileEntity.class, file.id().value(), file.version(),
                "file", () -> SharedFileEntity.of(file), entity -> entity.copy(file), entity -> entity.version,
                (entity, next) -> entity.version = next, entity -> file.withVersion(entity.version));
    }

    @Override
    public Optional<SharedFile> find(WorkspaceId workspaceId, FileId id) {
        return Versioned.read("find a file", () -> Optional.ofNullable(
                        entityManagers.current().find(SharedFileEntity.class, id.value()))
                .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                .map(SharedFileEntity::toFile));
    }

    @Override
    public List<SharedFile> library(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's library", () -> entityManagers.current()
                .createQuery("select f from SharedFile f where f.workspaceId = :workspace and f.clientId = :client"
                        + " and f.removedAt is null order by f.uploadedAt desc, f.id desc", SharedFileEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .getResultStream().map(SharedFileEntity::toFile).toList());
    }
}
