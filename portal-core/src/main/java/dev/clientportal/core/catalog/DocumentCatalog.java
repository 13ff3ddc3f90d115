package dev.clientportal.core.catalog;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * The documents clients can see: resolves a {@link DocumentRef} of any type to the client it belongs to, through the
 * resolver of the feature that owns the type, which also decides what is visible (drafts are not). Immutable once
 * built, so nothing can replace a visibility rule while the portal runs.
 */
public final class DocumentCatalog {

    private final Map<DocumentType, DocumentResolver> resolvers;

    private DocumentCatalog(Map<DocumentType, DocumentResolver> resolvers) {
        this.resolvers = resolvers;
    }

    /**
     * A catalog over one resolver per document type.
     *
     * @param resolvers a resolver for every {@link DocumentType}
     * @return the catalog
     * @throws PortalException {@link ErrorCode#MISSING_PORT} when a document type has no resolver
     */
    public static DocumentCatalog of(Map<DocumentType, DocumentResolver> resolvers) {
        Map<DocumentType, DocumentResolver> copy = new EnumMap<>(DocumentType.class);
        copy.putAll(PortalException.requireField(resolvers, "resolvers"));
        EnumSet<DocumentType> unresolved = EnumSet.allOf(DocumentType.class);
        unresolved.removeAll(copy.keySet());
        if (!unresolved.isEmpty()) {
            throw new PortalException(ErrorCode.MISSING_PORT, "no document resolver for " + unresolved);
        }
        return new DocumentCatalog(Collections.unmodifiableMap(copy));
    }

    /**
     * The client-visible document, or empty when it does not exist or is not visible to clients.
     *
     * @param workspaceId the workspace
     * @param document    the document
     * @return the client-visible document; empty when it does not exist or is not visible to clients
     */
    public Optional<DocumentInfo> resolve(WorkspaceId workspaceId, DocumentRef document) {
        DocumentResolver resolver = resolvers.get(document.type());
        return resolver == null ? Optional.empty() : resolver.resolve(workspaceId, document.id());
    }

    /**
     * The client-visible document.
     *
     * @param workspaceId the workspace
     * @param document    the document
     * @return the client-visible document
     * @throws PortalException {@link ErrorCode#DOCUMENT_NOT_FOUND} when it does not resolve
     */
    public DocumentInfo require(WorkspaceId workspaceId, DocumentRef document) {
        return resolve(workspaceId, document).orElseThrow(() ->
                PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "document", document));
    }
}
