package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.payment.GatewayCustomers;

import java.util.Objects;
import java.util.Optional;

/** Gateway customers in a table whose key is (workspace, client, gateway); the first insert of a key wins. */
final class InMemoryGatewayCustomers implements GatewayCustomers {

    private final Table<Key, String> rows;

    InMemoryGatewayCustomers(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public Optional<String> find(WorkspaceId workspaceId, ClientId clientId, String gateway) {
        return Optional.ofNullable(rows.get(new Key(workspaceId, clientId, gateway)));
    }

    @Override
    public String remember(WorkspaceId workspaceId, ClientId clientId, String gateway, String customerReference) {
        String reference = GatewayCustomers.requireValid(workspaceId, clientId, gateway, customerReference);
        return Objects.requireNonNullElse(rows.insertIfAbsent(new Key(workspaceId, clientId, gateway), reference),
                reference);
    }

    private record Key(WorkspaceId workspaceId, ClientId clientId, String gateway) {
    }
}
