package dev.clientportal.core.document;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Optional;

/**
 * Loads the logo a workspace's branding refers to (a file-store key or URL the host understands), as PNG or JPEG
 * bytes. Renderers call it only when they lay out a document that is not already cached; a source that answers
 * empty or throws leaves the logo off that document (the renderer logs a warning).
 */
@FunctionalInterface
public interface LogoSource {

    /**
     * The logo bytes for a reference, or empty when there is no such logo.
     *
     * @param workspaceId the workspace whose branding names the logo
     * @param reference   {@link dev.clientportal.core.workspace.Branding#logoReference()}, never blank
     * @return the logo bytes, empty when the host has no such logo
     */
    Optional<byte[]> load(WorkspaceId workspaceId, String reference);

    /**
     * A source that has no logos: documents are rendered without one.
     *
     * @return a source without logos
     */
    static LogoSource none() {
        return (workspaceId, reference) -> Optional.empty();
    }
}
