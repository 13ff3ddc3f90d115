package dev.clientportal.core.memory;

import dev.clientportal.core.automation.RecurringProgress;
import dev.clientportal.core.automation.RecurringStatus;
import dev.clientportal.core.automation.RecurringTemplate;
import dev.clientportal.core.automation.RecurringTemplateId;
import dev.clientportal.core.automation.RecurringTemplates;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Templates and their progress in two tables, as an SQL adapter keeps them in two: a versioned template row, and a
 * progress row that moves forward under its own lock without touching the template's version.
 */
final class InMemoryRecurringTemplates implements RecurringTemplates {

    private static final Comparator<RecurringTemplateId> BY_TEXT = Comparator.comparing(RecurringTemplateId::toString);

    private final Table<RecurringTemplateId, RecurringTemplate> templates;
    private final Table<RecurringTemplateId, RecurringProgress> progress;

    InMemoryRecurringTemplates(InMemoryTransactions transactions) {
        this.templates = new Table<>(transactions);
        this.progress = new Table<>(transactions);
    }

    @Override
    public RecurringTemplate save(RecurringTemplate template) {
        PortalException.requireField(template, "template");
        return templates.saveVersioned(template.id(), template, template.version(), template::withVersion,
                RecurringTemplate::version, "recurring template");
    }

    @Override
    public Optional<RecurringTemplate> find(WorkspaceId workspaceId, RecurringTemplateId id) {
        PortalException.requireField(workspaceId, "workspaceId");
        return Optional.ofNullable(templates.get(PortalException.requireField(id, "id")))
                .filter(template -> template.workspaceId().equals(workspaceId));
    }

    @Override
    public List<RecurringTemplate> ofClient(WorkspaceId workspaceId, ClientId clientId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(clientId, "clientId");
        return templates.values().stream()
                .filter(template -> template.workspaceId().equals(workspaceId) && template.clientId().equals(clientId))
                .sorted(Comparator.comparing(RecurringTemplate::id, BY_TEXT))
                .toList();
    }

    @Override
    public Optional<RecurringProgress> progress(WorkspaceId workspaceId, RecurringTemplateId id) {
        PortalException.requireField(workspaceId, "workspaceId");
        return Optional.ofNullable(progress.get(PortalException.requireField(id, "id")))
                .filter(row -> row.workspaceId().equals(workspaceId));
    }

    @Override
    public boolean advance(WorkspaceId workspaceId, RecurringTemplateId id, int issued, @Nullable LocalDate nextDate) {
        RecurringProgress wanted = new RecurringProgress(workspaceId, id, issued, nextDate);
        boolean[] moved = {false};
        progress.update(id, stored -> {
            if (stored != null && (!stored.workspaceId().equals(workspaceId) || stored.issued() >= issued)) {
                return stored;
            }
            moved[0] = true;
            return wanted;
        });
        return moved[0];
    }

    @Override
    public List<RecurringProgress> due(LocalDate through, Optional<RecurringTemplateId> after, int limit) {
        PortalException.requireField(through, "through");
        PortalException.requireField(after, "after");
        RecurringTemplates.requireLimit(limit);
        return progress.values().stream()
                .filter(row -> row.nextDate() != null && !row.nextDate().isAfter(through))
                .filter(row -> after.isEmpty() || BY_TEXT.compare(row.templateId(), after.get()) > 0)
                .filter(row -> {
                    RecurringTemplate template = templates.get(row.templateId());
                    return template != null && template.status() == RecurringStatus.ACTIVE;
                })
                .sorted(Comparator.comparing(RecurringProgress::templateId, BY_TEXT))
                .limit(limit)
                .toList();
    }
}
