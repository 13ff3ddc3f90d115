package dev.clientportal.core.memory;

import dev.clientportal.core.automation.ChargeAttempt;
import dev.clientportal.core.automation.ChargeAttempts;
import dev.clientportal.core.automation.ChargeStatus;
import dev.clientportal.core.automation.RecurringTemplateId;
import dev.clientportal.core.automation.RecurringTemplates;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The auto-charge attempt log as one table keyed by (workspace, attempt key), as its unique index is in SQL. */
final class InMemoryChargeAttempts implements ChargeAttempts {

    private static final Comparator<ChargeAttempt> BY_KEY = Comparator.comparing(attempt -> attempt.key().value());

    private final Table<Key, ChargeAttempt> attempts;

    InMemoryChargeAttempts(InMemoryTransactions transactions) {
        this.attempts = new Table<>(transactions);
    }

    @Override
    public void schedule(ChargeAttempt attempt) {
        ChargeAttempts.requireValid(attempt, true);
        if (attempts.insertIfAbsent(Key.of(attempt), attempt) != null) {
            throw new PortalException(ErrorCode.DUPLICATE_KEY, "charge attempt " + attempt.key() + " exists already");
        }
    }

    @Override
    public void record(ChargeAttempt attempt) {
        ChargeAttempts.requireValid(attempt, false);
        attempts.update(Key.of(attempt), stored -> {
            if (stored == null || stored.status() != ChargeStatus.DUE) {
                throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "charge attempt " + attempt.key()
                        + (stored == null ? " was never scheduled" : " was recorded already as " + stored.status()));
            }
            return attempt;
        });
    }

    @Override
    public Optional<ChargeAttempt> find(WorkspaceId workspaceId, RecurringTemplateId templateId, LocalDate period,
                                        int attempt) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(templateId, "templateId");
        return Optional.ofNullable(attempts.get(new Key(workspaceId, WorkKey.charge(templateId.value(), period,
                attempt))));
    }

    @Override
    public List<ChargeAttempt> ofTemplate(WorkspaceId workspaceId, RecurringTemplateId templateId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(templateId, "templateId");
        return attempts.values().stream()
                .filter(attempt -> attempt.workspaceId().equals(workspaceId)
                        && attempt.templateId().equals(templateId))
                .sorted(Comparator.comparing(ChargeAttempt::period).thenComparingInt(ChargeAttempt::attempt))
                .toList();
    }

    @Override
    public List<ChargeAttempt> due(Instant through, Optional<WorkKey> after, int limit) {
        PortalException.requireField(through, "through");
        PortalException.requireField(after, "after");
        RecurringTemplates.requireLimit(limit);
        return attempts.values().stream()
                .filter(attempt -> attempt.status() == ChargeStatus.DUE && !attempt.dueAt().isAfter(through))
                .filter(attempt -> after.isEmpty() || attempt.key().value().compareTo(after.get().value()) > 0)
                .sorted(BY_KEY)
                .limit(limit)
                .toList();
    }

    /** The unique key of an attempt. */
    private record Key(WorkspaceId workspaceId, WorkKey key) {
        static Key of(ChargeAttempt attempt) {
            return new Key(attempt.workspaceId(), attempt.key());
        }
    }
}
