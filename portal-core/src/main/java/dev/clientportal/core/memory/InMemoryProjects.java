package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectId;
import dev.clientportal.core.project.ProjectRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Projects as one table keyed by id, and the invoice-to-project links keyed by (workspace, invoice). */
final class InMemoryProjects implements ProjectRepository {

    private final Table<ProjectId, Project> rows;
    private final Table<InvoiceKey, InvoiceLink> invoiceLinks;

    InMemoryProjects(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
        this.invoiceLinks = new Table<>(transactions);
    }

    @Override
    public Project save(Project project) {
        return rows.saveVersioned(project.id(), project, project.version(), project::withVersion, Project::version,
                "project");
    }

    @Override
    public Optional<Project> find(WorkspaceId workspaceId, ProjectId id) {
        return Optional.ofNullable(rows.get(id)).filter(project -> project.workspaceId().equals(workspaceId));
    }

    @Override
    public List<Project> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return rows.values().stream()
                .filter(project -> project.workspaceId().equals(workspaceId) && project.clientId().equals(clientId))
                .sorted(Comparator.comparing(Project::createdAt).thenComparing(project -> project.id().value()))
                .toList();
    }

    @Override
    public void assignInvoice(WorkspaceId workspaceId, InvoiceId invoiceId, ProjectId projectId) {
        invoiceLinks.put(new InvoiceKey(workspaceId, invoiceId), new InvoiceLink(workspaceId, invoiceId, projectId));
    }

    @Override
    public Optional<ProjectId> projectOf(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return Optional.ofNullable(invoiceLinks.get(new InvoiceKey(workspaceId, invoiceId))).map(InvoiceLink::projectId);
    }

    @Override
    public List<InvoiceId> invoicesOf(WorkspaceId workspaceId, ProjectId projectId) {
        return invoiceLinks.values().stream()
                .filter(link -> link.workspaceId().equals(workspaceId) && link.projectId().equals(projectId))
                .map(InvoiceLink::invoiceId).toList();
    }

    List<Project> all() {
        return List.copyOf(rows.values());
    }

    private record InvoiceKey(WorkspaceId workspaceId, InvoiceId invoiceId) {
    }

    private record InvoiceLink(WorkspaceId workspaceId, InvoiceId invoiceId, ProjectId projectId) {
    }
}
