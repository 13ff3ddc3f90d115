package dev.clientportal.core.analytics;

import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded opening of a document: who, what, when, from where, and what kind of visitor it was.
 *
 * @param id             identity
 * @param workspaceId    the workspace
 * @param clientId       the client the document belongs to
 * @param document       the document
 * @param viewerKey      who viewed ({@code contact:…}, {@code link:…}, {@code staff:…})
 * @param channel        how the viewer got there
 * @param at             when
 * @param address        the client address of the request
 * @param userAgent      the user agent of the request
 * @param method         the HTTP method
 * @param classification what kind of visitor it was (probable scanners may later become human)
 */
public record DocumentView(UUID id, WorkspaceId workspaceId, ClientId clientId, DocumentRef document, String viewerKey,
                           AccessChannel channel, Instant at, String address, String userAgent, String method,
                           ViewClass classification) {

    /**
     * Requires every field.
     *
     * @param id             identity
     * @param workspaceId    the workspace
     * @param clientId       the client the document belongs to
     * @param document       the document
     * @param viewerKey      who viewed ({@code contact:…}, {@code link:…}, {@code staff:…})
     * @param channel        how the viewer got there
     * @param at             when
     * @param address        the client address of the request
     * @param userAgent      the user agent of the request
     * @param method         the HTTP method
     * @param classification what kind of visitor it was (probable scanners may later become human)
     */
    public DocumentView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(viewerKey, "viewerKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(classification, "classification");
    }

    /**
     * This view reclassified.
     *
     * @param newClass the new classification
     * @return a copy of this view with that classification
     */
    public DocumentView reclassified(ViewClass newClass) {
        return new DocumentView(id, workspaceId, clientId, document, viewerKey, channel, at, address, userAgent, method,
                newClass);
    }
}
