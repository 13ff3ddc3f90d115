package dev.clientportal.core.project;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stores projects and which invoices, quotes, deliverables, agreements, threads and files belong to which project. Every call is scoped by workspace. */
public interface ProjectRepository {

    /**
     * Inserts a project (version 0) or replaces the stored one of the same version, returning it with the next
     * version.
     *
     * @param project the project to store
     * @return the stored project, its version one higher
     * @throws dev.clientportal.core.kernel.PortalException {@code CONCURRENT_MODIFICATION} when the stored version
     *         differs, {@code DUPLICATE_KEY} when inserting an id that exists
     */
    Project save(Project project);

    /**
     * A project of the workspace.
     *
     * @param workspaceId the workspace to look in
     * @param id          the project
     * @return the project, or empty when it is not in the workspace
     */
    Optional<Project> find(WorkspaceId workspaceId, ProjectId id);

    /**
     * A client's projects, oldest first (by creation time, then id).
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client
     * @return the client's projects, oldest first
     */
    List<Project> forClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * Makes an item belong to a project: an item belongs to at most one, so assigning it again moves it.
     *
     * @param workspaceId the workspace of both
     * @param item        the invoice, quote, deliverable, agreement, thread or file
     * @param projectId   the project it belongs to from now on
     */
    void assign(WorkspaceId workspaceId, ProjectItem item, ProjectId projectId);

    /**
     * The project an item belongs to.
     *
     * @param workspaceId the workspace to look in
     * @param item        the item
     * @return its project, or empty when it belongs to none
     */
    Optional<ProjectId> projectOf(WorkspaceId workspaceId, ProjectItem item);

    /**
     * The projects of several items at once, e.g. of every invoice a bulk issue issued.
     *
     * @param workspaceId the workspace to look in
     * @param items       the items, of any types
     * @return the project of each item that belongs to one; items that belong to none are left out
     */
    Map<ProjectItem, ProjectId> projectsOf(WorkspaceId workspaceId, Collection<ProjectItem> items);

    /**
     * The items of one type that belong to a project, in no particular order.
     *
     * @param workspaceId the workspace to look in
     * @param projectId   the project
     * @param type        the type of item wanted
     * @return the ids of its items of that type
     */
    List<UUID> itemsOf(WorkspaceId workspaceId, ProjectId projectId, ProjectItemType type);
}
