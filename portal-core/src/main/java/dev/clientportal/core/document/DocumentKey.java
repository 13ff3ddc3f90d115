package dev.clientportal.core.document;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Objects;

/**
 * Identifies one rendering of a document: two documents with equal keys render to the same bytes, so the key is
 * what rendered bytes are cached under. Any change to the document, its workspace's branding or settings, its
 * client, its status mark or its pay link gives a new key.
 *
 * @param workspaceId     the owning workspace
 * @param documentId      the document's identity, e.g. {@code invoice/<uuid>}
 * @param documentVersion the version of the document's content (aggregate version, or a content fingerprint)
 * @param brandingVersion the workspace's branding version the document is rendered with
 * @param variant         everything else the rendering depends on (settings and client versions, mark, pay link)
 */
public record DocumentKey(WorkspaceId workspaceId, String documentId, long documentVersion, long brandingVersion,
                          String variant) {

    /**
     * Requires every part.
     *
     * @param workspaceId     the owning workspace
     * @param documentId      the document's identity, e.g. {@code invoice/<uuid>}
     * @param documentVersion the version of the document's content (aggregate version, or a content fingerprint)
     * @param brandingVersion the workspace's branding version the document is rendered with
     * @param variant         everything else the rendering depends on (settings and client versions, mark, pay link)
     */
    public DocumentKey {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(variant, "variant");
    }
}
