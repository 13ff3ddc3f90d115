package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.internal.PortalRuntime;

/** Creating workspaces and changing their settings and branding. */
public interface Workspaces {

    /** Creates a workspace. The host decides who may do this; the SDK records it as done by {@code system}. */
    Workspace create(CreateWorkspace command);

    /**
     * The caller's workspace.
     *
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#WORKSPACE_NOT_FOUND}
     */
    Workspace get(StaffPrincipal principal);

    /** Replaces the caller's workspace settings; documents already issued keep what they were issued with. */
    Workspace updateSettings(StaffPrincipal principal, WorkspaceSettings settings);

    /** Replaces the branding and bumps the branding version, so cached documents are rendered again. */
    Workspace updateBranding(StaffPrincipal principal, Branding branding);
}
