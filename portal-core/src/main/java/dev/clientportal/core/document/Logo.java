package dev.clientportal.core.document;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Objects;
import java.util.Optional;

/**
 * The logo a document should carry, loaded on demand: renderers that serve a cached rendering never load it.
 *
 * @param workspaceId     the workspace the logo belongs to
 * @param reference       where the host keeps it, empty for no logo
 * @param brandingVersion the branding version that named it; decoded images may be cached under it
 * @param source          where the bytes come from
 */
public record Logo(WorkspaceId workspaceId, String reference, long brandingVersion, LogoSource source) {

    /**
     * Requires every part; a missing reference means no logo.
     *
     * @param workspaceId     the workspace the logo belongs to
     * @param reference       where the host keeps it, empty for no logo
     * @param brandingVersion the branding version that named it; decoded images may be cached under it
     * @param source          where the bytes come from
     */
    public Logo {
        Objects.requireNonNull(workspaceId, "workspaceId");
        reference = Objects.requireNonNullElse(reference, "").strip();
        Objects.requireNonNull(source, "source");
    }

    /**
     * Whether the branding names a logo at all.
     *
     * @return whether the logo reference is not empty
     */
    public boolean isConfigured() {
        return !reference.isEmpty();
    }

    /**
     * The logo bytes from the source; empty when none is configured or the source has none. Whatever the source
     * throws is passed on, so a renderer can log it and carry on without the logo.
     *
     * @return the logo bytes; empty when none is configured or the source has none
     */
    public Optional<byte[]> load() {
        if (!isConfigured()) {
            return Optional.empty();
        }
        return Objects.requireNonNullElse(source.load(workspaceId, reference), Optional.empty());
    }
}
