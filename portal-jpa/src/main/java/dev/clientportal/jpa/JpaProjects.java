package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectId;
import dev.clientportal.core.project.ProjectItem;
import dev.clientportal.core.project.ProjectItemType;
import dev.clientportal.core.project.ProjectRepository;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Projects in {@code cp_project}, saved by version, and the item links in {@code cp_project_item}, one per
 * (workspace, item type, item id) under the primary key. Assigning an item is one upsert that inserts the link or
 * moves it, written only for a project of the workspace (no row, nothing written, for a project not found there); two
 * assignments of one item at once queue on its row, and the later one wins. A client's projects come in one
 * statement over the (workspace, client) index and are ordered as core orders them (time, then id as a
 * {@link UUID} compares), which no vendor's uuid order is.
 */
final class JpaProjects implements ProjectRepository {

    private static final Comparator<Project> OLDEST_FIRST = Comparator.comparing(Project::createdAt)
            .thenComparing(project -> project.id().value());

    /** The link's row from the project of the workspace; parameters workspace, item id, project, item type. */
    private static final String PROJECT_OF_WORKSPACE = " from cp_project p where p.id = ?3 and p.workspace_id = ?1";

    private static final String POSTGRESQL_ASSIGN = "insert into cp_project_item (workspace_id, item_type, item_id,"
            + " project_id) select p.workspace_id, ?4, cast(?2 as uuid), p.id" + PROJECT_OF_WORKSPACE
            + " on conflict (workspace_id, item_type, item_id) do update set project_id = excluded.project_id";

    private static final String MARIADB_ASSIGN = "insert into cp_project_item (workspace_id, item_type, item_id,"
            + " project_id) select p.workspace_id, ?4, ?2, p.id" + PROJECT_OF_WORKSPACE
            + " on duplicate key update project_id = values(project_id)";

    private static final String H2_ASSIGN = "merge into cp_project_item l using (select p.workspace_id,"
            + " cast(?4 as varchar(20)) as item_type, cast(?2 as uuid) as item_id, p.id as project_id"
            + PROJECT_OF_WORKSPACE + ") s"
            + " on l.workspace_id = s.workspace_id and l.item_type = s.item_type and l.item_id = s.item_id"
            + " when matched then update set project_id = s.project_id"
            + " when not matched then insert (workspace_id, item_type, item_id, project_id)"
            + " values (s.workspace_id, s.item_type, s.item_id, s.project_id)";

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
    public void assign(WorkspaceId workspaceId, ProjectItem item, ProjectId projectId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(item, "item");
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
                    .setParameter(2, item.id())
                    .setParameter(3, projectId.value())
                    .setParameter(4, item.type().name())
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "assign " + item + " to project " + projectId);
        }
    }

    @Override
    public Optional<ProjectId> projectOf(WorkspaceId workspaceId, ProjectItem item) {
        return Versioned.read("find the project of an item", () -> entityManagers.current()
                .createQuery("select l.projectId from ProjectItem l where l.workspaceId = :workspace"
                        + " and l.itemType = :type and l.itemId = :item", UUID.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("type", item.type().name())
                .setParameter("item", item.id())
                .getResultList().stream().findFirst().map(ProjectId::new));
    }

    /** One statement per item type and per {@value Chunks#SIZE} ids, over the primary key. */
    @Override
    public Map<ProjectItem, ProjectId> projectsOf(WorkspaceId workspaceId, Collection<ProjectItem> items) {
        Map<ProjectItemType, List<UUID>> idsByType = new EnumMap<>(ProjectItemType.class);
        for (ProjectItem item : items) {
            idsByType.computeIfAbsent(item.type(), type -> new ArrayList<>()).add(item.id());
        }
        return Versioned.read("find the projects of items", () -> {
            Map<ProjectItem, ProjectId> found = new HashMap<>();
            idsByType.forEach((type, ids) -> {
                for (List<UUID> chunk : Chunks.of(ids)) {
                    for (Object[] row : entityManagers.current().createQuery("select l.itemId, l.projectId"
                                    + " from ProjectItem l where l.workspaceId = :workspace and l.itemType = :type"
                                    + " and l.itemId in :items", Object[].class)
                            .setParameter("workspace", workspaceId.value())
                            .setParameter("type", type.name())
                            .setParameter("items", chunk)
                            .getResultList()) {
                        found.put(new ProjectItem(type, (UUID) row[0]), new ProjectId((UUID) row[1]));
                    }
                }
            });
            return found;
        });
    }

    @Override
    public List<UUID> itemsOf(WorkspaceId workspaceId, ProjectId projectId, ProjectItemType type) {
        return Versioned.read("list the items of a project", () -> entityManagers.current()
                .createQuery("select l.itemId from ProjectItem l where l.workspaceId = :workspace"
                        + " and l.projectId = :project and l.itemType = :type", UUID.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("project", projectId.value())
                .setParameter("type", type.name())
                .getResultList());
    }
}
