package dev.clientportal.jpa;

import dev.clientportal.core.access.PortalAccess;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Contacts' portal access in {@code cp_portal_access}, one row per contact (its primary key, so a second first
 * invitation of a contact fails as a duplicate), listed per client through the (workspace, client, contact) index.
 */
final class JpaPortalAccess implements PortalAccessRepository {

    private final EntityManagers entityManagers;

    JpaPortalAccess(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public PortalAccess save(PortalAccess access) {
        return Versioned.save(entityManagers.current(), PortalAccessEntity.class, access.contactId().value(),
                access.version(), "portal access of contact", () -> PortalAccessEntity.of(access),
                entity -> entity.copy(access), entity -> entity.version, (entity, next) -> entity.version = next,
                entity -> access.withVersion(entity.version));
    }

    @Override
    public Optional<PortalAccess> find(WorkspaceId workspaceId, ContactId contactId) {
        return Versioned.read("find a contact's portal access", () -> Optional.ofNullable(
                        entityManagers.current().find(PortalAccessEntity.class, contactId.value()))
                .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                .map(PortalAccessEntity::toPortalAccess));
    }

    @Override
    public List<PortalAccess> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's portal access", () -> entityManagers.current()
                .createQuery("select a from PortalAccess a where a.workspaceId = :workspace and a.clientId = :client"
                        + " order by a.contactId", PortalAccessEntity.class)
                .setParameter("workspace", workspaceId.value()).setParameter("client", clientId.value())
                .getResultStream().map(PortalAccessEntity::toPortalAccess).toList());
    }
}
