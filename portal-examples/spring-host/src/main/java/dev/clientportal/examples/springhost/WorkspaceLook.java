package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.Workspace;
import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * How the business looks on its client pages: its name, its colours (served as a stylesheet of CSS variables, so
 * no page carries inline style) and its logo when the logo reference is an address a browser can load.
 *
 * @param workspaceId the workspace
 * @param name        the business name
 * @param logoUrl     the logo's address, or {@code null} without a loadable logo
 * @param version     the branding version, to tell browsers when the stylesheet changed
 */
record WorkspaceLook(@Nullable WorkspaceId workspaceId, String name, @Nullable String logoUrl, long version) {

    /** The look of pages that belong to no workspace yet (the page that redeems a sign-in link). */
    static final WorkspaceLook NEUTRAL = new WorkspaceLook(null, "Client portal", null, 0);

    /**
     * The look of a workspace, read with the system principal (branding is public on the workspace's pages).
     *
     * @param portal      the portal
     * @param workspaceId the workspace
     * @return its look
     * @throws dev.clientportal.core.kernel.PortalException {@code WORKSPACE_NOT_FOUND} for an unknown workspace
     */
    static WorkspaceLook of(ClientPortal portal, WorkspaceId workspaceId) {
        Workspace workspace = portal.workspaces().get(StaffPrincipal.system(workspaceId));
        String logo = workspace.branding().logoReference();
        boolean loadable = logo.startsWith("https://") || logo.startsWith("/");
        return new WorkspaceLook(workspaceId, workspace.name(), loadable ? logo : null, workspace.brandingVersion());
    }

    /**
     * The stylesheet with the workspace's colours as CSS variables; colours are {@code #RRGGBB} (core validates them).
     *
     * @param workspace the workspace
     * @return the CSS text
     */
    static String themeCss(Workspace workspace) {
        return ":root { --brand: " + workspace.branding().primaryColour().toLowerCase(Locale.ROOT)
                + "; --accent: " + workspace.branding().accentColour().toLowerCase(Locale.ROOT) + "; }\n";
    }

    /**
     * Where the page finds the workspace's colours.
     *
     * @return the stylesheet's path, or {@code null} for the neutral look
     */
    public @Nullable String themePath() {
        return workspaceId == null ? null : "/w/" + workspaceId + "/theme.css?v=" + version;
    }
}
