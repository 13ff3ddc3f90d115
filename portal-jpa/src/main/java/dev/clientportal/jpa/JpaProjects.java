package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectId;
import dev.clientportal.core.project.ProjectRepository;
import jakarta.persistence.EntityManager;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Projects in {@code cp_project}, saved by version, and the invoice links in {@code cp_project_invoice}, one per
 * (workspace, invoice) under the primary key. Assigning an invoice is one upsert that inserts the link or moves it,
 * written only for a project of the workspace (no row, nothing written, for a project not found there); two
 * assignments of one invoice at once queue on its row, and the later one wins. A client's projects come in one
 * statement over the (workspace, client) index and are ordered as core orders them (time, then id as a
 * {@link UUID} compares), which no vendor's uuid order is.
 */
final class JpaProjects implements ProjectRepository {

    private static final Comparator<Project> OLDEST_FIRST = Comparator.comparing(Project::createdAt)
            .thenComparing(project -> project.id().value());

    /** The link's row from the project of the workspace; parameters workspace, invoice, project. */
    private static final String PROJECT_OF_WORKSPACE = " from cp_project p where p.id = ?3 and p.workspace_id = ?1";

    private static final String POSTGRESQL_ASSIGN = "insert into cp_project_invoice (workspace_id, invoice_id,"
            + " project_id) select p.workspace_id, cast(?2 as uuid), p.id" + PROJECT_OF_WORKSPACE
            + " on conflict (workspace_id, invoice_id) do update set project_id = excluded.project_id";

    private static final String MARIADB_ASSIGN = "insert into cp_project_invoice (workspace_id, invoice_id,"
            + " project_id) select p.workspace_id, ?2, p.id" + PROJECT_OF_WORKSPACE
            + " on duplicate key update project_id = values(project_id)";

    private static final String H2_ASSIGN = "merge into cp_project_invoice l using (select p.workspace_id,"
            + " cast(?2 as uuid) as invoice_id, p.id as project_id" + PROJECT_OF_WORKSPACE + ") s"
            + " on l.workspace_id = s.workspace_id and l.invoice_id = s.invoice_id"
            + " when matched then update set project_id = s.project_id"
            + " when not matched then insert (workspace_id, invoice_id, project_id)"
            + " values (s.workspace_id, s.invoice_id, s.project_id)";

    private final EntityManagers entityManagers;

    JpaProjects(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Project save(Project project) {
        PortalException.requireField(project, "project");
        return Versioned.save(entityManagers.current(), ProjectEntity.class, project.id().value(), project.version(),
                "project", () -> ProjectEntity.of(project), entity -> entity.copy(project),
                entity -> entity.version, (entity, next) -> entity.version = next,
                entity -> project.withVersion(entity.version));
    }

    @Override
    public Optional<Project> find(WorkspaceId workspaceId, ProjectId id) {
        return Versioned.read("find a project", () -> Optional.ofNullable(
                        entityManagers.current().find(ProjectEntity.class, id.value()))
                .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                .map(ProjectEntity::toProject));
    }

    @Override
    public List<Project> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's projects", () -> entityManagers.current()
                .createQuery("select p from Project p where p.workspaceId = :workspace and p.clientId = :client",
                        ProjectEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .getResultList().stream().map(ProjectEntity::toProject).sorted(OLDEST_FIRST).toList());
    }

    @Override
    public void assignInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, ProjectId projectId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(invoiceId, "invoiceId");
        PortalException.requireField(projectId, "projectId");
        try {
            EntityManager entityManager = entityManagers.current();
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, workspaceId.value());
            entityManager.createNativeQuery(switch (dialect) {
                        case POSTGRESQL -> POSTGRESQL_ASSIGN;
                        case MARIADB -> MARIADB_ASSIGN;
                        case H2 -> H2_ASSIGN;
                    })
                    .setParameter(1, workspaceId.value())
                    .setParameter(2, invoiceId.value())
                    .setParameter(3, projectId.value())
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "assign invoice " + invoiceId + " to project " + projectId);
        }
    }

    @Override
    public Optional<ProjectId> projectOf(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return Versioned.read("find the project of an invoice", () -> entityManagers.current()
                .createQuery("select l.projectId from ProjectInvoice l where l.workspaceId = :workspace"
                        + " and l.invoiceId = :invoice", UUID.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("invoice", invoiceId.value())
                .getResultList().stream().findFirst().map(ProjectId::new));
    }

    @Override
    public List<InvoiceId> invoicesOf(WorkspaceId workspaceId, ProjectId projectId) {
        return Versioned.read("list the invoices of a project", () -> entityManagers.current()
                .createQuery("select l.invoiceId from ProjectInvoice l where l.workspaceId = :workspace"
                        + " and l.projectId = :project", UUID.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("project", projectId.value())
                .getResultList().stream().map(InvoiceId::new).toList());
    }
}
