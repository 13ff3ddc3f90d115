package dev.clientportal.jpa;

import dev.clientportal.core.automation.LateFee;
import dev.clientportal.core.automation.LateFeeCandidate;
import dev.clientportal.core.automation.LateFeeLedger;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The late-fee ledger in {@code cp_late_fee}: adding is an insert whose primary key (workspace, invoice, period)
 * refuses a second row of a period as {@code DUPLICATE_KEY}; removing is one {@code UPDATE … WHERE key AND
 * removed_at IS NULL}, so of two racing removals the second changes nothing. The due invoices are read from
 * {@code cp_invoice} by the index {@code (next_late_fee_on, id)}, a range scan up to the day from the cursor.
 */
final class JpaLateFees implements LateFeeLedger {

    private static final String DUE = "select i.workspaceId, i.id, i.nextLateFeeOn from Invoice i"
            + " where i.nextLateFeeOn <= :through";
    private static final String AFTER = " and (i.nextLateFeeOn > :day or (i.nextLateFeeOn = :day and i.id > :id))";
    private static final String ORDER = " order by i.nextLateFeeOn, i.id";

    private final EntityManagers entityManagers;

    JpaLateFees(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public void add(LateFee fee) {
        LateFeeLedger.requireFee(fee);
        EntityManager entityManager = entityManagers.current();
        try {
            entityManager.persist(LateFeeEntity.of(fee));
            entityManager.flush();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "add late fee " + fee.period() + " of invoice " + fee.invoiceId());
        }
    }

    @Override
    public boolean markRemoved(LateFee removed) {
        LateFeeLedger.requireFee(removed);
        if (removed.removedAt() == null) {
            throw new IllegalArgumentException("the fee to mark removed carries no removal: " + removed);
        }
        EntityManager entityManager = entityManagers.current();
        try {
            int changed = entityManager.createQuery("update LateFee f set f.removedAt = :at, f.removedBy = :by,"
                            + " f.removalReason = :reason where f.workspaceId = :workspace and f.invoiceId = :invoice"
                            + " and f.period = :period and f.removedAt is null")
                    .setParameter("at", removed.removedAt())
                    .setParameter("by", removed.removedBy())
                    .setParameter("reason", removed.removalReason())
                    .setParameter("workspace", removed.workspaceId().value())
                    .setParameter("invoice", removed.invoiceId().value())
                    .setParameter("period", removed.period())
                    .executeUpdate();
            if (changed == 1) {
                Versioned.refreshIfLoaded(entityManager, LateFeeEntity.class, LateFeeEntity.key(
                        removed.workspaceId().value(), removed.invoiceId().value(), removed.period()));
            }
            return changed == 1;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "remove late fee " + removed.period() + " of invoice "
                    + removed.invoiceId());
        }
    }

    @Override
    public Optional<LateFee> find(WorkspaceId workspaceId, InvoiceId invoiceId, int period) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(invoiceId, "invoiceId");
        return Versioned.read("find late fee " + period + " of invoice " + invoiceId, () ->
                Optional.ofNullable(entityManagers.current().find(LateFeeEntity.class,
                        LateFeeEntity.key(workspaceId.value(), invoiceId.value(), period))).map(LateFeeEntity::toFee));
    }

    @Override
    public List<LateFee> ofInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(invoiceId, "invoiceId");
        return Versioned.read("list the late fees of invoice " + invoiceId, () ->
                entityManagers.current().createQuery("select f from LateFee f where f.workspaceId = :workspace"
                                + " and f.invoiceId = :invoice order by f.period", LateFeeEntity.class)
                        .setParameter("workspace", workspaceId.value())
                        .setParameter("invoice", invoiceId.value())
                        .getResultList().stream().map(LateFeeEntity::toFee).toList());
    }

    @Override
    public List<LateFeeCandidate> due(LocalDate through, Optional<LateFeeCandidate> after, int limit) {
        LateFeeLedger.requireDueQuery(through, after, limit);
        return Versioned.read("find the invoices with late fees due through " + through, () -> {
            TypedQuery<Object[]> query = entityManagers.current().createQuery(
                            DUE + (after.isPresent() ? AFTER : "") + ORDER, Object[].class)
                    .setParameter("through", through)
                    .setMaxResults(limit);
            after.ifPresent(cursor -> query.setParameter("day", cursor.nextLateFeeOn())
                    .setParameter("id", cursor.invoiceId().value()));
            return query.getResultList().stream().map(row -> new LateFeeCandidate(new WorkspaceId((UUID) row[0]),
                    new InvoiceId((UUID) row[1]), (LocalDate) row[2])).toList();
        });
    }
}
