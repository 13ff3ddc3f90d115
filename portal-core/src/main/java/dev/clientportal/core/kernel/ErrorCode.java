package dev.clientportal.core.kernel;

import dev.clientportal.core.ClientPortal;

/**
 * Stable, machine-readable codes for every way the SDK rejects a call.
 *
 * <p>The {@link #code()} strings are part of the public contract: hosts may map them to HTTP responses or
 * translated messages, so they never change once released. Each code belongs to one {@link Kind}, which tells a
 * host how to answer without knowing every code, and says whether it is {@link #retryable()}: only a few codes are
 * (a lost race, an unavailable database or gateway), so a conflict such as {@link #PAYMENT_REFERENCE_CONFLICT} is
 * never retried by a host that retries {@link #CONCURRENT_MODIFICATION}.
 */
public enum ErrorCode {
    // input
    /**
     * A required field is missing, {@code null} or blank (or a required list is empty). Send the field; the
     * exception's {@code field()} names it.
     */
    REQUIRED("input.required", Kind.INVALID_INPUT),
    /**
     * A field's value breaks its rule (format, length, range), and no more specific code applies. Correct the value
     * named by {@code field()}; the message states the rule.
     */
    INVALID_VALUE("input.invalid_value", Kind.INVALID_INPUT),
    /**
     * A numeral text is longer than {@code DecimalInput.MAX_TEXT_LENGTH} characters, rejected before it is parsed.
     * Send a plain number of reasonable length.
     */
    NUMBER_TOO_LONG("input.number_too_long", Kind.INVALID_INPUT),
    /**
     * A currency code is not an ISO 4217 code the JDK knows, or its minor digits disagree with ISO 4217. Send a
     * three-letter ISO code such as {@code EUR}.
     */
    UNKNOWN_CURRENCY("money.unknown_currency", Kind.INVALID_INPUT),
    /**
     * Amounts in different currencies were combined (lines, payments, allocations, credit). Use the currency of the
     * document or account the amount belongs to.
     */
    CURRENCY_MISMATCH("money.currency_mismatch", Kind.INVALID_INPUT),
    /**
     * An amount has more decimal places than its currency allows (e.g. {@code 1.005 EUR}). Round it to the currency's
     * minor unit before sending.
     */
    AMOUNT_PRECISION("money.too_many_decimals", Kind.INVALID_INPUT),
    /**
     * An amount, or a total computed from it, exceeds what a {@code long} of minor units can hold. Reject the input
     * as implausible.
     */
    AMOUNT_OUT_OF_RANGE("money.out_of_range", Kind.INVALID_INPUT),
    /**
     * An amount that must be positive (a payment, refund, credit, late fee) is zero or negative. Send a positive
     * amount; reversals have their own operations.
     */
    NEGATIVE_AMOUNT("money.negative_amount", Kind.INVALID_INPUT),
    /**
     * A percentage (tax rate, discount) is not a number, is outside 0 to 100 or has too many decimal places. Send a
     * value between 0 and 100.
     */
    INVALID_PERCENTAGE("money.invalid_percentage", Kind.INVALID_INPUT),
    /** A line quantity is not a number or is not greater than zero. Send a positive quantity. */
    INVALID_QUANTITY("pricing.invalid_quantity", Kind.INVALID_INPUT),
    /** A discount is larger than the line amount or the subtotal it applies to. Lower the discount. */
    DISCOUNT_EXCEEDS_AMOUNT("pricing.discount_exceeds_amount", Kind.INVALID_INPUT),
    /**
     * A workspace's document numbering pattern is malformed (too long, an unknown placeholder, not exactly one
     * sequence placeholder, or disallowed literal characters). Fix the pattern; the message names the rule.
     */
    INVALID_NUMBERING_PATTERN("workspace.invalid_numbering_pattern", Kind.INVALID_INPUT),
    /** Payment terms are outside the allowed number of days. Send terms between 0 and the stated maximum. */
    INVALID_PAYMENT_TERMS("invoice.invalid_payment_terms", Kind.INVALID_INPUT),
    /**
     * A draft's typed due date is before the date it is being issued on. Type a due date on or after the issue date,
     * or clear it so the payment terms set one.
     */
    DUE_DATE_BEFORE_ISSUE_DATE("invoice.due_date_before_issue_date", Kind.INVALID_INPUT),
    /**
     * An installment schedule is malformed: a count outside 1 to 120, due dates out of order, or an installment
     * amount that is not positive. Correct the schedule.
     */
    INVALID_SCHEDULE("invoice.invalid_schedule", Kind.INVALID_INPUT),
    /**
     * An installment schedule's amounts do not add up exactly to the invoice total. Adjust the installments so they
     * sum to the total.
     */
    SCHEDULE_TOTAL_MISMATCH("invoice.schedule_total_mismatch", Kind.INVALID_INPUT),
    /**
     * A statement or report period ends before it starts, or spans more days than allowed. Send a shorter, ordered
     * period.
     */
    INVALID_PERIOD("receivables.invalid_period", Kind.INVALID_INPUT),
    /**
     * A payment allocation is malformed: an invoice of another client than the payer, an invoice named twice in one
     * payment, or a refund on an invoice the payment was not allocated to. Correct the allocations.
     */
    INVALID_ALLOCATION("payment.invalid_allocation", Kind.INVALID_INPUT),
    /** Allocations add up to more than the payment's amount. Allocate at most the payment amount. */
    ALLOCATION_EXCEEDS_PAYMENT("payment.allocation_exceeds_payment", Kind.INVALID_INPUT),
    /**
     * An allocation or credit applied to an invoice exceeds its amount due. Apply at most the amount due; keep the
     * rest as client credit.
     */
    ALLOCATION_EXCEEDS_DUE("payment.allocation_exceeds_due", Kind.INVALID_INPUT),
    /**
     * A refund exceeds what was paid (and not yet refunded) on the payment or invoice. Refund at most the remaining
     * paid amount.
     */
    REFUND_EXCEEDS_PAYMENT("payment.refund_exceeds_payment", Kind.INVALID_INPUT),
    /** A credit note exceeds what is left to credit on its invoice. Lower the credit note's total. */
    CREDIT_EXCEEDS_INVOICE("credit.exceeds_invoice", Kind.INVALID_INPUT),
    /** Applying client credit would take more than the client's credit balance. Apply at most the balance. */
    INSUFFICIENT_CREDIT("credit.insufficient_balance", Kind.INVALID_INPUT),
    /**
     * {@code ClientPortal.builder().build()} was called without a store or service the portal needs. A wiring error:
     * supply the named ports; never shown to end users.
     */
    MISSING_PORT("portal.missing_port", Kind.INVALID_INPUT),
    /**
     * An upload exceeds the configured maximum file size. Ask the user for a smaller file; the message states the
     * limit.
     */
    FILE_TOO_LARGE("file.too_large", Kind.INVALID_INPUT),
    /**
     * An upload's content does not match its declared type: a wrong file signature, markup a browser could run, or
     * binary content in a text type. Ask for a genuine file of an allowed type.
     */
    FILE_TYPE_NOT_ALLOWED("file.type_not_allowed", Kind.INVALID_INPUT),
    /**
     * An upload stream could not be read or stored (I/O error). Retry the upload with a fresh stream; nothing was
     * kept.
     */
    FILE_UNREADABLE("file.unreadable", Kind.INVALID_INPUT),
    /**
     * An approval request names a contact without the APPROVER role. Give the contact the role first, or name another
     * contact.
     */
    NOT_AN_APPROVER("approval.not_an_approver", Kind.INVALID_INPUT),
    /**
     * A final invoice references a deposit invoice that is a draft, of another client or of another currency.
     * Reference an issued deposit invoice of the same client and currency.
     */
    INVALID_DEPOSIT_INVOICE("invoice.invalid_deposit_invoice", Kind.INVALID_INPUT),
    /** A quote's deposit exceeds the quote total. Lower the deposit. */
    DEPOSIT_EXCEEDS_TOTAL("quote.deposit_exceeds_total", Kind.INVALID_INPUT),
    /**
     * An agreement names a signer who is not an active contact of the client with the APPROVER role. Name such a
     * contact.
     */
    INVALID_SIGNER("agreement.invalid_signer", Kind.INVALID_INPUT),
    /**
     * An invoice or a feed update was to be assigned to a project of another client. Assign them only to projects of
     * the client they are for.
     */
    PROJECT_CLIENT_MISMATCH("project.client_mismatch", Kind.INVALID_INPUT),
    /**
     * An installment number is not one of the invoice's installments. Use a number from 1 to the schedule's size (0
     * pays the whole amount due).
     */
    UNKNOWN_INSTALLMENT("payment.unknown_installment", Kind.INVALID_INPUT),
    /**
     * Online payment was requested on a portal built without a {@code PaymentGateway}. A wiring error: configure a
     * gateway or hide the pay button.
     */
    GATEWAY_NOT_CONFIGURED("payment.gateway_not_configured", Kind.INVALID_INPUT),
    /**
     * A notification template names a placeholder its kind does not know (or uses a block or the link in the
     * subject). Use only the placeholders {@code Notifications.placeholders(kind)} lists; {@code field()} names the
     * part.
     */
    TEMPLATE_UNKNOWN_PLACEHOLDER("notification.template_unknown_placeholder", Kind.INVALID_INPUT),
    /**
     * A notification template leaves out a placeholder its kind needs, such as the sign-in link of an invitation.
     * Put the placeholder into the part {@code field()} names.
     */
    TEMPLATE_MISSING_PLACEHOLDER("notification.template_missing_placeholder", Kind.INVALID_INPUT),

    // access
    /**
     * A sign-in link is unknown or malformed. Ask the client to request a new link; do not reveal whether the address
     * is known.
     */
    TOKEN_INVALID("access.token_invalid", Kind.UNAUTHENTICATED),
    /** A sign-in link was used after its expiry. Offer to send a new link. */
    TOKEN_EXPIRED("access.token_expired", Kind.UNAUTHENTICATED),
    /** A one-time sign-in link was used already. Offer to send a new link. */
    TOKEN_USED("access.token_used", Kind.UNAUTHENTICATED),
    /**
     * A sign-in link was replaced by a newer one or revoked by staff. Ask the client to use the newest link or
     * request another.
     */
    TOKEN_REVOKED("access.token_revoked", Kind.UNAUTHENTICATED),
    /** A portal session is past its expiry. Send the client to sign in again. */
    SESSION_EXPIRED("access.session_expired", Kind.UNAUTHENTICATED),
    /** A portal session was signed out or revoked by staff. Send the client to sign in again. */
    SESSION_REVOKED("access.session_revoked", Kind.UNAUTHENTICATED),
    /**
     * The contact's portal access was revoked, or a document link's access to the client's documents has ended. Sign
     * the client out; only staff can restore access.
     */
    ACCESS_REVOKED("access.revoked", Kind.UNAUTHENTICATED),
    /**
     * Too many sign-in or link attempts from one address or for one link. Tell the user to wait; not retryable
     * automatically, since every retry counts as another attempt.
     */
    RATE_LIMITED("access.rate_limited", Kind.RATE_LIMITED),
    /**
     * The contact lacks the role the action needs (BILLING to pay, APPROVER to approve or sign). Hide the action or
     * ask staff to grant the role.
     */
    ROLE_REQUIRED("access.role_required", Kind.FORBIDDEN),
    /**
     * A read-only credential (a document link) was used for an action that needs a signed-in contact. Ask the client
     * to sign in.
     */
    READ_ONLY_ACCESS("access.read_only", Kind.FORBIDDEN),
    /**
     * A contact decided on an approval request that does not name them. Only the addressed approvers may decide; hide
     * the action for others.
     */
    APPROVER_NOT_ADDRESSED("approval.not_addressed", Kind.FORBIDDEN),
    /**
     * A contact tried to sign an agreement version that does not name them as a signer. Only named signers may sign.
     */
    NOT_A_SIGNER("agreement.not_a_signer", Kind.FORBIDDEN),
    /** A staff member tried to edit a feed update someone else wrote. Supersede it with an update of one's own. */
    FEED_NOT_AUTHOR("feed.not_author", Kind.FORBIDDEN),
    /**
     * Documents were requested on a portal built without a {@code DocumentRenderer}. A wiring error: add a renderer
     * such as portal-pdf's.
     */
    RENDERER_MISSING("document.renderer_missing", Kind.INVALID_INPUT),
    /**
     * The configured renderer has no layout for the requested document kind. Use a renderer that supports the kind,
     * or do not offer it.
     */
    UNSUPPORTED_DOCUMENT("document.unsupported_type", Kind.INVALID_INPUT),

    // not found (also the answer for anything outside the caller's scope)
    /** The workspace does not exist. Check the id the host passed; usually a host bug. */
    WORKSPACE_NOT_FOUND("workspace.not_found", Kind.NOT_FOUND),
    /** The client does not exist or is outside the caller's workspace or scope. Answer as not found (HTTP 404). */
    CLIENT_NOT_FOUND("client.not_found", Kind.NOT_FOUND),
    /** The contact does not exist or is outside the caller's scope. Answer as not found. */
    CONTACT_NOT_FOUND("contact.not_found", Kind.NOT_FOUND),
    /**
     * The invoice does not exist, is outside the caller's scope, or is a draft a client may not see. Answer as not
     * found.
     */
    INVOICE_NOT_FOUND("invoice.not_found", Kind.NOT_FOUND),
    /** No late fee of that period is in force on the invoice (never charged, or removed). List its fees first. */
    LATE_FEE_NOT_FOUND("late_fee.not_found", Kind.NOT_FOUND),
    /** The credit note does not exist or is outside the caller's scope. Answer as not found. */
    CREDIT_NOTE_NOT_FOUND("credit_note.not_found", Kind.NOT_FOUND),
    /** The payment does not exist or is outside the caller's scope. Answer as not found. */
    PAYMENT_NOT_FOUND("payment.not_found", Kind.NOT_FOUND),
    /** The document (invoice, quote, agreement, statement) is not visible to the caller. Answer as not found. */
    DOCUMENT_NOT_FOUND("document.not_found", Kind.NOT_FOUND),
    /** The document link does not exist or belongs to another workspace. Answer as not found. */
    DOCUMENT_LINK_NOT_FOUND("document_link.not_found", Kind.NOT_FOUND),
    /** The file does not exist, was removed, or is outside the caller's scope. Answer as not found. */
    FILE_NOT_FOUND("file.not_found", Kind.NOT_FOUND),
    /** The message thread does not exist or is outside the caller's scope. Answer as not found. */
    THREAD_NOT_FOUND("thread.not_found", Kind.NOT_FOUND),
    /**
     * The deliverable or deliverable version does not exist or is outside the caller's scope. Answer as not found.
     */
    DELIVERABLE_NOT_FOUND("deliverable.not_found", Kind.NOT_FOUND),
    /**
     * The quote does not exist, is outside the caller's scope, or is a draft a client may not see. Answer as not
     * found.
     */
    QUOTE_NOT_FOUND("quote.not_found", Kind.NOT_FOUND),
    /**
     * The agreement (or the requested version) does not exist or is outside the caller's scope. Answer as not found.
     */
    AGREEMENT_NOT_FOUND("agreement.not_found", Kind.NOT_FOUND),
    /** The recurring invoice template does not exist or is outside the caller's workspace. Answer as not found. */
    RECURRING_NOT_FOUND("recurring.not_found", Kind.NOT_FOUND),
    /** The project does not exist or is outside the caller's scope. Answer as not found. */
    PROJECT_NOT_FOUND("project.not_found", Kind.NOT_FOUND),
    /** The activity feed entry does not exist or is outside the caller's scope. Answer as not found. */
    FEED_ENTRY_NOT_FOUND("feed.entry_not_found", Kind.NOT_FOUND),

    // state
    /**
     * The invoice is no longer a draft, so it cannot be edited or discarded. Void it or issue a credit note instead.
     */
    INVOICE_NOT_EDITABLE("invoice.not_editable", Kind.ILLEGAL_STATE),
    /**
     * The recurring template's status does not allow the change (it is cancelled, which is final, or already in the
     * status asked for). Reload it.
     */
    RECURRING_TRANSITION("recurring.illegal_transition", Kind.ILLEGAL_STATE),
    /**
     * The automation run was called inside an open transaction. Its claims must commit before its work, so other
     * instances see them and a rollback cannot undo a charge already made: call it outside any transaction.
     */
    RUN_IN_TRANSACTION("automation.run_in_transaction", Kind.ILLEGAL_STATE),
    /** An invoice without lines was to be issued. Add at least one line. */
    INVOICE_EMPTY("invoice.empty", Kind.ILLEGAL_STATE),
    /**
     * The invoice's status does not allow the requested move (e.g. voiding a paid invoice). Reload it; the message
     * lists the allowed next states.
     */
    INVOICE_TRANSITION("invoice.illegal_transition", Kind.ILLEGAL_STATE),
    /**
     * A payment or credit was applied to an invoice that is a draft, void or paid. Reload the invoice; allocate
     * elsewhere.
     */
    INVOICE_NOT_PAYABLE("invoice.not_payable", Kind.ILLEGAL_STATE),
    /** An invoice with net payments was to be voided. Refund the payments or issue a credit note instead. */
    INVOICE_HAS_PAYMENTS("invoice.has_payments", Kind.ILLEGAL_STATE),
    /**
     * A late fee is already paid or credited, so removing it would leave the invoice overpaid. Refund the payment or
     * give the client credit instead.
     */
    LATE_FEE_SETTLED("late_fee.settled", Kind.ILLEGAL_STATE),
    /**
     * A late-fee period is not due on the invoice: not the next period, not started yet, or the invoice is not open
     * for collection with something owed. The run decides periods; nothing to do.
     */
    LATE_FEE_NOT_DUE("late_fee.not_due", Kind.ILLEGAL_STATE),
    /** A credit note was issued against a draft or void invoice. Only issued, non-void invoices can be credited. */
    INVOICE_NOT_CREDITABLE("invoice.not_creditable", Kind.ILLEGAL_STATE),
    /**
     * The client is archived, and the operation needs an active client. Do not offer the action for archived clients.
     */
    CLIENT_ARCHIVED("client.archived", Kind.ILLEGAL_STATE),
    /** The contact was removed from its client. Add it again before inviting or addressing it. */
    CONTACT_REMOVED("contact.removed", Kind.ILLEGAL_STATE),
    /** Approval was requested on a deliverable without any version. Add a version first. */
    DELIVERABLE_WITHOUT_VERSION("deliverable.no_version", Kind.ILLEGAL_STATE),
    /** A decision was made on a version with no approval request. Request approval first. */
    APPROVAL_NOT_REQUESTED("approval.not_requested", Kind.ILLEGAL_STATE),
    /** A deliverable already has a pending approval request. Wait for it or cancel it before asking again. */
    APPROVAL_ALREADY_REQUESTED("approval.already_requested", Kind.ILLEGAL_STATE),
    /** The latest version is approved already. Add a new version to ask again. */
    VERSION_ALREADY_APPROVED("approval.version_already_approved", Kind.ILLEGAL_STATE),
    /** The quote is no longer a draft. Revise it (a new revision) instead of editing. */
    QUOTE_NOT_EDITABLE("quote.not_editable", Kind.ILLEGAL_STATE),
    /** A quote without lines was to be sent. Add at least one line. */
    QUOTE_EMPTY("quote.empty", Kind.ILLEGAL_STATE),
    /**
     * The quote's status does not allow the requested move (e.g. deciding on a quote that is not sent). Reload it and
     * show its current status.
     */
    QUOTE_TRANSITION("quote.illegal_transition", Kind.ILLEGAL_STATE),
    /** The client tried to accept a quote after its expiry date. Ask the business for a new revision. */
    QUOTE_EXPIRED("quote.expired", Kind.ILLEGAL_STATE),
    /**
     * A quote that requires an agreement was accepted before every named contact signed its current version. Have the
     * agreement signed first.
     */
    QUOTE_AGREEMENT_UNSIGNED("quote.agreement_unsigned", Kind.ILLEGAL_STATE),
    /**
     * An acceptance was to be reversed while its invoices hold payments, credit or credit notes. Refund, credit or
     * void them first.
     */
    QUOTE_NOT_REVERSIBLE("quote.acceptance_not_reversible", Kind.ILLEGAL_STATE),
    /**
     * Invoicing an accepted quote would produce another total than the one accepted (prices or taxes changed). Send a
     * new revision for acceptance.
     */
    QUOTE_PRICE_CHANGED("quote.price_changed", Kind.ILLEGAL_STATE),
    /**
     * The agreement's status does not allow the requested move (e.g. signing a draft or a void agreement). Reload it
     * and show its current status.
     */
    AGREEMENT_TRANSITION("agreement.illegal_transition", Kind.ILLEGAL_STATE),
    /**
     * The payment's status does not allow the requested move (e.g. refunding a failed payment). Reload it; the
     * message lists the allowed next states.
     */
    PAYMENT_TRANSITION("payment.illegal_transition", Kind.ILLEGAL_STATE),
    /**
     * Checkout was started for an installment that is paid already. Reload the invoice; offer the next open
     * installment.
     */
    INSTALLMENT_SETTLED("payment.installment_settled", Kind.ILLEGAL_STATE),
    /**
     * A receipt was requested for a payment that is pending or failed. Offer the receipt once the payment has
     * succeeded.
     */
    PAYMENT_NOT_RECEIVED("payment.not_received", Kind.ILLEGAL_STATE),
    /**
     * Stored file bytes no longer match the SHA-256 recorded at upload, so they are not served. Alert operations;
     * restore the file from backup.
     */
    FILE_CONTENT_CORRUPTED("file.content_corrupted", Kind.ILLEGAL_STATE),
    /**
     * The project's status does not allow the requested move (e.g. putting a done project on hold). Reload it; the
     * message lists the allowed next states.
     */
    PROJECT_TRANSITION("project.illegal_transition", Kind.ILLEGAL_STATE),
    /**
     * A feed update was to be edited after its edit window closed. Supersede it instead: a new update that points to
     * the old one, which is kept.
     */
    FEED_EDIT_WINDOW_CLOSED("feed.edit_window_closed", Kind.ILLEGAL_STATE),
    /**
     * A feed entry cannot be edited or superseded: the portal wrote it, or a newer update superseded it already.
     * Post a new update, or supersede the newest one.
     */
    FEED_ENTRY_NOT_EDITABLE("feed.entry_not_editable", Kind.ILLEGAL_STATE),
    /**
     * A feed entry cannot be replied to: the portal noted it, it is a reply itself, or a newer update superseded it.
     * Reply to the newest update instead.
     */
    FEED_ENTRY_NOT_REPLIABLE("feed.entry_not_repliable", Kind.ILLEGAL_STATE),
    /**
     * The document or entry would be dated in a closed period (on or before the workspace's lock date), or is an
     * invoice dated there that was to be voided or credited. The message names the lock date and the document's
     * date. Date it after the lock date, or have staff reopen the period first.
     */
    PERIOD_LOCKED("period.locked", Kind.ILLEGAL_STATE),

    // conflicts
    /**
     * Another transaction changed the same record first (optimistic version check), or a row lock wait timed out or
     * deadlocked. Retryable: run the whole operation again in a new transaction.
     */
    CONCURRENT_MODIFICATION("store.concurrent_modification", Kind.CONFLICT, true),
    /**
     * A record with the same natural key exists (a contact's email, a document number, a token hash). Not retryable
     * as is: use the existing record or another key; races the SDK can resolve it retries itself.
     */
    DUPLICATE_KEY("store.duplicate_key", Kind.CONFLICT),
    /**
     * A payment reference is already used by a payment with other content (another client, amount or gateway, or a
     * manual recording). Never retryable: use the existing payment or a new reference.
     */
    PAYMENT_REFERENCE_CONFLICT("payment.reference_conflict", Kind.CONFLICT),
    /**
     * A refund reference was used before for a different refund. Never retryable: use the existing refund or a new
     * reference.
     */
    REFUND_REFERENCE_CONFLICT("payment.refund_reference_conflict", Kind.CONFLICT),
    /**
     * A decision arrived on an approval request that is approved, rejected or cancelled already. Reload and show the
     * outcome.
     */
    APPROVAL_REQUEST_CLOSED("approval.request_closed", Kind.CONFLICT),
    /** A decision arrived on a version that a newer version replaced. Reload and decide on the latest version. */
    VERSION_SUPERSEDED("approval.version_superseded", Kind.CONFLICT),
    /** The contact has decided on this approval request already. Reload and show the recorded decision. */
    ALREADY_DECIDED("approval.already_decided", Kind.CONFLICT),
    /** The quote was accepted already and its invoices exist. Reload and show the accepted quote. */
    QUOTE_ALREADY_ACCEPTED("quote.already_accepted", Kind.CONFLICT),
    /**
     * A signature names an agreement version that is no longer current. Show the client the current version before
     * signing.
     */
    AGREEMENT_VERSION_CHANGED("agreement.version_changed", Kind.CONFLICT),
    /**
     * A background worker no longer holds its work claim (released, expired and taken over, or completed). Roll the
     * work back; another worker does it. Not for hosts to retry.
     */
    WORK_CLAIM_LOST("automation.work_claim_lost", Kind.CONFLICT),
    /**
     * A gateway event id was received before with other content (a replayed or forged webhook). Never retryable:
     * answer the webhook as rejected and investigate.
     */
    GATEWAY_EVENT_CONFLICT("payment.gateway_event_conflict", Kind.CONFLICT),

    // unavailable
    /** The payment gateway failed or timed out. Retryable: try again later; no payment was recorded. */
    GATEWAY_UNAVAILABLE("payment.gateway_unavailable", Kind.UNAVAILABLE, true),
    /**
     * The database failed in a way that may pass: a timeout, a deadlock the database broke, a lost connection. Thrown
     * by store adapters, not the in-memory stores. Retryable: run the whole operation again in a new transaction,
     * after a back-off.
     */
    STORE_UNAVAILABLE("store.unavailable", Kind.UNAVAILABLE, true);

    /** How a host should treat a failure, independent of the exact code. */
    public enum Kind {
        /** The request itself is wrong; retrying it unchanged fails again. */
        INVALID_INPUT,
        /** The subject does not exist or is outside the caller's scope. */
        NOT_FOUND,
        /** The subject exists but its state does not allow the operation. */
        ILLEGAL_STATE,
        /**
         * Another writer got there first, or the same natural key exists with other content; only
         * {@link ErrorCode#CONCURRENT_MODIFICATION} among them is {@link ErrorCode#retryable() retryable}.
         */
        CONFLICT,
        /** The caller's credential (sign-in link, session, document link) is missing, unknown, used up or ended. */
        UNAUTHENTICATED,
        /** The caller may see the subject but its roles do not allow this action. */
        FORBIDDEN,
        /** Too many attempts; retry later. */
        RATE_LIMITED,
        /** A service the portal depends on (database, payment gateway) failed or timed out; it may succeed later. */
        UNAVAILABLE
    }

    private final String code;
    private final Kind kind;
    private final boolean retryable;

    ErrorCode(String code, Kind kind) {
        this(code, kind, false);
    }

    ErrorCode(String code, Kind kind, boolean retryable) {
        this.code = code;
        this.kind = kind;
        this.retryable = retryable;
    }

    /**
     * The stable code string, e.g. {@code invoice.not_editable}.
     *
     * @return the stable code string, e.g. {@code invoice.not_editable}
     */
    public String code() {
        return code;
    }

    /**
     * The kind of failure this code belongs to.
     *
     * @return the kind of failure this code belongs to
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether the same call, unchanged, may succeed when made again in a new transaction (after a short back-off):
     * {@link #CONCURRENT_MODIFICATION}, {@link #STORE_UNAVAILABLE} and {@link #GATEWAY_UNAVAILABLE}. Every other code
     * fails again until the input or the state changes.
     *
     * @return whether retrying the unchanged call in a new transaction may succeed
     */
    public boolean retryable() {
        return retryable;
    }
}
