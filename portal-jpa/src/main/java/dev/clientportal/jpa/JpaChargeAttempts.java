package dev.clientportal.jpa;

import dev.clientportal.core.automation.ChargeAttempt;
import dev.clientportal.core.automation.ChargeAttempts;
import dev.clientportal.core.automation.ChargeStatus;
import dev.clientportal.core.automation.RecurringTemplateId;
import dev.clientportal.core.automation.RecurringTemplates;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The auto-charge attempt log in {@code cp_charge_attempt}. Scheduling is an insert whose primary key (workspace,
 * template, period, attempt) refuses a second one as {@link ErrorCode#DUPLICATE_KEY}; recording is one
 * {@code UPDATE … WHERE key AND status = 'DUE'}, so of two racing outcomes the second waits for the first and then
 * changes nothing ({@link ErrorCode#CONCURRENT_MODIFICATION}). The due attempts are read by key as text in a range
 * scan from the cursor: of the index {@code (status, work_key, due_at)} on PostgreSQL and H2, and on MariaDB (whose
 * optimizer reads that index from the first due row, not from the cursor) of {@code (due_key, due_at)}, a generated
 * column holding the key only while the attempt is due.
 */
final class JpaChargeAttempts implements ChargeAttempts {

    private static final String DUE = "select a from ChargeAttempt a where a.status = :due and a.dueAt <= :through";

    private static final String MARIADB_DUE = "select a.* from cp_charge_attempt a where a.due_at <= ?1 and a.due_key";
    private static final String MARIADB_FIRST = MARIADB_DUE + " is not null order by a.due_key";
    private static final String MARIADB_AFTER = MARIADB_DUE + " > ?2 order by a.due_key";

    private final EntityManagers entityManagers;

    JpaChargeAttempts(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public void schedule(ChargeAttempt attempt) {
        ChargeAttempts.requireValid(attempt, true);
        EntityManager entityManager = entityManagers.current();
        try {
            entityManager.persist(ChargeAttemptEntity.of(attempt));
            entityManager.flush();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "schedule charge attempt " + attempt.key());
        }
    }

    @Override
    public void record(ChargeAttempt attempt) {
        ChargeAttempts.requireValid(attempt, false);
        EntityManager entityManager = entityManagers.current();
        int changed;
        try {
            changed = entityManager.createQuery("update ChargeAttempt a set a.status = :status, a.reason = :reason,"
                            + " a.reference = :reference, a.firstFailedAt = :firstFailedAt,"
                            + " a.attemptedAt = :attemptedAt where a.workspaceId = :workspace"
                            + " and a.templateId = :template and a.period = :period and a.attempt = :attempt"
                            + " and a.status = :due")
                    .setParameter("status", attempt.status().name())
                    .setParameter("reason", attempt.reason())
                    .setParameter("reference", attempt.reference())
                    .setParameter("firstFailedAt", attempt.firstFailedAt())
                    .setParameter("attemptedAt", attempt.attemptedAt())
                    .setParameter("workspace", attempt.workspaceId().value())
                    .setParameter("template", attempt.templateId().value())
                    .setParameter("period", attempt.period())
                    .setParameter("attempt", attempt.attempt())
                    .setParameter("due", ChargeStatus.DUE.name())
                    .executeUpdate();
            if (changed == 1) {
                Versioned.refreshIfLoaded(entityManager, ChargeAttemptEntity.class, key(attempt.workspaceId(),
                        attempt.templateId(), attempt.period(), attempt.attempt()));
            }
        } catch (RuntimeException e) {
            throw Failures.translate(e, "record charge attempt " + attempt.key());
        }
        if (changed != 1) {
            throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "charge attempt " + attempt.key()
                    + " was never scheduled or was recorded already");
        }
    }

    @Override
    public Optional<ChargeAttempt> find(WorkspaceId workspaceId, RecurringTemplateId templateId, LocalDate period,
                                        int attempt) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(templateId, "templateId");
        PortalException.requireField(period, "period");
        return Versioned.read("find charge attempt " + attempt + " of " + templateId + " for " + period, () ->
                Optional.ofNullable(entityManagers.current().find(ChargeAttemptEntity.class,
                        key(workspaceId, templateId, period, attempt))).map(ChargeAttemptEntity::toAttempt));
    }

    @Override
    public List<ChargeAttempt> ofTemplate(WorkspaceId workspaceId, RecurringTemplateId templateId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(templateId, "templateId");
        return Versioned.read("list the charge attempts of recurring template " + templateId, () ->
                entityManagers.current().createQuery("select a from ChargeAttempt a where a.workspaceId = :workspace"
                                + " and a.templateId = :template order by a.period, a.attempt",
                                ChargeAttemptEntity.class)
                        .setParameter("workspace", workspaceId.value())
                        .setParameter("template", templateId.value())
                        .getResultList().stream().map(ChargeAttemptEntity::toAttempt).toList());
    }

    @Override
    public List<ChargeAttempt> due(Instant through, Optional<WorkKey> after, int limit) {
        PortalException.requireField(through, "through");
        PortalException.requireField(after, "after");
        RecurringTemplates.requireLimit(limit);
        return Versioned.read("find the charge attempts due through " + through, () -> {
            EntityManager entityManager = entityManagers.current();
            if (SqlDialect.of(entityManager) == SqlDialect.MARIADB) {
                Query query = entityManager.createNativeQuery(after.isPresent() ? MARIADB_AFTER : MARIADB_FIRST,
                                ChargeAttemptEntity.class)
                        .setParameter(1, through)
                        .setMaxResults(limit);
                after.ifPresent(key -> query.setParameter(2, key.value()));
                List<?> rows = query.getResultList();
                return rows.stream().map(row -> ((ChargeAttemptEntity) row).toAttempt()).toList();
            }
            TypedQuery<ChargeAttemptEntity> query = entityManager.createQuery(after.isPresent()
                            ? DUE + " and a.workKey > :after order by a.workKey" : DUE + " order by a.workKey",
                            ChargeAttemptEntity.class)
                    .setParameter("due", ChargeStatus.DUE.name())
                    .setParameter("through", through)
                    .setMaxResults(limit);
            after.ifPresent(key -> query.setParameter("after", key.value()));
            return query.getResultList().stream().map(ChargeAttemptEntity::toAttempt).toList();
        });
    }

    private static ChargeAttemptEntity.Key key(WorkspaceId workspaceId, RecurringTemplateId templateId,
                                               LocalDate period, int attempt) {
        ChargeAttemptEntity.Key key = new ChargeAttemptEntity.Key();
        key.workspaceId = workspaceId.value();
        key.templateId = templateId.value();
        key.period = period;
        key.attempt = attempt;
        return key;
    }
}
