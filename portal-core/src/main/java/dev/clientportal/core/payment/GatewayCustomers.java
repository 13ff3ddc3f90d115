package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Optional;

/**
 * The gateway's own customer of each client (a Stripe {@code cus_…}), so that a client's checkouts and saved payment
 * methods share one customer, across restarts and instances. At most one per (workspace, client, gateway): of two
 * instances that created a customer at the same moment, the first remembered stays and both use it. Called inside a
 * transaction; a remembered customer is seen by other instances once it commits.
 */
public interface GatewayCustomers {

    /** The longest gateway name and customer reference kept. */
    int MAX_LENGTH = 200;

    /**
     * The client's customer at the gateway; empty when none was remembered yet.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param gateway     the gateway's name, as {@link PaymentGateway#name()}
     * @return the customer's reference at the gateway; empty when none was remembered yet
     */
    Optional<String> find(WorkspaceId workspaceId, ClientId clientId, String gateway);

    /**
     * Remembers the client's customer unless one is remembered already, also by another transaction that is still
     * open (it waits for that one to end): the first one stays, and no caller sees a failure for losing the race.
     *
     * @param workspaceId       the workspace
     * @param clientId          the client
     * @param gateway           the gateway's name, as {@link PaymentGateway#name()}
     * @param customerReference the customer the gateway just created
     * @return the customer remembered for the client: {@code customerReference}, or the one remembered first
     * @throws PortalException {@link dev.clientportal.core.kernel.ErrorCode#REQUIRED} for a missing argument or a
     *         blank gateway or reference; the reference is not stored then
     */
    String remember(WorkspaceId workspaceId, ClientId clientId, String gateway, String customerReference);

    /**
     * Checks the arguments of {@link #remember} and returns the reference as stored (trimmed); adapters call it first.
     *
     * @param workspaceId       the workspace; required
     * @param clientId          the client; required
     * @param gateway           the gateway's name; must not be blank
     * @param customerReference the customer's reference; must not be blank
     * @return the reference, trimmed
     * @throws PortalException {@link dev.clientportal.core.kernel.ErrorCode#REQUIRED} for a missing argument; a
     *         gateway name or reference longer than {@link #MAX_LENGTH} is refused too
     */
    static String requireValid(WorkspaceId workspaceId, ClientId clientId, String gateway, String customerReference) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(clientId, "clientId");
        PortalException.requireText(gateway, "gateway", MAX_LENGTH);
        return PortalException.requireText(customerReference, "customerReference", MAX_LENGTH);
    }
}
