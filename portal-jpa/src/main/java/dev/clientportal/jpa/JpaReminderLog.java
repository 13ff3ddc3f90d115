package dev.clientportal.jpa;

import dev.clientportal.core.automation.ReminderLog;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
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
 * {@link #recordAll} takes the same statement with a row per entry, up to {@link Chunks#SIZE} entries a statement,
 * written in one order of their keys in every instance (so racing writes of shared keys queue rather than
 * deadlock), and one token per call; one read of the rows carrying the token answers which were added, unless the
 * row count said all or none.
 */
final class JpaReminderLog implements ReminderLog {

    private static final String COLUMNS = " (workspace_id, invoice_id, due_date, days_from_due, client_id, outcome,"
            + " recipient, logged_at, entry_token)";

    /** Parameters every statement shares; each entry's seven follow from {@link #FIRST_ENTRY} on. */
    private static final String WORKSPACE = "?1";
    private static final String TOKEN = "?2";
    private static final int FIRST_ENTRY = 3;
    private static final int PER_ENTRY = 7;

    /** The types of an entry's parameters, in their order, for H2's source rows, whose types it cannot infer. */
    private static final List<String> H2_TYPES = List.of("uuid", "date", "integer", "uuid", "varchar(30)",
            "varchar(254)", "timestamp(6) with time zone");

    private static final String POSTGRESQL_SKIP = " on conflict (workspace_id, invoice_id, due_date, days_from_due)"
            + " do nothing";

    private static final String MARIADB_SKIP = " on duplicate key update entry_token = entry_token";

    private static final String H2_SKIP = " s (invoice_id, due_date, days_from_due, client_id, outcome, recipient,"
            + " logged_at) on l.workspace_id = " + WORKSPACE + " and l.invoice_id = s.invoice_id"
            + " and l.due_date = s.due_date and l.days_from_due = s.days_from_due"
            + " when not matched then insert" + COLUMNS + " values (" + WORKSPACE + ", s.invoice_id, s.due_date,"
            + " s.days_from_due, s.client_id, s.outcome, s.recipient, s.logged_at, " + TOKEN + ")";

    /** The order entries are written in, the same in every instance, so racing writes of shared keys queue. */
    private static final Comparator<ReminderLogEntry> WRITE_ORDER = Comparator
            .comparing((ReminderLogEntry entry) -> entry.invoiceId().value().toString())
            .thenComparing(ReminderLogEntry::dueDate)
            .thenComparingInt(entry -> entry.step().daysFromDue());

    private final EntityManagers entityManagers;

    JpaReminderLog(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public boolean record(ReminderLogEntry entry) {
        PortalException.requireField(entry, "entry");
        return !record(entry.workspaceId(), List.of(entry), "log reminder step " + entry.step().code()
                + " of invoice " + entry.invoiceId()).isEmpty();
    }

    @Override
    public List<ReminderLogEntry> recordAll(WorkspaceId workspaceId, List<ReminderLogEntry> entries) {
        ReminderLog.requireOfWorkspace(workspaceId, entries);
        if (entries.isEmpty()) {
            return List.of();
        }
        return record(workspaceId, entries, "log " + entries.size() + " reminder steps of workspace " + workspaceId);
    }

    /**
     * Inserts the entries, each step once (the first given), in statements of {@link Chunks#SIZE} that skip taken
     * keys, and answers those added in their given order: from the row count where it tells (all or none), else by
     * reading which keys carry this call's token.
     */
    private List<ReminderLogEntry> record(WorkspaceId workspaceId, List<ReminderLogEntry> entries, String action) {
        Map<Step, ReminderLogEntry> firsts = new LinkedHashMap<>();
        entries.forEach(entry -> firsts.putIfAbsent(Step.of(entry), entry));
        List<ReminderLogEntry> ordered = firsts.values().stream().sorted(WRITE_ORDER).toList();
        EntityManager entityManager = entityManagers.current();
        UUID token = UUID.randomUUID();
        Set<Step> added = new HashSet<>();
        try {
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, workspaceId.value());
            for (List<ReminderLogEntry> chunk : Chunks.of(ordered)) {
                Query insert = entityManager.createNativeQuery(insertStatement(dialect, chunk.size()))
                        .setParameter(1, workspaceId.value())
                        .setParameter(2, token);
                int parameter = FIRST_ENTRY;
                for (ReminderLogEntry entry : chunk) {
                    insert.setParameter(parameter++, entry.invoiceId().value())
                            .setParameter(parameter++, entry.dueDate())
                            .setParameter(parameter++, entry.step().daysFromDue())
                            .setParameter(parameter++, entry.clientId().value())
                            .setParameter(parameter++, entry.outcome().name())
                            .setParameter(parameter++, entry.recipient())
                            .setParameter(parameter++, entry.at());
                }
                int inserted = insert.executeUpdate();
                if (dialect != SqlDialect.MARIADB && (inserted == 0 || inserted == chunk.size())) {
                    chunk.stream().limit(inserted).map(Step::of).forEach(added::add);
                } else {
                    added.addAll(withToken(entityManager, workspaceId, chunk, token));
                }
            }
        } catch (RuntimeException e) {
            throw Failures.translate(e, action);
        }
        List<ReminderLogEntry> result = new ArrayList<>();
        firsts.forEach((step, entry) -> {
            if (added.contains(step)) {
                result.add(entry);
            }
        });
        return result;
    }

    /** The insert of {@code entries} rows that skips each taken key instead of failing. */
    private static String insertStatement(SqlDialect dialect, int entries) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < entries; i++) {
            StringJoiner row = new StringJoiner(", ", "(", ")");
            if (dialect != SqlDialect.H2) {
                row.add(WORKSPACE);
            }
            for (int column = 0; column < PER_ENTRY; column++) {
                String parameter = "?" + (FIRST_ENTRY + i * PER_ENTRY + column);
                row.add(dialect == SqlDialect.H2 ? "cast(" + parameter + " as " + H2_TYPES.get(column) + ")"
                        : parameter);
            }
            if (dialect != SqlDialect.H2) {
                row.add(TOKEN);
            }
            rows.add(row.toString());
        }
        return switch (dialect) {
            case POSTGRESQL -> "insert into cp_reminder_log" + COLUMNS + " values " + rows + POSTGRESQL_SKIP;
            case MARIADB -> "insert into cp_reminder_log" + COLUMNS + " values " + rows + MARIADB_SKIP;
            case H2 -> "merge into cp_reminder_log l using (values " + rows + ")" + H2_SKIP;
        };
    }

    /**
     * The steps of the entries whose row carries the token: a plain read, which sees this transaction's own rows,
     * while a row another transaction wrote carries another token.
     */
    private static List<Step> withToken(EntityManager entityManager, WorkspaceId workspaceId,
                                        List<ReminderLogEntry> entries, UUID token) {
        return entityManager.createQuery("select l.invoiceId, l.dueDate, l.daysFromDue from ReminderLog l"
                        + " where l.workspaceId = :workspace and l.invoiceId in :invoices and l.entryToken = :token",
                        Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("invoices", entries.stream().map(entry -> entry.invoiceId().value()).distinct()
                        .toList())
                .setParameter("token", token)
                .getResultList().stream()
                .map(row -> new Step((UUID) row[0], (LocalDate) row[1], (Integer) row[2]))
                .toList();
    }

    /** The key of an entry within its workspace: one step of one amount. */
    private record Step(UUID invoiceId, LocalDate dueDate, int daysFromDue) {
        static Step of(ReminderLogEntry entry) {
            return new Step(entry.invoiceId().value(), entry.dueDate(), entry.step().daysFromDue());
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
