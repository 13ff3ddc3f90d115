package dev.clientportal.jpa;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Clients in {@code cp_client}, listed by name through the (workspace, name, id) index. */
final class JpaClients implements ClientRepository {

    private final EntityManagers entityManagers;

    JpaClients(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Client save(Client client) {
        return Versioned.save(entityManagers.current(), ClientEntity.class, client.id().value(), client.version(),
                "client", () -> ClientEntity.of(client), entity -> entity.copy(client), entity -> entity.version,
                (entity, next) -> entity.version = next, entity -> client.withVersion(entity.version));
    }

    @Override
    public Optional<Client> find(WorkspaceId workspaceId, ClientId id) {
        return Versioned.read("find a client", () -> Optional.ofNullable(
                        entityManagers.current().find(ClientEntity.class, id.value()))
                .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                .map(ClientEntity::toClient));
    }

    /**
     * Reads the row {@code FOR UPDATE}, by id and workspace so that no other workspace's row is locked, with its
     * version: an entity this transaction read before keeps its state, which is refreshed when the row moved on.
     */
    @Override
    public Client requireForUpdate(WorkspaceId workspaceId, ClientId id) {
        PortalException.requireField(id, "clientId");
        return Versioned.read("find a client to update", () -> {
            EntityManager entityManager = entityManagers.current();
            List<Object[]> rows = entityManager.createQuery("select c, c.version from Client c where c.id = :id"
                            + " and c.workspaceId = :workspace", Object[].class)
                    .setParameter("id", id.value())
                    .setParameter("workspace", workspaceId.value())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            if (rows.isEmpty()) {
                return Optional.<Client>empty();
            }
            ClientEntity entity = (ClientEntity) rows.get(0)[0];
            if (entity.version != ((Number) rows.get(0)[1]).longValue()
                    || entityManager.getLockMode(entity) != LockModeType.PESSIMISTIC_WRITE) {
                entityManager.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
            }
            return Optional.of(entity.toClient());
        }).orElseThrow(() -> PortalException.notFound(ErrorCode.CLIENT_NOT_FOUND, "client", id));
    }

    @Override
    public List<Client> findAll(WorkspaceId workspaceId, Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> wanted = ids.stream().map(ClientId::value).distinct().toList();
        return Versioned.read("find clients", () -> {
            List<Client> found = new ArrayList<>(wanted.size());
            // by primary key alone, the workspace checked here, as a client's find does
            for (List<UUID> chunk : Chunks.of(wanted)) {
                entityManagers.current().createQuery("select c from Client c where c.id in :ids", ClientEntity.class)
                        .setParameter("ids", chunk)
                        .getResultStream()
                        .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                        .map(ClientEntity::toClient)
                        .forEach(found::add);
            }
            return found;
        });
    }

    @Override
    public List<Client> list(WorkspaceId workspaceId, int offset, int limit) {
        return Versioned.read("list clients", () -> entityManagers.current()
                .createQuery("select c from Client c where c.workspaceId = :workspace order by c.name, c.id",
                        ClientEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(ClientEntity::toClient).toList());
    }
}
