package dev.clientportal.core.automation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Facts for the reminder run, answered by the store: amounts still owed on open invoices (open or partially paid,
 * of every workspace) that fall due in a range of dates, with the steps already logged for each. Core decides which
 * step is due; the store only filters by date and orders.
 */
public interface ReminderQueries {

    /**
     * One page of amounts still owed, due from {@code dueFrom} to {@code dueTo} (both included), in
     * {@link ReminderCursor} order, after {@code after}. An invoice's installments due on one day are one amount.
     *
     * @param dueFrom the earliest due date
     * @param dueTo   the latest due date
     * @param after   where the previous page ended; empty for the first page
     * @param limit   the most facts to answer, positive
     * @return up to {@code limit} facts; fewer only on the last page
     */
    List<ReminderFacts> openAmountsDue(LocalDate dueFrom, LocalDate dueTo, Optional<ReminderCursor> after, int limit);
}
