package dev.clientportal.stripe;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Optional;

/**
 * The Stripe Customer ({@code cus_…}) of each client, so a client's checkouts and saved payment methods share one
 * customer. {@link InMemoryStripeCustomers} keeps them in memory; a host with several instances keeps them in its
 * database.
 */
public interface StripeCustomers {

    /**
     * The client's customer; empty when none was remembered yet.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @return the client's customer; empty when none was remembered yet
     */
    Optional<String> find(WorkspaceId workspaceId, ClientId clientId);

    /**
     * Remembers the client's customer unless one is remembered already (another instance may have created it at
     * the same moment): the first one stays.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param customerId  the customer just created ({@code cus_…})
     * @return the customer remembered for the client: {@code customerId} or the one remembered first
     */
    String remember(WorkspaceId workspaceId, ClientId clientId, String customerId);
}
