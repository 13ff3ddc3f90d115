package dev.clientportal.core.memory;

import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.DeliverableRepository;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

final class InMemoryDeliverables implements DeliverableRepository {

    private static final Comparator<Deliverable> NEWEST_FIRST = Comparator.comparing(Deliverable::createdAt)
            .thenComparing(deliverable -> deliverable.id().value()).reversed();
    private static final Comparator<Deliverable> OLDEST_REQUEST_FIRST = Comparator
            .comparing((Deliverable deliverable) -> deliverable.pendingRequest().orElseThrow().requestedAt())
            .thenComparing(deliverable -> deliverable.id().value());

    private final InMemoryTransactions transactions;
    private final Table<DeliverableId, Deliverable> rows;
    private final Table<DeliverableVersionId, DeliverableId> versions;

    InMemoryDeliverables(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new Table<>(transactions);
        this.versions = new Table<>(transactions);
    }

    @Override
    public Deliverable save(Deliverable deliverable) {
        return transactions.inTransaction(() -> {
            Deliverable saved = rows.saveVersioned(deliverable.id(), deliverable, deliverable.version(),
                    deliverable::withVersion, Deliverable::version, "deliverable");
            for (DeliverableVersion version : saved.versions()) {
                versions.put(version.id(), saved.id());
            }
            return saved;
        });
    }

    @Override
    public Optional<Deliverable> find(WorkspaceId workspaceId, DeliverableId id) {
        return Optional.ofNullable(rows.get(id)).filter(deliverable -> deliverable.workspaceId().equals(workspaceId));
    }

    @Override
    public Optional<Deliverable> findByVersion(WorkspaceId workspaceId, DeliverableVersionId versionId) {
        return transactions.inTransaction(() -> Optional.ofNullable(versions.get(versionId))
                .flatMap(id -> find(workspaceId, id)));
    }

    @Override
    public List<Deliverable> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return rows.values().stream()
                .filter(deliverable -> deliverable.workspaceId().equals(workspaceId)
                        && deliverable.clientId().equals(clientId))
                .sorted(NEWEST_FIRST).toList();
    }

    @Override
    public List<Deliverable> awaitingDecision(WorkspaceId workspaceId, ContactId contactId) {
        return awaiting(workspaceId, contactId).sorted(OLDEST_REQUEST_FIRST).toList();
    }

    @Override
    public int countAwaitingDecision(WorkspaceId workspaceId, ContactId contactId) {
        return (int) awaiting(workspaceId, contactId).count();
    }

    private Stream<Deliverable> awaiting(WorkspaceId workspaceId, ContactId contactId) {
        return rows.values().stream()
                .filter(deliverable -> deliverable.workspaceId().equals(workspaceId)
                        && deliverable.pendingRequest().filter(request -> request.awaits(contactId)).isPresent());
    }

    /** The deliverables of a workspace with a pending request, for the follow-up facts. */
    Stream<Deliverable> withPendingRequest(WorkspaceId workspaceId) {
        return rows.values().stream().filter(deliverable -> deliverable.workspaceId().equals(workspaceId)
                && deliverable.pendingRequest().isPresent());
    }

    List<Deliverable> all() {
        return List.copyOf(rows.values());
    }
}
