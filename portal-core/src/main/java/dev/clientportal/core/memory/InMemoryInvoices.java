package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryInvoices implements InvoiceRepository {

    private static final Comparator<Invoice> NEWEST_FIRST = Comparator.comparing(Invoice::createdAt)
            .thenComparing(invoice -> invoice.id().value()).reversed();
    private static final Comparator<Invoice> OLDEST_DUE_FIRST = Comparator
            .comparing(Invoice::nextDueDate)
            .thenComparing(Invoice::number);

    private final InMemoryTransactions transactions;
    private final Table<InvoiceId, Invoice> rows;
    private final Table<ScopedKey, InvoiceId> numbers;

    InMemoryInvoices(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new Table<>(transactions);
        this.numbers = new Table<>(transactions);
    }

    @Override
    public Invoice save(Invoice invoice) {
        return transactions.inTransaction(() -> {
            if (invoice.number() != null) {
                ScopedKey key = new ScopedKey(invoice.workspaceId(), invoice.number());
                InvoiceId holder = numbers.insertIfAbsent(key, invoice.id());
                if (holder != null && !holder.equals(invoice.id())) {
                    throw PortalException.invalid(ErrorCode.DUPLICATE_KEY, "invoice.number", invoice.number(),
                            "is already used by another invoice of the workspace");
                }
            }
            return rows.saveVersioned(invoice.id(), invoice, invoice.version(), invoice::withVersion,
                    Invoice::version, "invoice");
        });
    }

    @Override
    public Optional<Invoice> find(WorkspaceId workspaceId, InvoiceId id) {
        return Optional.ofNullable(rows.get(id)).filter(invoice -> invoice.workspaceId().equals(workspaceId));
    }

    @Override
    public List<Invoice> list(WorkspaceId workspaceId, InvoiceFilter filter, int offset, int limit) {
        return rows.values().stream()
                .filter(invoice -> invoice.workspaceId().equals(workspaceId) && filter.matches(invoice))
                .sorted(NEWEST_FIRST).skip(offset).limit(limit).toList();
    }

    @Override
    public List<Invoice> payable(WorkspaceId workspaceId, ClientId clientId, CurrencyUnit currency) {
        return rows.values().stream()
                .filter(invoice -> invoice.workspaceId().equals(workspaceId) && invoice.clientId().equals(clientId)
                        && invoice.content().currency().equals(currency) && invoice.status().isPayable()
                        && invoice.amountDue().isPositive())
                .sorted(OLDEST_DUE_FIRST).toList();
    }

    @Override
    public void deleteDraft(WorkspaceId workspaceId, InvoiceId id) {
        transactions.inTransaction(() -> {
            find(workspaceId, id).filter(invoice -> invoice.status() == InvoiceStatus.DRAFT)
                    .ifPresent(invoice -> rows.remove(id));
            return null;
        });
    }

    List<Invoice> all() {
        return List.copyOf(rows.values());
    }
}
