package dev.clientportal.stripe;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Map;
import java.util.Optional;

/**
 * Which workspaces take payments on a connected Stripe account of their own; the others on the platform's account.
 * Asked on every gateway call and every webhook, so an implementation should answer from memory or a cache.
 */
@FunctionalInterface
public interface ConnectedAccounts {

    /**
     * The workspace's connected account; empty when it uses the platform's own account.
     *
     * @param workspaceId the workspace
     * @return the workspace's connected account; empty when it uses the platform's own account
     */
    Optional<ConnectedAccount> of(WorkspaceId workspaceId);

    /**
     * No connected accounts: every workspace is paid on the platform's own account.
     *
     * @return connected accounts that name none
     */
    static ConnectedAccounts none() {
        return workspaceId -> Optional.empty();
    }

    /**
     * A fixed map of workspaces to their accounts (copied).
     *
     * @param accounts the accounts by workspace
     * @return connected accounts answering from the copy
     */
    static ConnectedAccounts of(Map<WorkspaceId, ConnectedAccount> accounts) {
        Map<WorkspaceId, ConnectedAccount> copy = Map.copyOf(accounts);
        return workspaceId -> Optional.ofNullable(copy.get(workspaceId));
    }
}
