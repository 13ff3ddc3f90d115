package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Objects;

/**
 * What a workspace shows on pages anyone may open, before anyone signs in (the sign-in page, a document link's
 * page): its name and branding, and nothing else of its settings.
 *
 * @param workspaceId     the workspace
 * @param name            the business's name as its clients see it
 * @param branding        the logo reference and colours
 * @param brandingVersion increases with every branding change, so a host can cache a stylesheet or logo per version
 */
public record WorkspaceAppearance(WorkspaceId workspaceId, String name, Branding branding, long brandingVersion) {

    /**
     * Requires every part.
     *
     * @param workspaceId     the workspace
     * @param name            the business's name
     * @param branding        the logo reference and colours
     * @param brandingVersion the branding version
     */
    public WorkspaceAppearance {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(branding, "branding");
    }

    static WorkspaceAppearance of(Workspace workspace) {
        return new WorkspaceAppearance(workspace.id(), workspace.name(), workspace.branding(),
                workspace.brandingVersion());
    }
}
