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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Payments in {@code cp_payment}, their allocations in {@code cp_payment_allocation} (rewritten on every save) and
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
        return Versioned.save(entityManager, PaymentEntity.class, payment.id().value(), payment.version(), "payment",
                () -> PaymentEntity.of(payment), entity -> entity.copy(payment), entity -> entity.version,
                (entity, next) -> entity.version = next, entity -> {
                    writeChildren(entityManager, entity, payment, payment.version() != 0);
                    return payment.withVersion(entity.version);
                });
    }

    private static void writeChildren(EntityManager entityManager, PaymentEntity entity, Payment payment,
                                      boolean update) {
        Set<UUID> storedRefunds = new HashSet<>();
        if (update) {
            entityManager.createQuery("delete from PaymentAllocation a where a.paymentId = :payment")
                    .setParameter("payment", entity.id).executeUpdate();
            storedRefunds.addAll(entityManager.createQuery(
                            "select r.id from PaymentRefund r where r.paymentId = :payment", UUID.class)
                    .setParameter("payment", entity.id).getResultList());
        }
        List<Object> written = new ArrayList<>();
        for (Allocation allocation : payment.allocations()) {
            PaymentAllocationEntity row = new PaymentAllocationEntity(entity, written.size(), allocation);
            entityManager.persist(row);
            written.add(row);
        }
        List<Refund> refunds = payment.refunds();
        for (int i = 0; i < refunds.size(); i++) {
            if (!storedRefunds.contains(refunds.get(i).id().value())) {
                PaymentRefundEntity row = new PaymentRefundEntity(entity, i, refunds.get(i));
                entityManager.persist(row);
                written.add(row);
            }
        }
        if (!written.isEmpty()) {
            entityManager.flush();
            // children are rewritten or appended by the next save, never updated: keep none of them managed
            written.forEach(entityManager::detach);
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
    private static List<Payment> payments(EntityManager entityManager, List<PaymentEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
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
        return rows.stream().map(row -> row.toPayment(allocations.getOrDefault(row.id, List.of()),
                refunds.getOrDefault(row.id, List.of()))).toList();
    }
}
