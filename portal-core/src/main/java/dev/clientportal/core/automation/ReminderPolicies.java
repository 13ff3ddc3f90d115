package dev.clientportal.core.automation;

import java.util.HashMap;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores reminder settings: each workspace's policy, each client's override, time zone and pause, and the invoices
 * whose reminders are paused or disputed. Every call is scoped by workspace and runs in the caller's transaction.
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
     * Stops an invoice's reminders for a reason of one kind; stopping it again for the same kind keeps the first
     * reason (so a chargeback delivered twice, or two instances pausing at once, leave one row). Another kind is
     * recorded beside it.
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @param pause       a staff pause or a dispute, with its reason
     */
    void pauseInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, InvoicePause pause);

    /**
     * Ends one kind of stop of an invoice's reminders (a staff pause, or a dispute); does nothing when there is none
     * of that kind. A stop of the other kind stays.
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @param kind        which stop ends
     */
    void resumeInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, InvoicePause.Kind kind);

    /**
     * The stops of these invoices' reminders, each invoice's in {@link InvoicePause.Kind} order.
     *
     * @param workspaceId the workspace
     * @param invoiceIds  the invoices asked about
     * @return the paused or disputed ones among them, each with its stops
     */
    Map<InvoiceId, List<InvoicePause>> invoicePauses(WorkspaceId workspaceId, Collection<InvoiceId> invoiceIds);

    /**
     * Which of these invoices have their reminders stopped, paused or disputed: the one check reminders and late
     * fees make. A disputed invoice answers its dispute's reason, prefixed "disputed: ".
     *
     * @param workspaceId the workspace
     * @param invoiceIds  the invoices asked about
     * @return the stopped ones among them, each with one line saying why
     */
    default Map<InvoiceId, String> pausedInvoices(WorkspaceId workspaceId, Collection<InvoiceId> invoiceIds) {
        Map<InvoiceId, String> paused = new LinkedHashMap<>();
        invoicePauses(workspaceId, invoiceIds).forEach((invoiceId, pauses) -> paused.put(invoiceId, pauses.stream()
                .max(Comparator.comparing(InvoicePause::kind)).orElseThrow().describe()));
        return paused;
    }
}
