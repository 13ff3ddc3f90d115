package dev.clientportal.core.clientview;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the client's invoices to list, newest first.
 *
 * @param show   which invoices; empty means all
 * @param offset how many to skip
 * @param limit  page size, 1 to 100
 */
public record InvoiceListQuery(Set<Show> show, int offset, int limit) {

    /** What a client can filter its invoices by. */
    public enum Show {
        /** Still owed, not yet past due. */
        DUE,
        /** Still owed and past due. */
        OVERDUE,
        /** Fully settled. */
        PAID,
        /** Cancelled. */
        VOID
    }

    /**
     * Validates the page.
     *
     * @param show   which invoices; empty means all
     * @param offset how many to skip
     * @param limit  page size, 1 to 100
     */
    public InvoiceListQuery {
        show = show == null || show.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(PortalException.elements(show, "show", Integer.MAX_VALUE)));
        if (offset < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "offset", offset, "must not be negative");
        }
        if (limit < 1 || limit > 100) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and 100");
        }
    }

    /**
     * The first page of every invoice.
     *
     * @param limit the page size, 1 to 100
     * @return the first page of every invoice
     */
    public static InvoiceListQuery all(int limit) {
        return new InvoiceListQuery(Set.of(), 0, limit);
    }

    /**
     * The first page of invoices in some states.
     *
     * @param limit the page size, 1 to 100
     * @param first a state to show
     * @param more  further states to show
     * @return the first page of invoices in those states
     */
    public static InvoiceListQuery only(int limit, Show first, Show... more) {
        return new InvoiceListQuery(EnumSet.of(first, more), 0, limit);
    }

    /**
     * The same filter, another page.
     *
     * @param newOffset how many invoices precede the page
     * @return the same filter, at another offset
     */
    public InvoiceListQuery page(int newOffset) {
        return new InvoiceListQuery(show, newOffset, limit);
    }
}
