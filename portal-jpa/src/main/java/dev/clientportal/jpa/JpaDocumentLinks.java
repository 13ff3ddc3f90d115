package dev.clientportal.jpa;

import dev.clientportal.core.access.DocumentLink;
import dev.clientportal.core.access.DocumentLinkId;
import dev.clientportal.core.access.DocumentLinkRepository;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Document share links in {@code cp_document_link}: found by hash through its unique key, listed per document
 * through the (workspace, document type, document id, created) index and per client through the (workspace, client,
 * created) index.
 */
final class JpaDocumentLinks implements DocumentLinkRepository {

    private final EntityManagers entityManagers;

    JpaDocumentLinks(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public DocumentLink save(DocumentLink link) {
        return Versioned.save(entityManagers.current(), DocumentLinkEntity.class, link.id().value(), link.version(),
                "document link", () -> DocumentLinkEntity.of(link), entity -> entity.copy(link),
                entity -> entity.version, (entity, next) -> entity.version = next,
                entity -> link.withVersion(entity.version));
    }

    @Override
    public Optional<DocumentLink> findByHash(String tokenHash) {
        return Versioned.read("find a document link by hash", () -> entityManagers.current()
                .createQuery("select l from DocumentLink l where l.tokenHash = :hash", DocumentLinkEntity.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst().map(DocumentLinkEntity::toDocumentLink));
    }

    @Override
    public Optional<DocumentLink> find(WorkspaceId workspaceId, DocumentLinkId id) {
        return Versioned.read("find a document link", () -> Optional.ofNullable(
                        entityManagers.current().find(DocumentLinkEntity.class, id.value()))
                .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                .map(DocumentLinkEntity::toDocumentLink));
    }

    @Override
    public List<DocumentLink> forDocument(WorkspaceId workspaceId, DocumentRef document) {
        return Versioned.read("list a document's links", () -> entityManagers.current()
                .createQuery("select l from DocumentLink l where l.workspaceId = :workspace"
                        + " and l.documentType = :type and l.documentId = :document"
                        + " order by l.createdAt desc, l.id desc", DocumentLinkEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("type", document.type().name())
                .setParameter("document", document.id())
                .getResultStream().map(DocumentLinkEntity::toDocumentLink).toList());
    }

    @Override
    public List<DocumentLink> unrevokedForClient(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's document links", () -> entityManagers.current()
                .createQuery("select l from DocumentLink l where l.workspaceId = :workspace"
                        + " and l.clientId = :client and l.revokedAt is null"
                        + " order by l.createdAt desc, l.id desc", DocumentLinkEntity.class)
                .setParameter("workspace", workspaceId.value()).setParameter("client", clientId.value())
                .getResultStream().map(DocumentLinkEntity::toDocumentLink).toList());
    }
}
