package dev.clientportal.jpa;

import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.InvoicePause;
import dev.clientportal.core.automation.ReminderPolicies;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reminder settings in {@code cp_reminder_policy}, {@code cp_reminder_client} and {@code cp_reminder_pause} (one row
 * per invoice and kind of stop: a staff pause, a dispute). Pausing is an insert that skips an existing row of that
 * kind (so the first reason stays, however many instances pause it at once, however often a chargeback arrives): {@code ON CONFLICT DO NOTHING} on PostgreSQL, a no-op {@code ON DUPLICATE KEY UPDATE} on MariaDB, and on H2
 * a {@code MERGE … WHEN NOT MATCHED} behind the workspace row's lock.
 */
final class JpaReminderPolicies implements ReminderPolicies {

    private static final String POSTGRESQL_PAUSE = "insert into cp_reminder_pause (workspace_id, invoice_id, kind,"
            + " reason) values (?1, ?2, ?4, ?3) on conflict (workspace_id, invoice_id, kind) do nothing";

    private static final String MARIADB_PAUSE = "insert into cp_reminder_pause (workspace_id, invoice_id, kind,"
            + " reason) values (?1, ?2, ?4, ?3) on duplicate key update reason = reason";

    private static final String H2_PAUSE = "merge into cp_reminder_pause p"
            + " using (values (cast(?1 as uuid), cast(?2 as uuid), cast(?4 as varchar(20)))) s (workspace_id,"
            + " invoice_id, kind)"
            + " on p.workspace_id = s.workspace_id and p.invoice_id = s.invoice_id and p.kind = s.kind"
            + " when not matched then insert (workspace_id, invoice_id, kind, reason) values (?1, ?2, ?4, ?3)";

    private final EntityManagers entityManagers;

    JpaReminderPolicies(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Optional<ReminderPolicy> workspacePolicy(WorkspaceId workspaceId) {
        PortalException.requireField(workspaceId, "workspaceId");
        try {
            return Optional.ofNullable(entityManagers.current().find(ReminderPolicyEntity.class, workspaceId.value()))
                    .map(ReminderPolicyEntity::toPolicy);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "read the reminder policy of workspace " + workspaceId);
        }
    }

    @Override
    public void saveWorkspacePolicy(WorkspaceId workspaceId, ReminderPolicy policy) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(policy, "policy");
        try {
            EntityManager entityManager = entityManagers.current();
            ReminderPolicyEntity row = entityManager.find(ReminderPolicyEntity.class, workspaceId.value());
            if (row == null) {
                entityManager.persist(new ReminderPolicyEntity(workspaceId.value(), policy));
            } else {
                row.write(policy);
            }
            entityManager.flush();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "save the reminder policy of workspace " + workspaceId);
        }
    }

    @Override
    public Optional<ClientReminderSettings> clientSettings(WorkspaceId workspaceId, ClientId clientId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(clientId, "clientId");
        try {
            return Optional.ofNullable(entityManagers.current().find(ClientReminderEntity.class,
                    new ClientRowKey(workspaceId.value(), clientId.value())))
                    .map(ClientReminderEntity::toSettings);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "read the reminder settings of client " + clientId);
        }
    }

    @Override
    public Map<ClientId, ClientReminderSettings> clientSettings(WorkspaceId workspaceId,
                                                                Collection<ClientId> clientIds) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(clientIds, "clientIds");
        Map<ClientId, ClientReminderSettings> found = new HashMap<>();
        if (clientIds.isEmpty()) {
            return found;
        }
        try {
            for (List<UUID> chunk : Chunks.of(clientIds.stream().map(ClientId::value).distinct().toList())) {
                entityManagers.current().createQuery("select r from ClientReminder r"
                                + " where r.workspaceId = :workspace and r.clientId in :clients",
                                ClientReminderEntity.class)
                        .setParameter("workspace", workspaceId.value())
                        .setParameter("clients", chunk)
                        .getResultStream().map(ClientReminderEntity::toSettings)
                        .forEach(settings -> found.put(settings.clientId(), settings));
            }
            return found;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "read the reminder settings of " + clientIds.size() + " clients");
        }
    }

    @Override
    public void saveClientSettings(WorkspaceId workspaceId, ClientReminderSettings settings) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(settings, "settings");
        try {
            EntityManager entityManager = entityManagers.current();
            ClientReminderEntity row = entityManager.find(ClientReminderEntity.class,
                    new ClientRowKey(workspaceId.value(), settings.clientId().value()));
            if (row == null) {
                entityManager.persist(new ClientReminderEntity(workspaceId.value(), settings));
            } else {
                row.write(settings);
            }
            entityManager.flush();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "save the reminder settings of client " + settings.clientId());
        }
    }

    @Override
    public void pauseInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, InvoicePause pause) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(invoiceId, "invoiceId");
        PortalException.requireField(pause, "pause");
        EntityManager entityManager = entityManagers.current();
        try {
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, workspaceId.value());
            String sql = switch (dialect) {
                case POSTGRESQL -> POSTGRESQL_PAUSE;
                case MARIADB -> MARIADB_PAUSE;
                case H2 -> H2_PAUSE;
            };
            entityManager.createNativeQuery(sql)
                    .setParameter(1, workspaceId.value())
                    .setParameter(2, invoiceId.value())
                    .setParameter(3, pause.reason())
                    .setParameter(4, pause.kind().name())
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "pause the reminders of invoice " + invoiceId);
        }
    }

    @Override
    public void resumeInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, InvoicePause.Kind kind) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(invoiceId, "invoiceId");
        PortalException.requireField(kind, "kind");
        try {
            entityManagers.current().createQuery("delete from ReminderPause p"
                            + " where p.workspaceId = :workspace and p.invoiceId = :invoice and p.kind = :kind")
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("invoice", invoiceId.value())
                    .setParameter("kind", kind.name())
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "resume the reminders of invoice " + invoiceId);
        }
    }

    @Override
    public Map<InvoiceId, List<InvoicePause>> invoicePauses(WorkspaceId workspaceId,
                                                            Collection<InvoiceId> invoiceIds) {
        PortalException.requireField(workspaceId, "workspaceId");
        List<UUID> ids = PortalException.requireField(invoiceIds, "invoiceIds").stream().map(InvoiceId::value)
                .distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<InvoicePause>> found = new HashMap<>();
        try {
            entityManagers.current().createQuery("select p from ReminderPause p"
                            + " where p.workspaceId = :workspace and p.invoiceId in :ids", ReminderPauseEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> found.computeIfAbsent(row.invoiceId, id -> new ArrayList<>())
                            .add(new InvoicePause(InvoicePause.Kind.valueOf(row.kind), row.reason)));
        } catch (RuntimeException e) {
            throw Failures.translate(e, "find the paused invoices of workspace " + workspaceId);
        }
        Map<InvoiceId, List<InvoicePause>> paused = new LinkedHashMap<>();
        for (InvoiceId invoiceId : invoiceIds) {
            List<InvoicePause> pauses = found.get(invoiceId.value());
            if (pauses != null) {
                pauses.sort(Comparator.comparing(InvoicePause::kind));
                paused.put(invoiceId, List.copyOf(pauses));
            }
        }
        return paused;
    }
}
