package dev.clientportal.core.clientview;

import dev.clientportal.core.invoice.InvoiceStatus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which rows an invoice list holds, as conditions on stored columns: a row passes when its status is one of
 * {@code statuses}, or when it is payable (open, partially paid, uncollectible) and its next due date is before
 * {@code payableDueBefore}, or payable and its next due date is on or after {@code payableDueFrom}. Core translates
 * a client's {@link InvoiceListQuery} into it.
 *
 * @param statuses         statuses that pass whatever their dates
 * @param payableDueBefore payable rows due before this day pass (the overdue ones)
 * @param payableDueFrom   payable rows due on or after this day pass (the ones not yet due)
 */
public record InvoiceRowFilter(Set<InvoiceStatus> statuses, Optional<LocalDate> payableDueBefore,
                               Optional<LocalDate> payableDueFrom) {

    /** The payable statuses the date conditions apply to. */
    public static final Set<InvoiceStatus> PAYABLE = Set.copyOf(EnumSet.of(InvoiceStatus.OPEN,
            InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.UNCOLLECTIBLE));

    /**
     * Copies the statuses; a draft never passes.
     *
     * @param statuses         statuses that pass whatever their dates
     * @param payableDueBefore payable rows due before this day pass (the overdue ones)
     * @param payableDueFrom   payable rows due on or after this day pass (the ones not yet due)
     */
    public InvoiceRowFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (statuses.contains(InvoiceStatus.DRAFT)) {
            throw new IllegalArgumentException("drafts are never listed to a client");
        }
        Objects.requireNonNull(payableDueBefore, "payableDueBefore");
        Objects.requireNonNull(payableDueFrom, "payableDueFrom");
    }

    /**
     * Whether a row passes: the three column conditions, or-ed.
     *
     * @param row a stored invoice row
     * @return whether a row passes: the three column conditions, or-ed
     */
    public boolean matches(InvoiceRow row) {
        boolean payable = PAYABLE.contains(row.status());
        return statuses.contains(row.status())
                || payable && payableDueBefore.filter(row.nextDueDate()::isBefore).isPresent()
                || payable && payableDueFrom.filter(day -> !row.nextDueDate().isBefore(day)).isPresent();
    }
}
