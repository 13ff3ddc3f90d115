package dev.clientportal.core.project;

import dev.clientportal.core.kernel.PortalException;

/**
 * The store ports projects and the activity feed need, from one persistence adapter.
 *
 * @param projects projects and their invoices
 * @param feed     the activity feed and read marks
 */
public record ProjectStores(ProjectRepository projects, ActivityFeedStore feed) {

    /**
     * Requires both ports.
     *
     * @param projects projects and their invoices
     * @param feed     the activity feed and read marks
     */
    public ProjectStores {
        PortalException.requireField(projects, "projectStores.projects");
        PortalException.requireField(feed, "projectStores.feed");
    }
}
