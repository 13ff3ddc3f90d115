package dev.clientportal.core.access;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.workspace.WorkspaceId;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a {@link DocumentRef} of any type to the client it belongs to. Each feature registers the resolver of
 * its document types; {@code ClientPortal} wires them.
 */
public final class DocumentDirectory {

    private final Map<DocumentType, DocumentResolver> resolvers = new EnumMap<>(DocumentType.class);

    /** Registers the resolver of a document type, replacing any earlier one. */
    public DocumentDirectory register(DocumentType type, DocumentResolver resolver) {
        resolvers.put(PortalException.requireField(type, "type"), PortalException.requireField(resolver, "resolver"));
        return this;
    }

    /** The client-visible document, or empty when it does not exist, is not visible, or its type is unknown. */
    public Optional<DocumentInfo> resolve(WorkspaceId workspaceId, DocumentRef document) {
        DocumentResolver resolver = resolvers.get(document.type());
        return resolver == null ? Optional.empty() : resolver.resolve(workspaceId, document.id());
    }

    /**
     * The client-visible document.
     *
     * @throws PortalException {@link ErrorCode#DOCUMENT_NOT_FOUND} when it does not resolve
     */
    public DocumentInfo require(WorkspaceId workspaceId, DocumentRef document) {
        return resolve(workspaceId, document).orElseThrow(() ->
                PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "document", document));
    }
}
