package dev.clientportal.examples.springhost;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.WorkspaceId;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The looks of the client-facing pages, kept on this instance for {@link #FRESH_FOR} per workspace, so a page does not
 * read its workspace a second time only for its name, logo and colours (core reads it for its own rules anyway).
 * Branding decides nothing about access, so a look may be stale: after the business changes its name, logo or
 * colours, each instance shows the old look for up to 30 seconds. Staff pages and the theme stylesheet read the
 * workspace afresh. An unknown workspace is not remembered: it fails again on the next page.
 */
@Component
class WorkspaceLooks {

    /** How long a look is shown before the workspace is read again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    /** The most workspaces whose look an instance keeps. */
    static final int MAX_WORKSPACES = 10_000;

    private final ClientPortal portal;
    private final Cache<WorkspaceId, WorkspaceLook> looks = Caffeine.newBuilder()
            .expireAfterWrite(FRESH_FOR)
            .maximumSize(MAX_WORKSPACES)
            .build();

    WorkspaceLooks(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * The look of a workspace, as read at most {@link #FRESH_FOR} ago on this instance.
     *
     * @param workspaceId the workspace
     * @return its look
     * @throws dev.clientportal.core.kernel.PortalException {@code WORKSPACE_NOT_FOUND} for an unknown workspace
     */
    WorkspaceLook of(WorkspaceId workspaceId) {
        return looks.get(workspaceId, id -> WorkspaceLook.of(portal, id));
    }
}
