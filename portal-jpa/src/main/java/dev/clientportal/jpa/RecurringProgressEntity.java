package dev.clientportal.jpa;

import dev.clientportal.core.automation.RecurringProgress;
import dev.clientportal.core.automation.RecurringTemplateId;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How far a recurring template has come, a row apart from the template: only read through the entity, and only ever
 * written by {@link JpaRecurringTemplates}'s conditional statements, so it moves forward and never touches the
 * template's version.
 */
@Entity(name = "RecurringProgress")
@Table(name = "cp_recurring_progress")
class RecurringProgressEntity {

    @Id
    @Column(name = "template_id")
    UUID templateId;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "issued", nullable = false)
    int issued;

    @Column(name = "next_date")
    LocalDate nextDate;

    protected RecurringProgressEntity() {
    }

    RecurringProgress toProgress() {
        return new RecurringProgress(new WorkspaceId(workspaceId), new RecurringTemplateId(templateId), issued,
                nextDate);
    }
}
