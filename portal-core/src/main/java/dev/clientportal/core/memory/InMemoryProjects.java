package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectId;
import dev.clientportal.core.project.ProjectItem;
import dev.clientportal.core.project.ProjectItemType;
import dev.clientportal.core.project.ProjectRepository;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Projects as one table keyed by id, and the item-to-project links keyed by (workspace, item). */
final class InMemoryProjects implements ProjectRepository {

    private final Table<ProjectId, Project> rows;
    private final Table<ItemKey, ItemLink> links;

    InMemoryProjects(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
        this.links = new Table<>(transactions);
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
    public void assign(WorkspaceId workspaceId, ProjectItem item, ProjectId projectId) {
        links.put(new ItemKey(workspaceId, item), new ItemLink(workspaceId, item, projectId));
    }

    @Override
    public Optional<ProjectId> projectOf(WorkspaceId workspaceId, ProjectItem item) {
        return Optional.ofNullable(links.get(new ItemKey(workspaceId, item))).map(ItemLink::projectId);
    }

    @Override
    public Map<ProjectItem, ProjectId> projectsOf(WorkspaceId workspaceId, Collection<ProjectItem> items) {
        Map<ProjectItem, ProjectId> found = new HashMap<>();
        for (ProjectItem item : items) {
            projectOf(workspaceId, item).ifPresent(projectId -> found.put(item, projectId));
        }
        return found;
    }

    @Override
    public List<UUID> itemsOf(WorkspaceId workspaceId, ProjectId projectId, ProjectItemType type) {
        return links.values().stream()
                .filter(link -> link.workspaceId().equals(workspaceId) && link.projectId().equals(projectId)
                        && link.item().type() == type)
                .map(link -> link.item().id()).toList();
    }

    List<Project> all() {
        return List.copyOf(rows.values());
    }

    private record ItemKey(WorkspaceId workspaceId, ProjectItem item) {
    }

    private record ItemLink(WorkspaceId workspaceId, ProjectItem item, ProjectId projectId) {
    }
}
