package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Contacts in {@code cp_contact}: by client through (workspace, client), by address through (workspace, email key). */
final class JpaContacts implements ContactRepository {

    private final EntityManagers entityManagers;

    JpaContacts(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Contact save(Contact contact) {
        return Versioned.save(entityManagers.current(), ContactEntity.class, contact.id().value(), contact.version(),
                "contact", () -> ContactEntity.of(contact), entity -> entity.copy(contact), entity -> entity.version,
                (entity, next) -> entity.version = next, entity -> contact.withVersion(entity.version));
    }

    @Override
    public Optional<Contact> find(WorkspaceId workspaceId, ContactId id) {
        return Versioned.read("find a contact", () -> Optional.ofNullable(
                        entityManagers.current().find(ContactEntity.class, id.value()))
                .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                .map(ContactEntity::toContact));
    }

    @Override
    public List<Contact> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's contacts", () -> entityManagers.current()
                .createQuery("select c from Contact c where c.workspaceId = :workspace and c.clientId = :client"
                        + " order by c.name, c.id", ContactEntity.class)
                .setParameter("workspace", workspaceId.value()).setParameter("client", clientId.value())
                .getResultStream().map(ContactEntity::toContact).toList());
    }

    @Override
    public List<Contact> findByEmail(WorkspaceId workspaceId, String email) {
        return Versioned.read("find contacts by email", () -> entityManagers.current()
                .createQuery("select c from Contact c where c.workspaceId = :workspace and c.emailKey = :key"
                        + " order by c.id", ContactEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("key", ContactRepository.emailKey(email))
                .getResultStream().map(ContactEntity::toContact).toList());
    }
}
