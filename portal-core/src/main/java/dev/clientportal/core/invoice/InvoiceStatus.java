package dev.clientportal.core.invoice;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an invoice. The allowed transitions are listed here and nowhere else; "overdue" is not a
 * status but derived from the due date and the clock.
 */
public enum InvoiceStatus {
    /** Being written; the only editable state; has no number. */
    DRAFT,
    /** Issued and numbered, nothing paid yet. */
    OPEN,
    /** Some of it has been paid (or settled from client credit). */
    PARTIALLY_PAID,
    /** Nothing is due any more. */
    PAID,
    /** Cancelled after issue; keeps its number; never payable again. */
    VOID,
    /** Written off as bad debt; can still be paid. */
    UNCOLLECTIBLE;

    /**
     * Whether an invoice in this state may move to {@code next}.
     *
     * @param next the state to move to
     * @return whether an invoice in this state may move to {@code next}
     */
    public boolean canMoveTo(InvoiceStatus next) {
        return allowedNext().contains(next);
    }

    /**
     * The states an invoice in this state may move to.
     *
     * @return the states an invoice in this state may move to
     */
    public Set<InvoiceStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, PAID);
            case OPEN -> EnumSet.of(PARTIALLY_PAID, PAID, VOID, UNCOLLECTIBLE);
            case PARTIALLY_PAID -> EnumSet.of(OPEN, PAID, VOID, UNCOLLECTIBLE);
            case PAID -> EnumSet.of(OPEN, PARTIALLY_PAID);
            case UNCOLLECTIBLE -> EnumSet.of(PAID);
            case VOID -> EnumSet.noneOf(InvoiceStatus.class);
        };
    }

    /**
     * Whether payments and client credit can be applied in this state.
     *
     * @return whether payments and client credit can be applied in this state
     */
    public boolean isPayable() {
        return this == OPEN || this == PARTIALLY_PAID || this == UNCOLLECTIBLE;
    }

    /**
     * Whether the invoice has been issued (has a number) and is not void.
     *
     * @return whether the invoice has been issued (has a number) and is not void
     */
    public boolean isIssued() {
        return this != DRAFT && this != VOID;
    }
}
