package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Objects;

/** Whoever opened a per-document share link: sees exactly that document, read-only, and nothing else. */
public final class DocumentLinkPrincipal implements PortalPrincipal {

    private final WorkspaceId workspaceId;
    private final ClientId clientId;
    private final DocumentRef document;
    private final DocumentLinkId linkId;
    private final String actor;

    DocumentLinkPrincipal(WorkspaceId workspaceId, ClientId clientId, DocumentRef document, DocumentLinkId linkId) {
        this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.document = Objects.requireNonNull(document, "document");
        this.linkId = Objects.requireNonNull(linkId, "linkId");
        this.actor = "link:" + linkId;
    }

    @Override
    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    @Override
    public ClientId clientId() {
        return clientId;
    }

    /**
     * The one document the link opens.
     *
     * @return the one document the link opens
     */
    public DocumentRef document() {
        return document;
    }

    /**
     * The link that was opened.
     *
     * @return the link that was opened
     */
    public DocumentLinkId linkId() {
        return linkId;
    }

    @Override
    public AccessChannel channel() {
        return AccessChannel.DOCUMENT_LINK;
    }

    @Override
    public boolean canSee(WorkspaceId workspace, ClientId client, DocumentRef candidate) {
        return workspaceId.equals(workspace) && clientId.equals(client) && document.equals(candidate);
    }

    @Override
    public boolean allows(PortalAction action) {
        return action == PortalAction.READ;
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public String viewerKey() {
        return actor;
    }

    @Override
    public String toString() {
        return "DocumentLinkPrincipal[link=" + linkId + ", document=" + document + "]";
    }
}
