package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceAppearance;
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
     * The look of a workspace, from the appearance the portal shows on pages open to anyone.
     *
     * @param portal      the portal
     * @param workspaceId the workspace
     * @return its look
     * @throws dev.clientportal.core.kernel.PortalException {@code WORKSPACE_NOT_FOUND} for an unknown workspace
     */
    static WorkspaceLook of(ClientPortal portal, WorkspaceId workspaceId) {
        WorkspaceAppearance appearance = portal.workspaces().appearance(workspaceId);
        String logo = appearance.branding().logoReference();
        boolean loadable = logo.startsWith("https://") || logo.startsWith("/");
        return new WorkspaceLook(workspaceId, appearance.name(), loadable ? logo : null, appearance.brandingVersion());
    }

    /**
     * The stylesheet with the workspace's colours as CSS variables; colours are {@code #RRGGBB} (core validates them).
     *
     * @param appearance the workspace's appearance
     * @return the CSS text
     */
    static String themeCss(WorkspaceAppearance appearance) {
        return ":root { --brand: " + appearance.branding().primaryColour().toLowerCase(Locale.ROOT)
                + "; --accent: " + appearance.branding().accentColour().toLowerCase(Locale.ROOT) + "; }\n";
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
