package dev.clientportal.jpa;

import dev.clientportal.core.automation.ReminderLog;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * The reminder log in {@code cp_reminder_log}, whose primary key (workspace, invoice, due date, step) keeps one entry
 * per step. Recording is one insert that skips a taken key instead of failing (a unique violation would abort the
 * caller's transaction, which holds the claim the entry completes); a racing insert of the same key waits for the
 * first and then skips:
 * <ul>
 *   <li>PostgreSQL: {@code INSERT … ON CONFLICT DO NOTHING}; the row count is the answer;</li>
 *   <li>MariaDB: {@code INSERT … ON DUPLICATE KEY UPDATE} that changes nothing, then a read of the row's token: the
 *       affected-row count of a skipped insert depends on the driver's settings, the token written only by this
 *       insert does not;</li>
 *   <li>H2: the workspace row is locked first, then a {@code MERGE … WHEN NOT MATCHED}; the row count is the
 *       answer.</li>
 * </ul>
 */
final class JpaReminderLog implements ReminderLog {

    private static final String COLUMNS = " (workspace_id, invoice_id, due_date, days_from_due, client_id, outcome,"
            + " recipient, logged_at, entry_token)";
    private static final String VALUES = " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

    private static final String POSTGRESQL_RECORD = "insert into cp_reminder_log" + COLUMNS + VALUES
            + " on conflict (workspace_id, invoice_id, due_date, days_from_due) do nothing";

    private static final String MARIADB_RECORD = "insert into cp_reminder_log" + COLUMNS + VALUES
            + " on duplicate key update entry_token = entry_token";

    private static final String H2_RECORD = "merge into cp_reminder_log l"
            + " using (values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as date), cast(?4 as integer)))"
            + " s (workspace_id, invoice_id, due_date, days_from_due)"
            + " on l.workspace_id = s.workspace_id and l.invoice_id = s.invoice_id and l.due_date = s.due_date"
            + " and l.days_from_due = s.days_from_due"
            + " when not matched then insert" + COLUMNS + VALUES;

    private final EntityManagers entityManagers;

    JpaReminderLog(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public boolean record(ReminderLogEntry entry) {
        PortalException.requireField(entry, "entry");
        EntityManager entityManager = entityManagers.current();
        UUID token = UUID.randomUUID();
        try {
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, entry.workspaceId().value());
            String sql = switch (dialect) {
                case POSTGRESQL -> POSTGRESQL_RECORD;
                case MARIADB -> MARIADB_RECORD;
                case H2 -> H2_RECORD;
            };
            int inserted = entityManager.createNativeQuery(sql)
                    .setParameter(1, entry.workspaceId().value())
                    .setParameter(2, entry.invoiceId().value())
                    .setParameter(3, entry.dueDate())
                    .setParameter(4, entry.step().daysFromDue())
                    .setParameter(5, entry.clientId().value())
                    .setParameter(6, entry.outcome().name())
                    .setParameter(7, entry.recipient())
                    .setParameter(8, entry.at())
                    .setParameter(9, token)
                    .executeUpdate();
            if (dialect != SqlDialect.MARIADB) {
                return inserted == 1;
            }
            // a plain read: this transaction's own row is visible, another's is not or carries another token
            return entityManager.createQuery("select l.entryToken from ReminderLog l where l.workspaceId = :workspace"
                            + " and l.invoiceId = :invoice and l.dueDate = :due and l.daysFromDue = :days", UUID.class)
                    .setParameter("workspace", entry.workspaceId().value())
                    .setParameter("invoice", entry.invoiceId().value())
                    .setParameter("due", entry.dueDate())
                    .setParameter("days", entry.step().daysFromDue())
                    .getResultList().stream().anyMatch(token::equals);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "log reminder step " + entry.step().code() + " of invoice "
                    + entry.invoiceId());
        }
    }

    @Override
    public List<ReminderLogEntry> ofInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(invoiceId, "invoiceId");
        try {
            return entityManagers.current().createQuery("select l from ReminderLog l"
                            + " where l.workspaceId = :workspace and l.invoiceId = :invoice"
                            + " order by l.loggedAt, l.dueDate, l.daysFromDue", ReminderLogEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("invoice", invoiceId.value())
                    .getResultList().stream().map(ReminderLogEntity::toEntry).toList();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "read the reminder log of invoice " + invoiceId);
        }
    }
}
