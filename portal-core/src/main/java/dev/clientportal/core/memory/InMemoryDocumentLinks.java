package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.DocumentLink;
import dev.clientportal.core.access.DocumentLinkId;
import dev.clientportal.core.access.DocumentLinkRepository;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

final class InMemoryDocumentLinks implements DocumentLinkRepository {

    private static final Comparator<DocumentLink> NEWEST_FIRST = Comparator.comparing(DocumentLink::createdAt)
            .thenComparing(link -> link.id().value()).reversed();

    private final InMemoryTransactions transactions;
    private final Table<DocumentLinkId, DocumentLink> rows;
    private final Table<String, DocumentLinkId> byHash;

    InMemoryDocumentLinks(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new Table<>(transactions);
        this.byHash = new Table<>(transactions);
    }

    @Override
    public DocumentLink save(DocumentLink link) {
        return transactions.inTransaction(() -> {
            DocumentLinkId holder = byHash.insertIfAbsent(link.tokenHash(), link.id());
            if (holder != null && !holder.equals(link.id())) {
                throw new PortalException(ErrorCode.DUPLICATE_KEY, "another document link has the same hash");
            }
            return rows.saveVersioned(link.id(), link, link.version(), link::withVersion, DocumentLink::version,
                    "document link");
        });
    }

    @Override
    public Optional<DocumentLink> findByHash(String tokenHash) {
        return Optional.ofNullable(byHash.get(tokenHash)).map(rows::get);
    }

    @Override
    public Optional<DocumentLink> find(WorkspaceId workspaceId, DocumentLinkId id) {
        return Optional.ofNullable(rows.get(id)).filter(link -> link.workspaceId().equals(workspaceId));
    }

    @Override
    public List<DocumentLink> forDocument(WorkspaceId workspaceId, DocumentRef document) {
        return select(link -> link.workspaceId().equals(workspaceId) && link.document().equals(document));
    }

    @Override
    public List<DocumentLink> unrevokedForClient(WorkspaceId workspaceId, ClientId clientId) {
        return select(link -> link.workspaceId().equals(workspaceId) && link.clientId().equals(clientId)
                && link.revokedAt() == null);
    }

    private List<DocumentLink> select(Predicate<DocumentLink> test) {
        return rows.values().stream().filter(test).sorted(NEWEST_FIRST).toList();
    }

    List<DocumentLink> all() {
        return List.copyOf(rows.values());
    }
}
