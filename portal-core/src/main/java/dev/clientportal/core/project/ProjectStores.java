package dev.clientportal.core.project;

import dev.clientportal.core.kernel.PortalException;

/**
 * The store ports projects and the activity feed need, from one persistence adapter.
 *
 * @param projects projects and their invoices
 * @param feed     the activity feed and read marks
 * @param digests  the feed digests sent to contacts
 */
public record ProjectStores(ProjectRepository projects, ActivityFeedStore feed, FeedDigestLog digests) {

    /**
     * Requires every port.
     *
     * @param projects projects and their invoices
     * @param feed     the activity feed and read marks
     * @param digests  the feed digests sent to contacts
     */
    public ProjectStores {
        PortalException.requireField(projects, "projectStores.projects");
        PortalException.requireField(feed, "projectStores.feed");
        PortalException.requireField(digests, "projectStores.digests");
    }
}
