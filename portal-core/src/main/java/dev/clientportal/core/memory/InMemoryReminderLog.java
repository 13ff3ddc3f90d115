package dev.clientportal.core.memory;

import dev.clientportal.core.automation.ReminderLog;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The reminder log in a table keyed by (workspace, invoice, due date, step): the first insert of a key wins. */
final class InMemoryReminderLog implements ReminderLog {

    private static final Comparator<ReminderLogEntry> OLDEST_FIRST = Comparator.comparing(ReminderLogEntry::at)
            .thenComparing(ReminderLogEntry::dueDate).thenComparing(ReminderLogEntry::step);
    private static final Comparator<ReminderLogEntry> WRITE_ORDER = Comparator
            .comparing((ReminderLogEntry entry) -> entry.invoiceId().value().toString())
            .thenComparing(ReminderLogEntry::dueDate).thenComparing(ReminderLogEntry::step);

    private final Table<Key, ReminderLogEntry> rows;

    InMemoryReminderLog(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public boolean record(ReminderLogEntry entry) {
        PortalException.requireField(entry, "entry");
        return rows.insertIfAbsent(new Key(entry.workspaceId(), entry.invoiceId(), entry.dueDate(), entry.step()),
                entry) == null;
    }

    /**
     * Records entry by entry as the default does, but in one order of their keys, as the database adapters write
     * them, so two transactions logging overlapping entries wait for each other instead of deadlocking on row locks.
     */
    @Override
    public List<ReminderLogEntry> recordAll(WorkspaceId workspaceId, List<ReminderLogEntry> entries) {
        ReminderLog.requireOfWorkspace(workspaceId, entries);
        Set<ReminderLogEntry> added = new HashSet<>();
        entries.stream().sorted(WRITE_ORDER).filter(this::record).forEach(added::add);
        return entries.stream().filter(added::remove).toList();
    }

    @Override
    public List<ReminderLogEntry> ofInvoice(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return rows.values().stream()
                .filter(entry -> entry.workspaceId().equals(workspaceId) && entry.invoiceId().equals(invoiceId))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    /** Every entry, for the reminder queries of the same stores. */
    List<ReminderLogEntry> all() {
        return List.copyOf(rows.values());
    }

    private record Key(WorkspaceId workspaceId, InvoiceId invoiceId, LocalDate dueDate, ReminderStep step) {
    }
}
