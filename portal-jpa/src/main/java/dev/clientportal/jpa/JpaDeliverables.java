package dev.clientportal.jpa;

import dev.clientportal.core.analytics.PendingApprovalFacts;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.DeliverableRepository;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Deliverables in {@code cp_deliverable}; their versions are appended to {@code cp_deliverable_version} (a number
 * is taken once per deliverable, a version id once: {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY}),
 * and the contacts a pending request still waits for are rows of {@code cp_deliverable_approver}, written with the
 * deliverable. Finding by version and what awaits a contact are one statement each on those rows.
 */
final class JpaDeliverables implements DeliverableRepository {

    private final EntityManagers entityManagers;

    JpaDeliverables(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Deliverable save(Deliverable deliverable) {
        EntityManager entityManager = entityManagers.current();
        int[] storedVersions = {0};
        return Versioned.save(entityManager, DeliverableEntity.class, deliverable.id().value(),
                deliverable.version(), "deliverable", () -> DeliverableEntity.of(deliverable), entity -> {
                    storedVersions[0] = entity.versionCount;
                    entity.copy(deliverable);
                }, entity -> entity.version, (entity, next) -> entity.version = next, entity -> {
                    writeRows(entityManager, deliverable, storedVersions[0]);
                    return deliverable.withVersion(entity.version);
                });
    }

    /**
     * Appends the versions beyond the {@code stored} count (read under the deliverable's lock) and brings the
     * awaited approvers to what the pending request says.
     */
    private static void writeRows(EntityManager entityManager, Deliverable deliverable, int stored) {
        if (stored > deliverable.versions().size()) {
            throw new IllegalArgumentException("deliverable " + deliverable.id() + " has " + stored
                    + " stored versions; a save cannot remove versions");
        }
        DeliverableEntity.versionsAfter(deliverable, stored).forEach(entityManager::persist);
        List<DeliverableApproverEntity> approvers = deliverable.version() == 0 ? List.of()
                : entityManager.createQuery("select a from DeliverableApprover a where a.ownerId = :deliverable",
                        DeliverableApproverEntity.class)
                .setParameter("deliverable", deliverable.id().value()).getResultList();
        ChildRows.replace(entityManager, approvers, DeliverableEntity.awaitedApprovers(deliverable),
                DeliverableApproverEntity::key, (row, wanted) -> row.ordinal = wanted.ordinal);
    }

    @Override
    public Optional<Deliverable> find(WorkspaceId workspaceId, DeliverableId id) {
        return Versioned.read("find a deliverable", () -> {
            DeliverableEntity entity = entityManagers.current().find(DeliverableEntity.class, id.value());
            return entity == null || !entity.workspaceId.equals(workspaceId.value()) ? Optional.<Deliverable>empty()
                    : Optional.of(entity.toDeliverable());
        });
    }

    @Override
    public Optional<Deliverable> findByVersion(WorkspaceId workspaceId, DeliverableVersionId versionId) {
        return Versioned.read("find a deliverable by version", () -> entityManagers.current()
                .createQuery("select d from Deliverable d where d.workspaceId = :workspace and d.id in"
                        + " (select v.deliverableId from DeliverableVersion v where v.id = :version"
                        + " and v.workspaceId = :workspace)", DeliverableEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("version", versionId.value())
                .getResultStream().findFirst().map(DeliverableEntity::toDeliverable));
    }

    @Override
    public List<Deliverable> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's deliverables", () -> entityManagers.current()
                .createQuery("select d from Deliverable d where d.workspaceId = :workspace and d.clientId = :client"
                        + " order by d.createdAt desc, d.id desc", DeliverableEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .getResultList().stream().map(DeliverableEntity::toDeliverable).toList());
    }

    @Override
    public List<Deliverable> awaitingDecision(WorkspaceId workspaceId, ContactId contactId) {
        return Versioned.read("list the deliverables awaiting a decision", () -> entityManagers.current()
                .createQuery("select d from Deliverable d where d.workspaceId = :workspace and d.id in"
                        + " (select a.ownerId from DeliverableApprover a where a.workspaceId = :workspace"
                        + " and a.contactId = :contact) order by d.pendingRequestedAt, d.id", DeliverableEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("contact", contactId.value())
                .getResultList().stream().map(DeliverableEntity::toDeliverable).toList());
    }

    @Override
    public int countAwaitingDecision(WorkspaceId workspaceId, ContactId contactId) {
        return Versioned.read("count the deliverables awaiting a decision", () -> entityManagers.current()
                .createQuery("select count(a) from DeliverableApprover a where a.workspaceId = :workspace"
                        + " and a.contactId = :contact", Long.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("contact", contactId.value())
                .getSingleResult().intValue());
    }

    /**
     * How many deliverables of a client have a pending request, in one statement: one that still waits for the
     * contact when given, else any.
     */
    int approvalsAwaiting(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact) {
        return Versioned.read("count a client's pending approvals", () -> {
            EntityManager entityManager = entityManagers.current();
            TypedQuery<Long> query = contact.isPresent()
                    ? entityManager.createQuery("select count(a) from DeliverableApprover a"
                            + " where a.workspaceId = :workspace and a.contactId = :contact"
                            + " and a.clientId = :client", Long.class)
                    .setParameter("contact", contact.get().value())
                    : entityManager.createQuery("select count(d) from Deliverable d where d.workspaceId = :workspace"
                            + " and d.clientId = :client and d.pendingRequestId is not null", Long.class);
            return query.setParameter("workspace", workspaceId.value()).setParameter("client", clientId.value())
                    .getSingleResult().intValue();
        });
    }

    /**
     * The workspace's pending approval requests with the approvers they wait for, oldest request first, in four
     * statements whatever their number: the requests, their awaited approvers, and the names of those clients and
     * contacts (empty when one is gone).
     */
    List<PendingApprovalFacts> pendingApprovals(WorkspaceId workspaceId) {
        return Versioned.read("list the workspace's pending approvals", () -> {
            EntityManager entityManager = entityManagers.current();
            UUID workspace = workspaceId.value();
            List<Object[]> requests = entityManager.createQuery("select d.id, d.clientId, d.title, d.pendingVersionId,"
                            + " d.pendingVersionNumber, d.pendingRequestedAt from Deliverable d"
                            + " where d.workspaceId = :workspace and d.pendingRequestId is not null"
                            + " order by d.pendingRequestedAt, d.id", Object[].class)
                    .setParameter("workspace", workspace).getResultList();
            if (requests.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<UUID>> awaited = new HashMap<>();
            entityManager.createQuery("select a.ownerId, a.contactId from DeliverableApprover a"
                            + " where a.workspaceId = :workspace order by a.ownerId, a.ordinal", Object[].class)
                    .setParameter("workspace", workspace).getResultList()
                    .forEach(row -> awaited.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((UUID) row[1]));
            Map<UUID, String> contactNames = names(entityManager.createQuery("select c.id, c.name from Contact c"
                    + " where c.workspaceId = :workspace and c.id in (select a.contactId from DeliverableApprover a"
                    + " where a.workspaceId = :workspace)", Object[].class)
                    .setParameter("workspace", workspace).getResultList());
            Map<UUID, String> clientNames = names(entityManager.createQuery("select c.id, c.name from Client c"
                    + " where c.workspaceId = :workspace and c.id in (select d.clientId from Deliverable d"
                    + " where d.workspaceId = :workspace and d.pendingRequestId is not null)", Object[].class)
                    .setParameter("workspace", workspace).getResultList());
            List<PendingApprovalFacts> facts = new ArrayList<>(requests.size());
            for (Object[] row : requests) {
                UUID deliverableId = (UUID) row[0];
                UUID clientId = (UUID) row[1];
                List<PendingApprovalFacts.Approver> waitingOn = awaited.getOrDefault(deliverableId, List.of())
                        .stream().map(contact -> new PendingApprovalFacts.Approver(new ContactId(contact),
                                contactNames.getOrDefault(contact, ""))).toList();
                facts.add(new PendingApprovalFacts(
                        DocumentRef.of(DocumentType.DELIVERABLE_VERSION, new DeliverableVersionId((UUID) row[3])),
                        deliverableId, (String) row[2], (Integer) row[4], new ClientId(clientId),
                        clientNames.getOrDefault(clientId, ""), (Instant) row[5], waitingOn));
            }
            return facts;
        });
    }

    private static Map<UUID, String> names(List<Object[]> rows) {
        Map<UUID, String> names = new HashMap<>();
        rows.forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }
}
