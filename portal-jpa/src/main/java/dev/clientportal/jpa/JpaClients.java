package dev.clientportal.jpa;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.kernel.WorkspaceId;

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
