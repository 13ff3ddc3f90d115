package dev.clientportal.core.memory;

import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.InvoicePause;
import dev.clientportal.core.automation.ReminderPolicies;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reminder settings in three tables: workspace policies, client settings, and invoice pauses and disputes with their reasons. */
final class InMemoryReminderPolicies implements ReminderPolicies {

    private final Table<WorkspaceId, ReminderPolicy> workspacePolicies;
    private final Table<ClientKey, ClientReminderSettings> clientSettings;
    private final Table<PauseKey, String> pauses;

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
    public void pauseInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, InvoicePause pause) {
        PortalException.requireField(pause, "pause");
        pauses.insertIfAbsent(new PauseKey(workspaceId, invoiceId, pause.kind()), pause.reason());
    }

    @Override
    public void resumeInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, InvoicePause.Kind kind) {
        pauses.remove(new PauseKey(workspaceId, invoiceId, PortalException.requireField(kind, "kind")));
    }

    @Override
    public Map<InvoiceId, List<InvoicePause>> invoicePauses(WorkspaceId workspaceId,
                                                            Collection<InvoiceId> invoiceIds) {
        Map<InvoiceId, List<InvoicePause>> paused = new LinkedHashMap<>();
        for (InvoiceId invoiceId : invoiceIds) {
            for (InvoicePause.Kind kind : InvoicePause.Kind.values()) {
                String reason = pauses.get(new PauseKey(workspaceId, invoiceId, kind));
                if (reason != null) {
                    paused.computeIfAbsent(invoiceId, id -> new ArrayList<>()).add(new InvoicePause(kind, reason));
                }
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

    private record PauseKey(WorkspaceId workspaceId, InvoiceId invoiceId, InvoicePause.Kind kind) {
        PauseKey {
            PortalException.requireField(workspaceId, "workspaceId");
            PortalException.requireField(invoiceId, "invoiceId");
        }
    }
}
