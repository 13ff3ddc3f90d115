package dev.clientportal.jpa;

import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * Credit notes in {@code cp_credit_note}, inserted once: a taken id or a number taken in the workspace
 * ({@code cp_credit_note_number_uk}) is {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY}.
 */
final class JpaCreditNotes implements CreditNoteRepository {

    private final EntityManagers entityManagers;

    JpaCreditNotes(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public CreditNote save(CreditNote creditNote) {
        try {
            EntityManager entityManager = entityManagers.current();
            CreditNoteEntity entity = CreditNoteEntity.of(creditNote);
            entityManager.persist(entity);
            entityManager.flush();
            return creditNote.withVersion(entity.version);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "save credit note " + creditNote.number());
        }
    }

    @Override
    public Optional<CreditNote> find(WorkspaceId workspaceId, CreditNoteId id) {
        return Versioned.read("find a credit note", () -> Optional.ofNullable(
                        entityManagers.current().find(CreditNoteEntity.class, id.value()))
                .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                .map(CreditNoteEntity::toCreditNote));
    }

    @Override
    public List<CreditNote> forInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return Versioned.read("list the credit notes of an invoice", () -> entityManagers.current()
                .createQuery("select c from CreditNote c where c.workspaceId = :workspace and c.invoiceId = :invoice"
                        + " order by c.createdAt, c.number", CreditNoteEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("invoice", invoiceId.value())
                .getResultStream().map(CreditNoteEntity::toCreditNote).toList());
    }
}
