package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;

/** Creating workspaces and changing their settings and branding. */
public interface Workspaces {

    /**
     * Creates a workspace. The host decides who may do this; the SDK records it as done by {@code system}.
     *
     * @param command the settings and branding of the new workspace
     * @return the new workspace
     */
    Workspace create(CreateWorkspace command);

    /**
     * The caller's workspace.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @return the workspace the principal acts in
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#WORKSPACE_NOT_FOUND}
     */
    Workspace get(StaffPrincipal principal);

    /**
     * The name and branding a workspace shows on pages open to anyone (sign-in, document links), read without a
     * principal: a host needs no system principal to style such a page, and learns nothing else of the workspace.
     *
     * @param workspaceId the workspace whose page is being shown
     * @return its name, branding and branding version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#WORKSPACE_NOT_FOUND}
     *                                                      for a workspace that does not exist
     */
    WorkspaceAppearance appearance(WorkspaceId workspaceId);

    /**
     * Replaces the caller's workspace settings; documents already issued keep what they were issued with.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param settings  the new settings
     * @return the workspace with the new settings
     */
    Workspace updateSettings(StaffPrincipal principal, WorkspaceSettings settings);

    /**
     * Replaces the branding and bumps the branding version, so cached documents are rendered again.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param branding  the new logo and colours
     * @return the workspace with the new branding and the next branding version
     */
    Workspace updateBranding(StaffPrincipal principal, Branding branding);
}
