package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.WorkspaceId;
import java.time.Instant;
import java.util.Objects;

/**
 * The business that owns clients, documents and payments: its settings and branding.
 *
 * <p>Instances are immutable snapshots; change a workspace through {@code ClientPortal.workspaces()}.
 *
 * @param id              identity, the tenant key
 * @param settings        identity, defaults, numbering, tax rounding
 * @param branding        logo and colours
 * @param brandingVersion increases with every branding change, so caches of rendered documents can tell
 * @param createdAt       when the workspace was created
 * @param version         optimistic-locking version, 0 before the first save
 */
public record Workspace(WorkspaceId id, WorkspaceSettings settings, Branding branding, long brandingVersion,
                        Instant createdAt, long version) {

    /**
     * Requires every field.
     *
     * @param id              identity, the tenant key
     * @param settings        identity, defaults, numbering, tax rounding
     * @param branding        logo and colours
     * @param brandingVersion increases with every branding change, so caches of rendered documents can tell
     * @param createdAt       when the workspace was created
     * @param version         optimistic-locking version, 0 before the first save
     */
    public Workspace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Shorthand for the business name.
     *
     * @return the business name from the settings
     */
    public String name() {
        return settings.name();
    }

    Workspace withSettings(WorkspaceSettings newSettings) {
        return new Workspace(id, newSettings, branding, brandingVersion, createdAt, version);
    }

    Workspace withBranding(Branding newBranding) {
        return new Workspace(id, settings, newBranding, brandingVersion + 1, createdAt, version);
    }

    /**
     * This workspace as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the repository stored
     * @return a copy of this workspace with that version
     */
    public Workspace withVersion(long newVersion) {
        return new Workspace(id, settings, branding, brandingVersion, createdAt, newVersion);
    }
}
