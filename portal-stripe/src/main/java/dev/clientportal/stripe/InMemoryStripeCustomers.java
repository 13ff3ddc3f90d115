package dev.clientportal.stripe;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link StripeCustomers} in memory, for tests and a single instance; thread-safe. */
public final class InMemoryStripeCustomers implements StripeCustomers {

    private final Map<Key, String> customers = new ConcurrentHashMap<>();

    /** An empty memory. */
    public InMemoryStripeCustomers() {
        // nothing remembered yet
    }

    @Override
    public Optional<String> find(WorkspaceId workspaceId, ClientId clientId) {
        return Optional.ofNullable(customers.get(new Key(workspaceId, clientId)));
    }

    @Override
    public String remember(WorkspaceId workspaceId, ClientId clientId, String customerId) {
        PortalException.requireText(customerId, "customerId");
        return customers.merge(new Key(workspaceId, clientId), customerId, (first, second) -> first);
    }

    private record Key(WorkspaceId workspaceId, ClientId clientId) {
    }
}
