package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.payment.Refund;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments in {@code cp_payment}, their allocations in {@code cp_payment_allocation} (written on every save) and
 * their refunds in {@code cp_payment_refund} (appended). A payment reference taken in the workspace
 * ({@code cp_payment_reference_uk}) or a refund reference taken by another refund
 * ({@code cp_payment_refund_reference_uk}) fails the save with
 * {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY}, which the payment use cases answer with the payment
 * recorded first: of two instances recording one reference at once, the second waits on the first's unique key
 * and then fails typed. Any list is three statements: the payments, their allocations, their refunds.
 */
final class JpaPayments implements PaymentRepository {

    private static final String ORDER = " order by p.receivedOn, p.recordedAt, p.id";

    private final EntityManagers entityManagers;

    JpaPayments(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Payment save(Payment payment) {
        EntityManager entityManager = entityManagers.current();
        int[] stored = {0, 0};
        return Versioned.save(entityManager, PaymentEntity.class, payment.id().value(), payment.version(), "payment",
                () -> PaymentEntity.of(payment), entity -> {
                    stored[0] = entity.allocationCount;
                    stored[1] = entity.refundCount;
                    entity.copy(payment);
                }, entity -> entity.version, (entity, next) -> entity.version = next, entity -> {
                    writeChildren(entityManager, entity, payment, stored[0], stored[1]);
                    return payment.withVersion(entity.version);
                });
    }

    /**
     * Brings the allocation rows from the {@code storedAllocations} ones to the payment's (update, delete, insert,
     * each by its exact key, so no statement takes a gap lock on MariaDB) and appends the refunds after the
     * {@code storedRefunds} ones; both counts come from the payment row, read under its lock.
     */
    private static void writeChildren(EntityManager entityManager, PaymentEntity entity, Payment payment,
                                      int storedAllocations, int storedRefunds) {
        List<Allocation> allocations = payment.allocations();
        for (int ordinal = 0; ordinal < Math.min(storedAllocations, allocations.size()); ordinal++) {
            Allocation allocation = allocations.get(ordinal);
            entityManager.createQuery("update PaymentAllocation a set a.invoiceId = :invoice,"
                            + " a.invoiceNumber = :number, a.amount = :amount, a.refunded = :refunded"
                            + " where a.paymentId = :payment and a.ordinal = :ordinal")
                    .setParameter("invoice", allocation.invoiceId().value())
                    .setParameter("number", allocation.invoiceNumber())
                    .setParameter("amount", allocation.amount().minorUnits())
                    .setParameter("refunded", allocation.refunded().minorUnits())
                    .setParameter("payment", entity.id)
                    .setParameter("ordinal", ordinal)
                    .executeUpdate();
        }
        for (int ordinal = allocations.size(); ordinal < storedAllocations; ordinal++) {
            entityManager.createQuery("delete from PaymentAllocation a"
                            + " where a.paymentId = :payment and a.ordinal = :ordinal")
                    .setParameter("payment", entity.id)
                    .setParameter("ordinal", ordinal)
                    .executeUpdate();
        }
        List<Refund> refunds = payment.refunds();
        if (refunds.size() < storedRefunds) {
            throw new IllegalArgumentException("payment " + payment.id() + " has " + refunds.size()
                    + " refunds but " + storedRefunds + " are stored; refunds are never removed");
        }
        List<Object> inserted = new ArrayList<>();
        for (int ordinal = storedAllocations; ordinal < allocations.size(); ordinal++) {
            PaymentAllocationEntity row = new PaymentAllocationEntity(entity, ordinal, allocations.get(ordinal));
            entityManager.persist(row);
            inserted.add(row);
        }
        for (int ordinal = storedRefunds; ordinal < refunds.size(); ordinal++) {
            PaymentRefundEntity row = new PaymentRefundEntity(entity, ordinal, refunds.get(ordinal));
            entityManager.persist(row);
            inserted.add(row);
        }
        if (!inserted.isEmpty()) {
            entityManager.flush();
            // rows are written by exact-key statements from now on: keep none of them managed
            inserted.forEach(entityManager::detach);
        }
    }

    @Override
    public Optional<Payment> find(WorkspaceId workspaceId, PaymentId id) {
        return Versioned.read("find a payment", () -> {
            EntityManager entityManager = entityManagers.current();
            PaymentEntity entity = entityManager.find(PaymentEntity.class, id.value());
            if (entity == null || !entity.workspaceId.equals(workspaceId.value())) {
                return Optional.empty();
            }
            return payments(entityManager, List.of(entity)).stream().findFirst();
        });
    }

    @Override
    public Optional<Payment> findByReference(WorkspaceId workspaceId, String reference) {
        return Versioned.read("find a payment by reference", () -> {
            EntityManager entityManager = entityManagers.current();
            return payments(entityManager, entityManager.createQuery("select p from Payment p"
                            + " where p.workspaceId = :workspace and p.reference = :reference", PaymentEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("reference", reference)
                    .getResultList()).stream().findFirst();
        });
    }

    @Override
    public Optional<Payment> findByRefundReference(WorkspaceId workspaceId, String refundReference) {
        return Versioned.read("find a payment by refund reference", () -> {
            EntityManager entityManager = entityManagers.current();
            return payments(entityManager, entityManager.createQuery("select p from Payment p"
                            + " where p.id in (select r.paymentId from PaymentRefund r"
                            + " where r.workspaceId = :workspace and r.reference = :reference)", PaymentEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("reference", refundReference)
                    .getResultList()).stream().findFirst();
        });
    }

    @Override
    public List<Payment> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("list a client's payments", () -> {
            EntityManager entityManager = entityManagers.current();
            return payments(entityManager, entityManager.createQuery("select p from Payment p"
                            + " where p.workspaceId = :workspace and p.clientId = :client" + ORDER, PaymentEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("client", clientId.value())
                    .getResultList());
        });
    }

    @Override
    public List<Payment> forInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return Versioned.read("list an invoice's payments", () -> {
            EntityManager entityManager = entityManagers.current();
            return payments(entityManager, entityManager.createQuery("select p from Payment p"
                            + " where p.workspaceId = :workspace and p.id in (select a.paymentId"
                            + " from PaymentAllocation a where a.workspaceId = :workspace and a.invoiceId = :invoice)"
                            + ORDER, PaymentEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("invoice", invoiceId.value())
                    .getResultList());
        });
    }

    /** The payments of some rows, with their allocations and refunds read in one statement each. */
    /**
     * The payments of some rows with their allocations and refunds, read again if a commit came between the
     * statements (the rows' counts of allocations and refunds then disagree with the child rows, or the payment's own
     * checks fail).
     */
    static List<Payment> payments(EntityManager entityManager, List<PaymentEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return Versioned.consistently(entityManager, rows, read -> withChildren(entityManager, read));
    }

    private static List<Payment> withChildren(EntityManager entityManager, List<PaymentEntity> rows) {
        List<UUID> ids = rows.stream().map(row -> row.id).toList();
        Map<UUID, CurrencyUnit> currencies = new HashMap<>();
        rows.forEach(row -> currencies.put(row.id, CurrencyUnit.of(row.currency)));
        Map<UUID, List<Allocation>> allocations = new HashMap<>();
        for (PaymentAllocationEntity row : entityManager.createQuery("select a from PaymentAllocation a"
                        + " where a.paymentId in :ids order by a.paymentId, a.ordinal", PaymentAllocationEntity.class)
                .setParameter("ids", ids).getResultList()) {
            entityManager.detach(row);
            allocations.computeIfAbsent(row.paymentId, payment -> new ArrayList<>())
                    .add(row.toAllocation(currencies.get(row.paymentId)));
        }
        Map<UUID, List<Refund>> refunds = new HashMap<>();
        for (PaymentRefundEntity row : entityManager.createQuery("select r from PaymentRefund r"
                        + " where r.paymentId in :ids order by r.paymentId, r.ordinal", PaymentRefundEntity.class)
                .setParameter("ids", ids).getResultList()) {
            entityManager.detach(row);
            refunds.computeIfAbsent(row.paymentId, payment -> new ArrayList<>()).add(row.toRefund());
        }
        List<Payment> payments = new ArrayList<>(rows.size());
        for (PaymentEntity row : rows) {
            List<Allocation> allocated = allocations.getOrDefault(row.id, List.of());
            List<Refund> refunded = refunds.getOrDefault(row.id, List.of());
            if (allocated.size() != row.allocationCount || refunded.size() != row.refundCount) {
                throw new IllegalArgumentException("payment " + row.id + " has " + allocated.size()
                        + " allocations and " + refunded.size() + " refunds stored, its row says "
                        + row.allocationCount + " and " + row.refundCount);
            }
            payments.add(row.toPayment(allocated, refunded));
        }
        return payments;
    }
}
