package dev.clientportal.core.memory;

import dev.clientportal.core.automation.LateFee;
import dev.clientportal.core.automation.LateFeeCandidate;
import dev.clientportal.core.automation.LateFeeLedger;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The late-fee periods as one table keyed by (workspace, invoice, period), as its primary key is in SQL; the due
 * invoices are found from the day stored with each invoice, ordered as the SQL index is.
 */
final class InMemoryLateFees implements LateFeeLedger {

    private static final Comparator<LateFeeCandidate> BY_DAY_AND_ID = Comparator
            .comparing(LateFeeCandidate::nextLateFeeOn)
            .thenComparing(candidate -> candidate.invoiceId().value());

    private final InMemoryTransactions transactions;
    private final InMemoryInvoices invoices;
    private final Table<Key, LateFee> fees;

    InMemoryLateFees(InMemoryTransactions transactions, InMemoryInvoices invoices) {
        this.transactions = transactions;
        this.invoices = invoices;
        this.fees = new Table<>(transactions);
    }

    @Override
    public void add(LateFee fee) {
        LateFeeLedger.requireFee(fee);
        if (fees.insertIfAbsent(Key.of(fee.workspaceId(), fee.invoiceId(), fee.period()), fee) != null) {
            throw new PortalException(ErrorCode.DUPLICATE_KEY, "late fee of period " + fee.period() + " on invoice "
                    + fee.invoiceId() + " exists already");
        }
    }

    @Override
    public boolean markRemoved(LateFee removed) {
        LateFeeLedger.requireFee(removed);
        if (removed.removedAt() == null) {
            throw new IllegalArgumentException("the fee to mark removed carries no removal: " + removed);
        }
        boolean[] changed = {false};
        Key key = Key.of(removed.workspaceId(), removed.invoiceId(), removed.period());
        if (fees.get(key) == null) {
            return false;
        }
        // rows are never deleted, so the row seen is there to update
        fees.update(key, stored -> {
            LateFee row = Objects.requireNonNull(stored, "late fee row");
            if (row.removedAt() != null) {
                return row;
            }
            changed[0] = true;
            return row.removed(Objects.requireNonNull(removed.removedAt()), removed.removedBy(),
                    removed.removalReason());
        });
        return changed[0];
    }

    @Override
    public Optional<LateFee> find(WorkspaceId workspaceId, InvoiceId invoiceId, int period) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(invoiceId, "invoiceId");
        return Optional.ofNullable(fees.get(Key.of(workspaceId, invoiceId, period)));
    }

    @Override
    public List<LateFee> ofInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(invoiceId, "invoiceId");
        return fees.values().stream()
                .filter(fee -> fee.workspaceId().equals(workspaceId) && fee.invoiceId().equals(invoiceId))
                .sorted(Comparator.comparingInt(LateFee::period))
                .toList();
    }

    @Override
    public List<LateFeeCandidate> due(LocalDate through, Optional<LateFeeCandidate> after, int limit) {
        LateFeeLedger.requireDueQuery(through, after, limit);
        return transactions.inTransaction(() -> invoices.all().stream()
                .filter(invoice -> invoice.nextLateFeeOn() != null
                        && !Objects.requireNonNull(invoice.nextLateFeeOn()).isAfter(through))
                .map(InMemoryLateFees::candidate)
                .filter(candidate -> after.isEmpty() || BY_DAY_AND_ID.compare(candidate, after.get()) > 0)
                .sorted(BY_DAY_AND_ID)
                .limit(limit)
                .toList());
    }

    private static LateFeeCandidate candidate(Invoice invoice) {
        return new LateFeeCandidate(invoice.workspaceId(), invoice.id(),
                Objects.requireNonNull(invoice.nextLateFeeOn()));
    }

    /** A period of an invoice of a workspace. */
    private record Key(WorkspaceId workspaceId, InvoiceId invoiceId, int period) {

        static Key of(WorkspaceId workspaceId, InvoiceId invoiceId, int period) {
            return new Key(workspaceId, invoiceId, period);
        }
    }
}
