package dev.clientportal.jpa;

import dev.clientportal.core.automation.RecurringProgress;
import dev.clientportal.core.automation.RecurringStatus;
import dev.clientportal.core.automation.RecurringTemplate;
import dev.clientportal.core.automation.RecurringTemplateId;
import dev.clientportal.core.automation.RecurringTemplates;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recurring templates in {@code cp_recurring_template}, saved optimistically by version, and their progress in
 * {@code cp_recurring_progress}. Progress moves forward in two statements that never read first: an insert of a
 * placeholder row (issued -1) that skips an existing one ({@code ON CONFLICT DO NOTHING} on PostgreSQL, a no-op
 * {@code ON DUPLICATE KEY UPDATE} on MariaDB, a {@code MERGE … WHEN NOT MATCHED} behind the workspace row's lock on
 * H2), then {@code UPDATE … WHERE issued < ?}, whose row count is the answer. A racing first insert waits for the
 * other and then skips, and the update then sees the committed row, so no advance is lost; the placeholder is never
 * committed, as the update of the same transaction always moves it.
 */
final class JpaRecurringTemplates implements RecurringTemplates {

    private static final String POSTGRESQL_ROW = "insert into cp_recurring_progress"
            + " (template_id, workspace_id, issued, next_date) values (?1, ?2, -1, null)"
            + " on conflict (template_id) do nothing";

    private static final String MARIADB_ROW = "insert into cp_recurring_progress"
            + " (template_id, workspace_id, issued, next_date) values (?1, ?2, -1, null)"
            + " on duplicate key update issued = issued";

    private static final String H2_ROW = "merge into cp_recurring_progress p"
            + " using (values (cast(?1 as uuid))) s (template_id) on p.template_id = s.template_id"
            + " when not matched then insert (template_id, workspace_id, issued, next_date) values (?1, ?2, -1, null)";

    private static final String ADVANCE = "update cp_recurring_progress set issued = ?3, next_date = ?4"
            + " where template_id = ?1 and workspace_id = ?2 and issued < ?3";

    private static final String DUE = "select p.workspace_id, p.template_id, p.issued, p.next_date"
            + " from cp_recurring_progress p join cp_recurring_template t on t.id = p.template_id"
            + " where p.next_date <= ?1 and t.status = '" + RecurringStatus.ACTIVE.name() + "'";

    /** PostgreSQL and H2 sort uuids as their text, as the port's order does. */
    private static final String DUE_BY_ID = DUE + " order by p.template_id";
    private static final String DUE_BY_ID_AFTER = DUE + " and p.template_id > ?2 order by p.template_id";

    /** MariaDB's uuid type sorts by its groups in reverse: there the order is on the id's 16 bytes as written. */
    private static final String DUE_BY_BYTES = DUE + " order by p.template_sort";
    private static final String DUE_BY_BYTES_AFTER = DUE
            + " and p.template_sort > unhex(replace(?2, '-', '')) order by p.template_sort";

    private static final Comparator<RecurringTemplate> BY_ID_TEXT = Comparator.comparing(
            template -> template.id().toString());

    private final EntityManagers entityManagers;

    JpaRecurringTemplates(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public RecurringTemplate save(RecurringTemplate template) {
        PortalException.requireField(template, "template");
        return Versioned.save(entityManagers.current(), RecurringTemplateEntity.class, template.id().value(),
                template.version(), "recurring template", () -> RecurringTemplateEntity.of(template),
                entity -> entity.copy(template), entity -> entity.version, (entity, next) -> entity.version = next,
                entity -> template.withVersion(entity.version));
    }

    @Override
    public Optional<RecurringTemplate> find(WorkspaceId workspaceId, RecurringTemplateId id) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(id, "id");
        return Versioned.read("find recurring template " + id, () -> {
            RecurringTemplateEntity entity = entityManagers.current().find(RecurringTemplateEntity.class, id.value());
            return entity == null || !entity.workspaceId.equals(workspaceId.value())
                    ? Optional.<RecurringTemplate>empty() : Optional.of(entity.toTemplate());
        });
    }

    @Override
    public List<RecurringTemplate> ofClient(WorkspaceId workspaceId, ClientId clientId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(clientId, "clientId");
        return Versioned.read("list the recurring templates of client " + clientId, () -> entityManagers.current()
                .createQuery("select t from RecurringTemplate t where t.workspaceId = :workspace"
                        + " and t.clientId = :client", RecurringTemplateEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .getResultList().stream().map(RecurringTemplateEntity::toTemplate).sorted(BY_ID_TEXT).toList());
    }

    @Override
    public Optional<RecurringProgress> progress(WorkspaceId workspaceId, RecurringTemplateId id) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(id, "id");
        return Versioned.read("read the progress of recurring template " + id, () -> {
            RecurringProgressEntity row = entityManagers.current().find(RecurringProgressEntity.class, id.value());
            return row == null || !row.workspaceId.equals(workspaceId.value())
                    ? Optional.<RecurringProgress>empty() : Optional.of(row.toProgress());
        });
    }

    @Override
    public boolean advance(WorkspaceId workspaceId, RecurringTemplateId id, int issued, @Nullable LocalDate nextDate) {
        RecurringProgress wanted = new RecurringProgress(workspaceId, id, issued, nextDate);
        EntityManager entityManager = entityManagers.current();
        try {
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, workspaceId.value());
            String row = switch (dialect) {
                case POSTGRESQL -> POSTGRESQL_ROW;
                case MARIADB -> MARIADB_ROW;
                case H2 -> H2_ROW;
            };
            entityManager.createNativeQuery(row)
                    .setParameter(1, id.value())
                    .setParameter(2, workspaceId.value())
                    .executeUpdate();
            int moved = entityManager.createNativeQuery(ADVANCE)
                    .setParameter(1, id.value())
                    .setParameter(2, workspaceId.value())
                    .setParameter(3, wanted.issued())
                    .setParameter(4, wanted.nextDate())
                    .executeUpdate();
            if (moved > 0) {
                Versioned.refreshIfLoaded(entityManager, RecurringProgressEntity.class, id.value());
            }
            return moved > 0;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "advance recurring template " + id + " to " + issued + " periods");
        }
    }

    @Override
    public List<RecurringProgress> due(LocalDate through, Optional<RecurringTemplateId> after, int limit) {
        PortalException.requireField(through, "through");
        PortalException.requireField(after, "after");
        RecurringTemplates.requireLimit(limit);
        try {
            EntityManager entityManager = entityManagers.current();
            boolean idBytes = SqlDialect.of(entityManager) == SqlDialect.MARIADB;
            String sql = idBytes ? (after.isPresent() ? DUE_BY_BYTES_AFTER : DUE_BY_BYTES)
                    : (after.isPresent() ? DUE_BY_ID_AFTER : DUE_BY_ID);
            Query query = entityManager.createNativeQuery(sql)
                    .setParameter(1, through)
                    .setMaxResults(limit);
            after.ifPresent(cursor -> query.setParameter(2, idBytes ? cursor.toString() : cursor.value()));
            List<RecurringProgress> rows = new ArrayList<>();
            for (Object result : query.getResultList()) {
                Object[] row = (Object[]) result;
                rows.add(new RecurringProgress(new WorkspaceId(NativeColumns.uuid(row[0])),
                        new RecurringTemplateId(NativeColumns.uuid(row[1])), ((Number) row[2]).intValue(),
                        NativeColumns.localDate(row[3])));
            }
            return rows;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "find the recurring templates due through " + through);
        }
    }
}
