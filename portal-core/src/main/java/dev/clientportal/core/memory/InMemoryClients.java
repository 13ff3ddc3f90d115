package dev.clientportal.core.memory;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class InMemoryClients implements ClientRepository {

    private final Table<ClientId, Client> rows;

    InMemoryClients(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public Client save(Client client) {
        return rows.saveVersioned(client.id(), client, client.version(), client::withVersion, Client::version, "client");
    }

    @Override
    public Optional<Client> find(WorkspaceId workspaceId, ClientId id) {
        return Optional.ofNullable(rows.get(id)).filter(client -> client.workspaceId().equals(workspaceId));
    }

    @Override
    public List<Client> list(WorkspaceId workspaceId, int offset, int limit) {
        return rows.values().stream()
                .filter(client -> client.workspaceId().equals(workspaceId))
                .sorted(Comparator.comparing(Client::name).thenComparing(client -> client.id().value()))
                .skip(offset).limit(limit).toList();
    }

    List<Client> all() {
        return List.copyOf(rows.values());
    }

    /** The names of a workspace's clients, for read models that show them. */
    Map<ClientId, String> namesIn(WorkspaceId workspaceId) {
        Map<ClientId, String> names = new HashMap<>();
        for (Client client : rows.values()) {
            if (client.workspaceId().equals(workspaceId)) {
                names.put(client.id(), client.name());
            }
        }
        return names;
    }
}
