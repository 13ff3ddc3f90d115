package dev.clientportal.jpa;

import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

/**
 * Agreements in {@code cp_agreement}, with the contacts an open agreement still waits for as rows of
 * {@code cp_agreement_signer}, written with it: counting what awaits a signature is one statement on those rows or
 * on the agreement's count of them, never a load of agreements.
 */
final class JpaAgreements implements AgreementRepository {

    private final EntityManagers entityManagers;

    JpaAgreements(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Agreement save(Agreement agreement) {
        EntityManager entityManager = entityManagers.current();
        return Versioned.save(entityManager, AgreementEntity.class, agreement.id().value(), agreement.version(),
                "agreement", () -> AgreementEntity.of(agreement), entity -> entity.copy(agreement),
                entity -> entity.version, (entity, next) -> entity.version = next, entity -> {
                    List<AgreementSignerEntity> stored = agreement.version() == 0 ? List.of()
                            : entityManager.createQuery("select s from AgreementSigner s"
                                    + " where s.ownerId = :agreement", AgreementSignerEntity.class)
                            .setParameter("agreement", entity.id).getResultList();
                    ChildRows.replace(entityManager, stored, AgreementEntity.pendingSigners(agreement),
                            AgreementSignerEntity::key, (row, wanted) -> row.clientId = wanted.clientId);
                    return agreement.withVersion(entity.version);
                });
    }

    @Override
    public Optional<Agreement> find(WorkspaceId workspaceId, AgreementId id) {
        return Versioned.read("find an agreement", () -> {
            AgreementEntity entity = entityManagers.current().find(AgreementEntity.class, id.value());
            return entity == null || !entity.workspaceId.equals(workspaceId.value()) ? Optional.<Agreement>empty()
                    : Optional.of(entity.toAgreement());
        });
    }

    @Override
    public List<Agreement> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's agreements", () -> entityManagers.current()
                .createQuery("select a from Agreement a where a.workspaceId = :workspace and a.clientId = :client"
                        + " order by a.createdAt desc, a.id desc", AgreementEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .getResultList().stream().map(AgreementEntity::toAgreement).toList());
    }

    @Override
    public long countAwaitingSignature(WorkspaceId workspaceId, ContactId contactId) {
        return Versioned.read("count the agreements awaiting a signature", () -> entityManagers.current()
                .createQuery("select count(s) from AgreementSigner s where s.workspaceId = :workspace"
                        + " and s.contactId = :contact", Long.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("contact", contactId.value())
                .getSingleResult());
    }

    /**
     * How many agreements of a client wait for a signature, in one statement: of the contact when given (it is
     * named on the open current version and has not signed), else of any client signer.
     */
    int signaturesAwaiting(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact) {
        return Versioned.read("count the agreements awaiting a client's signature", () -> {
            EntityManager entityManager = entityManagers.current();
            TypedQuery<Long> query = contact.isPresent()
                    ? entityManager.createQuery("select count(s) from AgreementSigner s"
                            + " where s.workspaceId = :workspace and s.contactId = :contact"
                            + " and s.clientId = :client", Long.class)
                    .setParameter("contact", contact.get().value())
                    : entityManager.createQuery("select count(a) from Agreement a where a.workspaceId = :workspace"
                            + " and a.clientId = :client and a.awaitingSigners > 0", Long.class);
            return query.setParameter("workspace", workspaceId.value()).setParameter("client", clientId.value())
                    .getSingleResult().intValue();
        });
    }
}
