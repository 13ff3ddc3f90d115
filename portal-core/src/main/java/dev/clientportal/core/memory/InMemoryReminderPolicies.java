package dev.clientportal.core.memory;

import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.ReminderPolicies;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reminder settings in three tables: workspace policies, client settings, and invoice pauses with their reasons. */
final class InMemoryReminderPolicies implements ReminderPolicies {

    private final Table<WorkspaceId, ReminderPolicy> workspacePolicies;
    private final Table<ClientKey, ClientReminderSettings> clientSettings;
    private final Table<InvoiceKey, String> pauses;

    InMemoryReminderPolicies(InMemoryTransactions transactions) {
        this.workspacePolicies = new Table<>(transactions);
        this.clientSettings = new Table<>(transactions);
        this.pauses = new Table<>(transactions);
    }

    @Override
    public Optional<ReminderPolicy> workspacePolicy(WorkspaceId workspaceId) {
        return Optional.ofNullable(workspacePolicies.get(PortalException.requireField(workspaceId, "workspaceId")));
    }

    @Override
    public void saveWorkspacePolicy(WorkspaceId workspaceId, ReminderPolicy policy) {
        workspacePolicies.put(PortalException.requireField(workspaceId, "workspaceId"),
                PortalException.requireField(policy, "policy"));
    }

    @Override
    public Optional<ClientReminderSettings> clientSettings(WorkspaceId workspaceId, ClientId clientId) {
        return Optional.ofNullable(clientSettings.get(new ClientKey(workspaceId, clientId)));
    }

    @Override
    public void saveClientSettings(WorkspaceId workspaceId, ClientReminderSettings settings) {
        PortalException.requireField(settings, "settings");
        clientSettings.put(new ClientKey(workspaceId, settings.clientId()), settings);
    }

    @Override
    public void pauseInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, String reason) {
        pauses.insertIfAbsent(new InvoiceKey(workspaceId, invoiceId), PortalException.requireText(reason, "reason"));
    }

    @Override
    public void resumeInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
        pauses.remove(new InvoiceKey(workspaceId, invoiceId));
    }

    @Override
    public Map<InvoiceId, String> pausedInvoices(WorkspaceId workspaceId, Collection<InvoiceId> invoiceIds) {
        Map<InvoiceId, String> paused = new LinkedHashMap<>();
        for (InvoiceId invoiceId : invoiceIds) {
            String reason = pauses.get(new InvoiceKey(workspaceId, invoiceId));
            if (reason != null) {
                paused.put(invoiceId, reason);
            }
        }
        return paused;
    }

    private record ClientKey(WorkspaceId workspaceId, ClientId clientId) {
        ClientKey {
            PortalException.requireField(workspaceId, "workspaceId");
            PortalException.requireField(clientId, "clientId");
        }
    }

    private record InvoiceKey(WorkspaceId workspaceId, InvoiceId invoiceId) {
        InvoiceKey {
            PortalException.requireField(workspaceId, "workspaceId");
            PortalException.requireField(invoiceId, "invoiceId");
        }
    }
}
