package dev.clientportal.core.memory;

import dev.clientportal.core.automation.ReminderCursor;
import dev.clientportal.core.automation.ReminderFacts;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderQueries;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The reminder facts from the invoices' stored open amounts and the reminder log, by scanning both. */
final class InMemoryReminderQueries implements ReminderQueries {

    private final InMemoryTransactions transactions;
    private final InMemoryInvoices invoices;
    private final InMemoryReminderLog log;

    InMemoryReminderQueries(InMemoryTransactions transactions, InMemoryInvoices invoices, InMemoryReminderLog log) {
        this.transactions = transactions;
        this.invoices = invoices;
        this.log = log;
    }

    @Override
    public List<ReminderFacts> openAmountsDue(LocalDate dueFrom, LocalDate dueTo, Optional<ReminderCursor> after,
                                              int limit) {
        PortalException.requireField(dueFrom, "dueFrom");
        PortalException.requireField(dueTo, "dueTo");
        PortalException.requireField(after, "after");
        if (limit < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be positive");
        }
        return transactions.inTransaction(() -> {
            Map<LoggedKey, List<ReminderStep>> logged = new HashMap<>();
            for (ReminderLogEntry entry : log.all()) {
                logged.computeIfAbsent(new LoggedKey(entry.invoiceId(), entry.dueDate()), key -> new ArrayList<>())
                        .add(entry.step());
            }
            TreeMap<ReminderCursor, ReminderFacts> facts = new TreeMap<>();
            for (Invoice invoice : invoices.all()) {
                if (invoice.isOpenForCollection()) {
                    addOpenAmounts(invoice, dueFrom, dueTo, logged, facts);
                }
            }
            return (after.isPresent() ? facts.tailMap(after.get(), false) : facts).values().stream()
                    .limit(limit)
                    .toList();
        });
    }

    /** The invoice's amounts due in the range, installments due on one day summed into one. */
    private static void addOpenAmounts(Invoice invoice, LocalDate dueFrom, LocalDate dueTo,
                                       Map<LoggedKey, List<ReminderStep>> logged,
                                       TreeMap<ReminderCursor, ReminderFacts> facts) {
        Map<LocalDate, Money> byDay = new TreeMap<>();
        for (DueAmount open : invoice.openAmounts()) {
            if (!open.dueDate().isBefore(dueFrom) && !open.dueDate().isAfter(dueTo)) {
                byDay.merge(open.dueDate(), open.amount(), Money::plus);
            }
        }
        byDay.forEach((day, amount) -> {
            List<ReminderStep> steps = new ArrayList<>(logged.getOrDefault(new LoggedKey(invoice.id(), day),
                    List.of()));
            steps.sort(null);
            ReminderFacts fact = new ReminderFacts(invoice.workspaceId(), invoice.clientId(), invoice.id(), day,
                    amount, steps);
            facts.put(fact.cursor(), fact);
        });
    }

    /** Invoice ids are unique across workspaces, so the invoice and day identify an amount. */
    private record LoggedKey(InvoiceId invoiceId, LocalDate dueDate) {
    }
}
