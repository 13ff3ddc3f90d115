package dev.clientportal.core.memory;

import dev.clientportal.core.access.PortalAccess;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryPortalAccess implements PortalAccessRepository {

    private final Table<ContactId, PortalAccess> rows;

    InMemoryPortalAccess(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public PortalAccess save(PortalAccess access) {
        return rows.saveVersioned(access.contactId(), access, access.version(), access::withVersion,
                PortalAccess::version, "portal access");
    }

    @Override
    public Optional<PortalAccess> find(WorkspaceId workspaceId, ContactId contactId) {
        return Optional.ofNullable(rows.get(contactId)).filter(access -> access.workspaceId().equals(workspaceId));
    }

    @Override
    public List<PortalAccess> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return rows.values().stream()
                .filter(access -> access.workspaceId().equals(workspaceId) && access.clientId().equals(clientId))
                .sorted(Comparator.comparing(access -> access.contactId().value()))
                .toList();
    }

    List<PortalAccess> all() {
        return List.copyOf(rows.values());
    }
}
