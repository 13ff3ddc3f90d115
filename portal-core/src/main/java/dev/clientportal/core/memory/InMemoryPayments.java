package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryPayments implements PaymentRepository {

    private static final Comparator<Payment> OLDEST_FIRST = Comparator.comparing(Payment::receivedOn)
            .thenComparing(Payment::recordedAt).thenComparing(payment -> payment.id().value());

    private final InMemoryTransactions transactions;
    private final Table<PaymentId, Payment> rows;
    private final Table<ScopedKey, PaymentId> references;
    private final Table<ScopedKey, PaymentId> refundReferences;

    InMemoryPayments(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new Table<>(transactions);
        this.references = new Table<>(transactions);
        this.refundReferences = new Table<>(transactions);
    }

    @Override
    public Payment save(Payment payment) {
        return transactions.inTransaction(() -> {
            claim(references, new ScopedKey(payment.workspaceId(), payment.reference()), payment.id(),
                    "payment.reference", payment.reference());
            for (Refund refund : payment.refunds()) {
                claim(refundReferences, new ScopedKey(payment.workspaceId(), refund.reference()), payment.id(),
                        "refund.reference", refund.reference());
            }
            return rows.saveVersioned(payment.id(), payment, payment.version(), payment::withVersion,
                    Payment::version, "payment");
        });
    }

    private static void claim(Table<ScopedKey, PaymentId> index, ScopedKey key, PaymentId owner, String field,
                              String value) {
        PaymentId holder = index.insertIfAbsent(key, owner);
        if (holder != null && !holder.equals(owner)) {
            throw PortalException.invalid(ErrorCode.DUPLICATE_KEY, field, value,
                    "is already used by another payment of the workspace");
        }
    }

    @Override
    public Optional<Payment> find(WorkspaceId workspaceId, PaymentId id) {
        return Optional.ofNullable(rows.get(id)).filter(payment -> payment.workspaceId().equals(workspaceId));
    }

    @Override
    public Optional<Payment> findByReference(WorkspaceId workspaceId, String reference) {
        return Optional.ofNullable(references.get(new ScopedKey(workspaceId, reference)))
                .flatMap(id -> find(workspaceId, id));
    }

    @Override
    public Optional<Payment> findByRefundReference(WorkspaceId workspaceId, String refundReference) {
        return Optional.ofNullable(refundReferences.get(new ScopedKey(workspaceId, refundReference)))
                .flatMap(id -> find(workspaceId, id));
    }

    @Override
    public List<Payment> forClient(WorkspaceId workspaceId, ClientId clientId) {
        return rows.values().stream()
                .filter(payment -> payment.workspaceId().equals(workspaceId) && payment.clientId().equals(clientId))
                .sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Payment> forInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return rows.values().stream()
                .filter(payment -> payment.workspaceId().equals(workspaceId)
                        && payment.allocationTo(invoiceId).isPresent())
                .sorted(OLDEST_FIRST).toList();
    }

    List<Payment> all() {
        return List.copyOf(rows.values());
    }
}
