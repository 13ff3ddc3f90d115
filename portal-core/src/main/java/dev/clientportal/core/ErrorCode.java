package dev.clientportal.core;

/**
 * Stable, machine-readable codes for every way the SDK rejects a call.
 *
 * <p>The {@link #code()} strings are part of the public contract: hosts may map them to HTTP responses or
 * translated messages, so they never change once released. Each code belongs to one {@link Kind}, which tells a
 * host how to answer without knowing every code.
 */
public enum ErrorCode {
    // input
    REQUIRED("input.required", Kind.INVALID_INPUT),
    INVALID_VALUE("input.invalid_value", Kind.INVALID_INPUT),
    UNKNOWN_CURRENCY("money.unknown_currency", Kind.INVALID_INPUT),
    CURRENCY_MISMATCH("money.currency_mismatch", Kind.INVALID_INPUT),
    AMOUNT_PRECISION("money.too_many_decimals", Kind.INVALID_INPUT),
    AMOUNT_OUT_OF_RANGE("money.out_of_range", Kind.INVALID_INPUT),
    NEGATIVE_AMOUNT("money.negative_amount", Kind.INVALID_INPUT),
    INVALID_PERCENTAGE("money.invalid_percentage", Kind.INVALID_INPUT),
    INVALID_QUANTITY("pricing.invalid_quantity", Kind.INVALID_INPUT),
    DISCOUNT_EXCEEDS_AMOUNT("pricing.discount_exceeds_amount", Kind.INVALID_INPUT),
    INVALID_NUMBERING_PATTERN("workspace.invalid_numbering_pattern", Kind.INVALID_INPUT),
    INVALID_PAYMENT_TERMS("invoice.invalid_payment_terms", Kind.INVALID_INPUT),
    INVALID_SCHEDULE("invoice.invalid_schedule", Kind.INVALID_INPUT),
    SCHEDULE_TOTAL_MISMATCH("invoice.schedule_total_mismatch", Kind.INVALID_INPUT),
    INVALID_PERIOD("receivables.invalid_period", Kind.INVALID_INPUT),
    INVALID_ALLOCATION("payment.invalid_allocation", Kind.INVALID_INPUT),
    ALLOCATION_EXCEEDS_PAYMENT("payment.allocation_exceeds_payment", Kind.INVALID_INPUT),
    ALLOCATION_EXCEEDS_DUE("payment.allocation_exceeds_due", Kind.INVALID_INPUT),
    REFUND_EXCEEDS_PAYMENT("payment.refund_exceeds_payment", Kind.INVALID_INPUT),
    CREDIT_EXCEEDS_INVOICE("credit.exceeds_invoice", Kind.INVALID_INPUT),
    INSUFFICIENT_CREDIT("credit.insufficient_balance", Kind.INVALID_INPUT),
    MISSING_PORT("portal.missing_port", Kind.INVALID_INPUT),
    RENDERER_MISSING("document.renderer_missing", Kind.INVALID_INPUT),
    UNSUPPORTED_DOCUMENT("document.unsupported_type", Kind.INVALID_INPUT),

    // not found (also the answer for anything outside the caller's scope)
    WORKSPACE_NOT_FOUND("workspace.not_found", Kind.NOT_FOUND),
    CLIENT_NOT_FOUND("client.not_found", Kind.NOT_FOUND),
    CONTACT_NOT_FOUND("contact.not_found", Kind.NOT_FOUND),
    INVOICE_NOT_FOUND("invoice.not_found", Kind.NOT_FOUND),
    CREDIT_NOTE_NOT_FOUND("credit_note.not_found", Kind.NOT_FOUND),
    PAYMENT_NOT_FOUND("payment.not_found", Kind.NOT_FOUND),

    // state
    INVOICE_NOT_EDITABLE("invoice.not_editable", Kind.ILLEGAL_STATE),
    INVOICE_EMPTY("invoice.empty", Kind.ILLEGAL_STATE),
    INVOICE_TRANSITION("invoice.illegal_transition", Kind.ILLEGAL_STATE),
    INVOICE_NOT_PAYABLE("invoice.not_payable", Kind.ILLEGAL_STATE),
    INVOICE_HAS_PAYMENTS("invoice.has_payments", Kind.ILLEGAL_STATE),
    INVOICE_NOT_CREDITABLE("invoice.not_creditable", Kind.ILLEGAL_STATE),
    PAYMENT_FULLY_REFUNDED("payment.fully_refunded", Kind.ILLEGAL_STATE),
    CLIENT_ARCHIVED("client.archived", Kind.ILLEGAL_STATE),

    // conflicts
    CONCURRENT_MODIFICATION("store.concurrent_modification", Kind.CONFLICT),
    DUPLICATE_KEY("store.duplicate_key", Kind.CONFLICT),
    PAYMENT_REFERENCE_CONFLICT("payment.reference_conflict", Kind.CONFLICT),
    REFUND_REFERENCE_CONFLICT("payment.refund_reference_conflict", Kind.CONFLICT);

    /** How a host should treat a failure, independent of the exact code. */
    public enum Kind {
        /** The request itself is wrong; retrying it unchanged fails again. */
        INVALID_INPUT,
        /** The subject does not exist or is outside the caller's scope. */
        NOT_FOUND,
        /** The subject exists but its state does not allow the operation. */
        ILLEGAL_STATE,
        /** Another writer got there first, or the same natural key exists with other content. */
        CONFLICT
    }

    private final String code;
    private final Kind kind;

    ErrorCode(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The stable code string, e.g. {@code invoice.not_editable}. */
    public String code() {
        return code;
    }

    /** The kind of failure this code belongs to. */
    public Kind kind() {
        return kind;
    }
}
