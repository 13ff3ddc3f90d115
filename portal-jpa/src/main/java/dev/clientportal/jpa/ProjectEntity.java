package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectId;
import dev.clientportal.core.project.ProjectStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A project row in {@code cp_project}; its budget is minor units of its currency, null without one. */
@Entity(name = "Project")
@Table(name = "cp_project")
class ProjectEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "name", nullable = false, length = Project.MAX_NAME)
    String name;

    @Column(name = "status", nullable = false, length = 20)
    String status;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "start_date")
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Column(name = "budget")
    Long budget;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "version", nullable = false)
    long version;

    protected ProjectEntity() {
    }

    static ProjectEntity of(Project project) {
        ProjectEntity entity = new ProjectEntity();
        entity.id = project.id().value();
        entity.workspaceId = project.workspaceId().value();
        entity.version = 1;
        entity.copy(project);
        return entity;
    }

    void copy(Project project) {
        clientId = project.clientId().value();
        name = project.name();
        status = project.status().name();
        currency = project.currency().code();
        startDate = project.startDate();
        endDate = project.endDate();
        budget = project.budgetAmount().map(Money::minorUnits).orElse(null);
        createdAt = project.createdAt();
    }

    Project toProject() {
        CurrencyUnit unit = CurrencyUnit.of(currency);
        return new Project(new ProjectId(id), new WorkspaceId(workspaceId), new ClientId(clientId), name,
                ProjectStatus.valueOf(status), unit, startDate, endDate,
                budget == null ? null : Money.ofMinor(budget, unit), createdAt, version);
    }
}
