package dev.clientportal.core.automation;

import java.util.HashMap;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Stores reminder settings: each workspace's policy, each client's override, time zone and pause, and the invoices
 * whose reminders are paused. Every call is scoped by workspace and runs in the caller's transaction.
 */
public interface ReminderPolicies {

    /**
     * The workspace's policy, if it set one.
     *
     * @param workspaceId the workspace
     * @return its policy; empty when it never set one (the default applies)
     */
    Optional<ReminderPolicy> workspacePolicy(WorkspaceId workspaceId);

    /**
     * Sets the workspace's policy, replacing any earlier one.
     *
     * @param workspaceId the workspace
     * @param policy      its policy
     */
    void saveWorkspacePolicy(WorkspaceId workspaceId, ReminderPolicy policy);

    /**
     * A client's own settings, if it has any.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @return its settings; empty when it follows the workspace in everything
     */
    Optional<ClientReminderSettings> clientSettings(WorkspaceId workspaceId, ClientId clientId);

    /**
     * The own settings of these clients, for a page of them at once. Adapters read them in one statement; the
     * default asks client by client.
     *
     * @param workspaceId the workspace
     * @param clientIds   the clients, each once
     * @return the settings of those that have any; the others follow the workspace in everything
     */
    default Map<ClientId, ClientReminderSettings> clientSettings(WorkspaceId workspaceId,
                                                                  Collection<ClientId> clientIds) {
        Map<ClientId, ClientReminderSettings> found = new HashMap<>();
        for (ClientId clientId : clientIds) {
            clientSettings(workspaceId, clientId).ifPresent(settings -> found.put(clientId, settings));
        }
        return found;
    }

    /**
     * Sets a client's own settings, replacing any earlier ones.
     *
     * @param workspaceId the workspace
     * @param settings    the client's settings
     */
    void saveClientSettings(WorkspaceId workspaceId, ClientReminderSettings settings);

    /**
     * Pauses an invoice's reminders; pausing a paused invoice again keeps the first reason.
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @param reason      why, e.g. "disputed by the client"
     */
    void pauseInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, String reason);

    /**
     * Resumes an invoice's reminders; does nothing when they are not paused.
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     */
    void resumeInvoice(WorkspaceId workspaceId, InvoiceId invoiceId);

    /**
     * Which of these invoices have their reminders paused, with the reason given.
     *
     * @param workspaceId the workspace
     * @param invoiceIds  the invoices asked about
     * @return the paused ones among them, each with the reason it was paused for
     */
    Map<InvoiceId, String> pausedInvoices(WorkspaceId workspaceId, Collection<InvoiceId> invoiceIds);
}
