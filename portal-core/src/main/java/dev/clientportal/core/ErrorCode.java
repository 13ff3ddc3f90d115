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
    NUMBER_TOO_LONG("input.number_too_long", Kind.INVALID_INPUT),
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
    FILE_TOO_LARGE("file.too_large", Kind.INVALID_INPUT),
    FILE_TYPE_NOT_ALLOWED("file.type_not_allowed", Kind.INVALID_INPUT),
    FILE_UNREADABLE("file.unreadable", Kind.INVALID_INPUT),
    NOT_AN_APPROVER("approval.not_an_approver", Kind.INVALID_INPUT),
    INVALID_DEPOSIT_INVOICE("invoice.invalid_deposit_invoice", Kind.INVALID_INPUT),
    DEPOSIT_EXCEEDS_TOTAL("quote.deposit_exceeds_total", Kind.INVALID_INPUT),
    INVALID_SIGNER("agreement.invalid_signer", Kind.INVALID_INPUT),
    UNKNOWN_INSTALLMENT("payment.unknown_installment", Kind.INVALID_INPUT),
    GATEWAY_NOT_CONFIGURED("payment.gateway_not_configured", Kind.INVALID_INPUT),

    // access
    TOKEN_INVALID("access.token_invalid", Kind.UNAUTHENTICATED),
    TOKEN_EXPIRED("access.token_expired", Kind.UNAUTHENTICATED),
    TOKEN_USED("access.token_used", Kind.UNAUTHENTICATED),
    TOKEN_REVOKED("access.token_revoked", Kind.UNAUTHENTICATED),
    SESSION_EXPIRED("access.session_expired", Kind.UNAUTHENTICATED),
    SESSION_REVOKED("access.session_revoked", Kind.UNAUTHENTICATED),
    ACCESS_REVOKED("access.revoked", Kind.UNAUTHENTICATED),
    RATE_LIMITED("access.rate_limited", Kind.RATE_LIMITED),
    ROLE_REQUIRED("access.role_required", Kind.FORBIDDEN),
    READ_ONLY_ACCESS("access.read_only", Kind.FORBIDDEN),
    APPROVER_NOT_ADDRESSED("approval.not_addressed", Kind.FORBIDDEN),
    NOT_A_SIGNER("agreement.not_a_signer", Kind.FORBIDDEN),
    RENDERER_MISSING("document.renderer_missing", Kind.INVALID_INPUT),
    UNSUPPORTED_DOCUMENT("document.unsupported_type", Kind.INVALID_INPUT),

    // not found (also the answer for anything outside the caller's scope)
    WORKSPACE_NOT_FOUND("workspace.not_found", Kind.NOT_FOUND),
    CLIENT_NOT_FOUND("client.not_found", Kind.NOT_FOUND),
    CONTACT_NOT_FOUND("contact.not_found", Kind.NOT_FOUND),
    INVOICE_NOT_FOUND("invoice.not_found", Kind.NOT_FOUND),
    CREDIT_NOTE_NOT_FOUND("credit_note.not_found", Kind.NOT_FOUND),
    PAYMENT_NOT_FOUND("payment.not_found", Kind.NOT_FOUND),
    DOCUMENT_NOT_FOUND("document.not_found", Kind.NOT_FOUND),
    DOCUMENT_LINK_NOT_FOUND("document_link.not_found", Kind.NOT_FOUND),
    FILE_NOT_FOUND("file.not_found", Kind.NOT_FOUND),
    THREAD_NOT_FOUND("thread.not_found", Kind.NOT_FOUND),
    DELIVERABLE_NOT_FOUND("deliverable.not_found", Kind.NOT_FOUND),
    QUOTE_NOT_FOUND("quote.not_found", Kind.NOT_FOUND),
    AGREEMENT_NOT_FOUND("agreement.not_found", Kind.NOT_FOUND),

    // state
    INVOICE_NOT_EDITABLE("invoice.not_editable", Kind.ILLEGAL_STATE),
    INVOICE_EMPTY("invoice.empty", Kind.ILLEGAL_STATE),
    INVOICE_TRANSITION("invoice.illegal_transition", Kind.ILLEGAL_STATE),
    INVOICE_NOT_PAYABLE("invoice.not_payable", Kind.ILLEGAL_STATE),
    INVOICE_HAS_PAYMENTS("invoice.has_payments", Kind.ILLEGAL_STATE),
    INVOICE_NOT_CREDITABLE("invoice.not_creditable", Kind.ILLEGAL_STATE),
    PAYMENT_FULLY_REFUNDED("payment.fully_refunded", Kind.ILLEGAL_STATE),
    CLIENT_ARCHIVED("client.archived", Kind.ILLEGAL_STATE),
    CONTACT_REMOVED("contact.removed", Kind.ILLEGAL_STATE),
    DELIVERABLE_WITHOUT_VERSION("deliverable.no_version", Kind.ILLEGAL_STATE),
    APPROVAL_NOT_REQUESTED("approval.not_requested", Kind.ILLEGAL_STATE),
    APPROVAL_ALREADY_REQUESTED("approval.already_requested", Kind.ILLEGAL_STATE),
    VERSION_ALREADY_APPROVED("approval.version_already_approved", Kind.ILLEGAL_STATE),
    QUOTE_NOT_EDITABLE("quote.not_editable", Kind.ILLEGAL_STATE),
    QUOTE_EMPTY("quote.empty", Kind.ILLEGAL_STATE),
    QUOTE_TRANSITION("quote.illegal_transition", Kind.ILLEGAL_STATE),
    QUOTE_EXPIRED("quote.expired", Kind.ILLEGAL_STATE),
    QUOTE_AGREEMENT_UNSIGNED("quote.agreement_unsigned", Kind.ILLEGAL_STATE),
    QUOTE_NOT_REVERSIBLE("quote.acceptance_not_reversible", Kind.ILLEGAL_STATE),
    QUOTE_PRICE_CHANGED("quote.price_changed", Kind.ILLEGAL_STATE),
    AGREEMENT_TRANSITION("agreement.illegal_transition", Kind.ILLEGAL_STATE),
    PAYMENT_TRANSITION("payment.illegal_transition", Kind.ILLEGAL_STATE),
    INSTALLMENT_SETTLED("payment.installment_settled", Kind.ILLEGAL_STATE),
    PAYMENT_NOT_RECEIVED("payment.not_received", Kind.ILLEGAL_STATE),
    FILE_CONTENT_CORRUPTED("file.content_corrupted", Kind.ILLEGAL_STATE),

    // conflicts
    CONCURRENT_MODIFICATION("store.concurrent_modification", Kind.CONFLICT),
    DUPLICATE_KEY("store.duplicate_key", Kind.CONFLICT),
    PAYMENT_REFERENCE_CONFLICT("payment.reference_conflict", Kind.CONFLICT),
    REFUND_REFERENCE_CONFLICT("payment.refund_reference_conflict", Kind.CONFLICT),
    APPROVAL_REQUEST_CLOSED("approval.request_closed", Kind.CONFLICT),
    VERSION_SUPERSEDED("approval.version_superseded", Kind.CONFLICT),
    ALREADY_DECIDED("approval.already_decided", Kind.CONFLICT),
    QUOTE_ALREADY_ACCEPTED("quote.already_accepted", Kind.CONFLICT),
    AGREEMENT_VERSION_CHANGED("agreement.version_changed", Kind.CONFLICT),
    WORK_CLAIM_LOST("automation.work_claim_lost", Kind.CONFLICT),
    GATEWAY_EVENT_CONFLICT("payment.gateway_event_conflict", Kind.CONFLICT),

    // unavailable
    GATEWAY_UNAVAILABLE("payment.gateway_unavailable", Kind.UNAVAILABLE);

    /** How a host should treat a failure, independent of the exact code. */
    public enum Kind {
        /** The request itself is wrong; retrying it unchanged fails again. */
        INVALID_INPUT,
        /** The subject does not exist or is outside the caller's scope. */
        NOT_FOUND,
        /** The subject exists but its state does not allow the operation. */
        ILLEGAL_STATE,
        /** Another writer got there first, or the same natural key exists with other content. */
        CONFLICT,
        /** The caller's credential (sign-in link, session, document link) is missing, unknown, used up or ended. */
        UNAUTHENTICATED,
        /** The caller may see the subject but its roles do not allow this action. */
        FORBIDDEN,
        /** Too many attempts; retry later. */
        RATE_LIMITED,
        /** A service the portal calls (the payment gateway) failed or timed out; the same call may succeed later. */
        UNAVAILABLE
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
