package dev.clientportal.core.project;

import java.util.List;
import java.util.Objects;

/**
 * The projects block of a client's dashboard, as one contact sees it.
 *
 * @param activeProjects the client's active projects, oldest first, with their progress
 * @param newestUnread   the newest entries of the client's feed the contact has not read, newest first, at most
 *                       {@link #MAX_UNREAD}
 * @param awaitingInput  updates that ask the client for input no one has given yet, oldest first, at most
 *                       {@link #MAX_AWAITING}: follow-up items until a contact replies
 */
public record ProjectsOverview(List<ProjectProgress> activeProjects, List<FeedItem> newestUnread,
                               List<FeedEntry> awaitingInput) {

    /** The most unread entries the block shows. */
    public static final int MAX_UNREAD = 5;
    /** The most updates awaiting input the block shows. */
    public static final int MAX_AWAITING = 20;

    /**
     * Copies the lists.
     *
     * @param activeProjects the active projects with their progress
     * @param newestUnread   the newest unread entries
     * @param awaitingInput  the updates awaiting input
     */
    public ProjectsOverview {
        activeProjects = List.copyOf(Objects.requireNonNull(activeProjects, "activeProjects"));
        newestUnread = List.copyOf(Objects.requireNonNull(newestUnread, "newestUnread"));
        awaitingInput = List.copyOf(Objects.requireNonNull(awaitingInput, "awaitingInput"));
    }
}
