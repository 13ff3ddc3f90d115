package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryContacts implements ContactRepository {

    private final Table<ContactId, Contact> rows;

    InMemoryContacts(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public Contact save(Contact contact) {
        return rows.saveVersioned(contact.id(), contact, contact.version(), contact::withVersion, Contact::version,
                "contact");
    }

    @Override
    public Optional<Contact> find(WorkspaceId workspaceId, ContactId id) {
        return Optional.ofNullable(rows.get(id)).filter(contact -> contact.workspaceId().equals(workspaceId));
    }

    @Override
    public List<Contact> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return rows.values().stream()
                .filter(contact -> contact.workspaceId().equals(workspaceId) && contact.clientId().equals(clientId))
                .sorted(Comparator.comparing(Contact::name).thenComparing(contact -> contact.id().value()))
                .toList();
    }

    @Override
    public List<Contact> findByEmail(WorkspaceId workspaceId, String email) {
        String key = ContactRepository.emailKey(email);
        return rows.values().stream()
                .filter(contact -> contact.workspaceId().equals(workspaceId)
                        && ContactRepository.emailKey(contact.email()).equals(key))
                .sorted(Comparator.comparing(contact -> contact.id().value()))
                .toList();
    }

    List<Contact> all() {
        return List.copyOf(rows.values());
    }
}
