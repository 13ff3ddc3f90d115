package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryCreditNotes implements CreditNoteRepository {

    private final InMemoryTransactions transactions;
    private final Table<CreditNoteId, CreditNote> rows;
    private final Table<ScopedKey, CreditNoteId> numbers;

    InMemoryCreditNotes(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new Table<>(transactions);
        this.numbers = new Table<>(transactions);
    }

    @Override
    public CreditNote save(CreditNote creditNote) {
        return transactions.inTransaction(() -> {
            ScopedKey key = new ScopedKey(creditNote.workspaceId(), creditNote.number());
            CreditNote saved = creditNote.withVersion(1);
            if (numbers.insertIfAbsent(key, creditNote.id()) != null
                    || rows.insertIfAbsent(creditNote.id(), saved) != null) {
                throw PortalException.invalid(ErrorCode.DUPLICATE_KEY, "creditNote", creditNote.number(),
                        "a credit note with this id or number exists already");
            }
            return saved;
        });
    }

    @Override
    public Optional<CreditNote> find(WorkspaceId workspaceId, CreditNoteId id) {
        return Optional.ofNullable(rows.get(id)).filter(note -> note.workspaceId().equals(workspaceId));
    }

    @Override
    public List<CreditNote> forInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return rows.values().stream()
                .filter(note -> note.workspaceId().equals(workspaceId) && note.invoiceId().equals(invoiceId))
                .sorted(Comparator.comparing(CreditNote::createdAt).thenComparing(CreditNote::number))
                .toList();
    }

    List<CreditNote> all() {
        return List.copyOf(rows.values());
    }
}
