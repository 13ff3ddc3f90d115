package dev.clientportal.core.quote;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One revision of a quote: its content, computed totals, lifecycle state, the decisions taken on it and the invoices
 * its acceptance created.
 *
 * <p>Immutable: every change returns a new instance, and only the transitions of {@link QuoteStatus} are possible.
 * Revising creates a new revision (same number, next revision counter, new id) and supersedes this one. Hosts change
 * quotes through {@code ClientPortal.quotes()}.
 *
 * @param id               identity of this revision
 * @param workspaceId      the owning workspace
 * @param clientId         the client it is for
 * @param status           lifecycle state
 * @param number           the quote number, {@code null} while a draft; shared by every revision
 * @param revision         1 for the first revision, then 2, 3, …
 * @param previousRevision the revision this one replaced, {@code null} for the first
 * @param content          lines, discount, validity, deposit, terms, required agreement
 * @param totals           the totals of {@code content}
 * @param sentOn           the day it was sent, {@code null} while a draft
 * @param decisions        decisions on this revision, oldest first
 * @param conversion       the invoices its acceptance created, {@code null} unless it was accepted
 * @param createdAt        when this revision was created
 * @param version          optimistic-locking version, 0 before the first save
 */
public record Quote(QuoteId id, WorkspaceId workspaceId, ClientId clientId, QuoteStatus status, @Nullable String number,
                    int revision, @Nullable QuoteId previousRevision, QuoteContent content, DocumentTotals totals,
                    @Nullable LocalDate sentOn, List<QuoteDecision> decisions, @Nullable QuoteConversion conversion,
                    Instant createdAt, long version) {

    /** How long a quote sent without an expiry date stays valid, in days from the day it is sent. */
    public static final int DEFAULT_VALIDITY_DAYS = 30;

    /**
     * Checks the invariants that hold in every state.
     *
     * @param id               identity of this revision
     * @param workspaceId      the owning workspace
     * @param clientId         the client it is for
     * @param status           lifecycle state
     * @param number           the quote number, {@code null} while a draft; shared by every revision
     * @param revision         1 for the first revision, then 2, 3, …
     * @param previousRevision the revision this one replaced, {@code null} for the first
     * @param content          lines, discount, validity, deposit, terms, required agreement
     * @param totals           the totals of {@code content}
     * @param sentOn           the day it was sent, {@code null} while a draft
     * @param decisions        decisions on this revision, oldest first
     * @param conversion       the invoices its acceptance created, {@code null} unless it was accepted
     * @param createdAt        when this revision was created
     * @param version          optimistic-locking version, 0 before the first save
     */
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(totals, "totals");
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(createdAt, "createdAt");
        boolean draft = status == QuoteStatus.DRAFT;
        if (draft != (number == null) || draft != (sentOn == null) || (!draft && content.expiresOn() == null)) {
            throw new IllegalArgumentException("a quote has a number, send date and expiry exactly when sent: "
                    + status + " " + number + " " + sentOn + " " + content.expiresOn());
        }
        if (revision < 1 || (revision > 1) != (previousRevision != null)) {
            throw new IllegalArgumentException("revision " + revision + " with previous revision " + previousRevision);
        }
        if (status == QuoteStatus.ACCEPTED && conversion == null) {
            throw new IllegalArgumentException("an accepted quote names the invoices it created");
        }
        if (!totals.currency().equals(content.currency())) {
            throw new IllegalArgumentException("totals must be in the quote currency " + content.currency());
        }
    }

    /**
     * A new first revision, as a draft.
     *
     * @throws PortalException {@link ErrorCode#DEPOSIT_EXCEEDS_TOTAL} when a fixed deposit exceeds the total
     */
    static Quote draft(QuoteId id, WorkspaceId workspaceId, ClientId clientId, QuoteContent content, Instant now) {
        return new Quote(id, workspaceId, clientId, QuoteStatus.DRAFT, null, 1, null, content, priced(content), null,
                List.of(), null, now, 0);
    }

    /** The totals of content whose deposit fits its total. */
    private static DocumentTotals priced(QuoteContent content) {
        DocumentTotals totals = content.totals();
        Money deposit = content.deposit().of(totals.total());
        if (deposit.isGreaterThan(totals.total())) {
            throw PortalException.invalid(ErrorCode.DEPOSIT_EXCEEDS_TOTAL, "deposit", deposit,
                    "must not exceed the quote total " + totals.total());
        }
        return totals;
    }

    /**
     * The quote total.
     *
     * @return the total of the quote's content
     */
    public Money total() {
        return totals.total();
    }

    /**
     * The deposit the client pays on acceptance (zero without one).
     *
     * @return the deposit amount, zero without a deposit
     */
    public Money depositAmount() {
        return content.deposit().of(totals.total());
    }

    /**
     * Whether the client can no longer accept it on {@code today} (in the workspace's zone) because it expired.
     *
     * @param today the current day in the workspace's zone
     * @return whether it still awaits the client and its expiry date is before {@code today}
     */
    public boolean isExpired(LocalDate today) {
        LocalDate expiresOn = content.expiresOn();
        return status.awaitsClient() && expiresOn != null && expiresOn.isBefore(today);
    }

    /**
     * Whether it waits for the client's first decision on {@code today}: sent and not expired.
     *
     * @param today the current day in the workspace's zone
     * @return whether it is SENT and not expired on {@code today}
     */
    public boolean awaitsDecision(LocalDate today) {
        LocalDate expiresOn = content.expiresOn();
        return status == QuoteStatus.SENT && expiresOn != null && !expiresOn.isBefore(today);
    }

    /**
     * The number of a sent quote.
     *
     * @return the number
     * @throws IllegalStateException for a draft, which has no number yet
     */
    public String requireNumber() {
        return requireSent(number, "number");
    }

    /**
     * The last day a sent quote can be accepted.
     *
     * @return the expiry date
     * @throws IllegalStateException for a draft, whose expiry is set when it is sent
     */
    public LocalDate requireExpiresOn() {
        return requireSent(content.expiresOn(), "expiry date");
    }

    private <T> T requireSent(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalStateException("draft quote " + id + " has no " + what + " before it is sent");
        }
        return value;
    }

    /**
     * The number and revision, or {@code draft <id>} before sending, for messages.
     *
     * @return the number, the number with its revision, or {@code draft <id>}
     */
    public String describe() {
        return number == null ? "draft " + id : revision == 1 ? number : number + " revision " + revision;
    }

    /**
     * The SHA-256 (hex) of exactly what the client decides on: number, revision, client, every line with its price,
     * discount and taxes, the totals, validity, deposit, texts and the required agreement. Decisions record it as
     * evidence.
     *
     * @return 64 lower-case hex digits
     */
    public String contentHash() {
        StringBuilder out = new StringBuilder(512);
        field(out, "quote/1");
        field(out, Objects.toString(number, ""));
        field(out, Integer.toString(revision));
        field(out, clientId.toString());
        field(out, content.currency().code());
        field(out, Integer.toString(content.lines().size()));
        for (LineItem line : content.lines()) {
            field(out, line.description());
            field(out, line.quantity().toPlainString());
            field(out, line.unit());
            field(out, line.unitPrice().toString());
            field(out, describe(line.discount()));
            field(out, Integer.toString(line.taxes().size()));
            for (TaxRate tax : line.taxes()) {
                field(out, tax.name());
                field(out, tax.rate().toString());
                field(out, Boolean.toString(tax.compound()));
            }
        }
        field(out, describe(content.discount()));
        field(out, content.taxRounding().name());
        field(out, Boolean.toString(content.taxExempt()));
        field(out, totals.subtotal().toString());
        field(out, totals.taxTotal().toString());
        field(out, totals.total().toString());
        field(out, Objects.toString(content.expiresOn(), ""));
        field(out, content.deposit().describe());
        field(out, content.terms());
        field(out, content.notes());
        field(out, Objects.toString(content.requiredAgreement(), ""));
        return ContentHash.ofText(out.toString()).hex();
    }

    /** Length-prefixed, so no choice of values can make two different quotes serialize alike. */
    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append(';');
    }

    private static String describe(Discount discount) {
        if (discount instanceof Discount.Percent percent) {
            return percent.percentage().toString();
        }
        if (discount instanceof Discount.Amount amount) {
            return amount.amount().toString();
        }
        return "none";
    }

    /**
     * This draft with new content, possibly for another client.
     *
     * @throws PortalException {@link ErrorCode#QUOTE_NOT_EDITABLE} unless a draft
     */
    Quote withDraftContent(ClientId newClientId, QuoteContent newContent) {
        if (status != QuoteStatus.DRAFT) {
            throw PortalException.invalid(ErrorCode.QUOTE_NOT_EDITABLE, "quote", describe(),
                    "is " + status + "; only drafts can be edited — revise it instead");
        }
        return new Quote(id, workspaceId, newClientId, status, null, revision, previousRevision, newContent,
                priced(newContent), null, decisions, null, createdAt, version);
    }

    /**
     * Sends this draft under a number on a day; without an expiry date it is valid for
     * {@link #DEFAULT_VALIDITY_DAYS} days.
     *
     * @throws PortalException {@link ErrorCode#QUOTE_TRANSITION} unless a draft, {@link ErrorCode#QUOTE_EMPTY}
     *         without lines, {@link ErrorCode#INVALID_VALUE} when it would expire before it is sent
     */
    Quote send(String newNumber, LocalDate today) {
        requireTransition(QuoteStatus.SENT);
        QuoteContent sendable = sendable(content, today);
        return new Quote(id, workspaceId, clientId, QuoteStatus.SENT, newNumber, revision, previousRevision,
                sendable, totals, today, decisions, null, createdAt, version);
    }

    /** Checks that this draft could be sent on {@code today}, without sending it or taking a number. */
    void requireSendable(LocalDate today) {
        requireTransition(QuoteStatus.SENT);
        sendable(content, today);
    }

    /**
     * The next revision of this quote, sent at once under the same number with new content; this revision is then
     * {@link #superseded()}.
     *
     * @throws PortalException {@link ErrorCode#QUOTE_TRANSITION} unless this revision can be superseded (sent,
     *         changes requested, rejected or reversed)
     */
    Quote nextRevision(QuoteId newId, QuoteContent newContent, LocalDate today, Instant now) {
        requireTransition(QuoteStatus.SUPERSEDED);
        QuoteContent sendable = sendable(newContent, today);
        return new Quote(newId, workspaceId, clientId, QuoteStatus.SENT, number, revision + 1, id, sendable,
                priced(sendable), today, List.of(), null, now, 0);
    }

    /** This revision replaced by the next one. */
    Quote superseded() {
        requireTransition(QuoteStatus.SUPERSEDED);
        return withStatus(QuoteStatus.SUPERSEDED, null, conversion);
    }

    /**
     * Checks that the client could accept this revision on {@code today}.
     *
     * @throws PortalException {@link ErrorCode#QUOTE_ALREADY_ACCEPTED} when it was accepted (by anyone) already,
     *         {@link ErrorCode#QUOTE_TRANSITION} when it is not waiting for the client, {@link ErrorCode#QUOTE_EXPIRED}
     *         after its expiry date
     */
    void requireAcceptable(LocalDate today) {
        if (status == QuoteStatus.ACCEPTED) {
            throw PortalException.invalid(ErrorCode.QUOTE_ALREADY_ACCEPTED, "quote", describe(),
                    "was accepted already; its invoices exist");
        }
        requireClientDecision();
        if (isExpired(today)) {
            throw PortalException.invalid(ErrorCode.QUOTE_EXPIRED, "quote", describe(),
                    "expired on " + content.expiresOn() + "; ask the business for a new revision");
        }
    }

    /** This revision accepted with the client's evidence, and the invoices the acceptance created. */
    Quote accepted(Evidence evidence, QuoteConversion invoices) {
        requireTransition(QuoteStatus.ACCEPTED);
        Objects.requireNonNull(invoices, "invoices");
        return withStatus(QuoteStatus.ACCEPTED, new QuoteDecision(QuoteDecision.Kind.ACCEPTED, evidence, ""),
                invoices);
    }

    /** This revision rejected by the client with a reason. */
    Quote rejected(Evidence evidence, String reason) {
        requireClientDecision();
        return withStatus(QuoteStatus.REJECTED, new QuoteDecision(QuoteDecision.Kind.REJECTED, evidence, reason),
                conversion);
    }

    /** This revision with the client's request for changes. */
    Quote changesRequested(Evidence evidence, String comment) {
        requireClientDecision();
        return withStatus(QuoteStatus.CHANGES_REQUESTED,
                new QuoteDecision(QuoteDecision.Kind.CHANGES_REQUESTED, evidence, comment), conversion);
    }

    /** This revision withdrawn by the business. */
    Quote voided(Evidence evidence, String reason) {
        requireTransition(QuoteStatus.VOID);
        return withStatus(QuoteStatus.VOID, new QuoteDecision(QuoteDecision.Kind.VOIDED, evidence, reason),
                conversion);
    }

    /** This revision's acceptance reversed by the business; the conversion stays as history. */
    Quote reversed(Evidence evidence, String reason) {
        requireTransition(QuoteStatus.REVERSED);
        return withStatus(QuoteStatus.REVERSED,
                new QuoteDecision(QuoteDecision.Kind.ACCEPTANCE_REVERSED, evidence, reason), conversion);
    }

    /**
     * This quote as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the repository stored
     * @return a copy of this revision with that version
     */
    public Quote withVersion(long newVersion) {
        return new Quote(id, workspaceId, clientId, status, number, revision, previousRevision, content, totals,
                sentOn, decisions, conversion, createdAt, newVersion);
    }

    private Quote withStatus(QuoteStatus next, @Nullable QuoteDecision decision,
                             @Nullable QuoteConversion newConversion) {
        List<QuoteDecision> history = new ArrayList<>(decisions);
        if (decision != null) {
            history.add(decision);
        }
        return new Quote(id, workspaceId, clientId, next, number, revision, previousRevision, content, totals,
                sentOn, history, newConversion, createdAt, version);
    }

    private static QuoteContent sendable(QuoteContent content, LocalDate today) {
        if (content.lines().isEmpty()) {
            throw PortalException.invalid(ErrorCode.QUOTE_EMPTY, "lines", "[]", "a quote needs at least one line");
        }
        LocalDate expiresOn = content.expiresOn();
        if (expiresOn == null) {
            return content.expiringOn(today.plusDays(DEFAULT_VALIDITY_DAYS));
        }
        if (expiresOn.isBefore(today)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "expiresOn", expiresOn,
                    "must not be before the day it is sent, " + today);
        }
        return content;
    }

    private void requireClientDecision() {
        if (!status.awaitsClient()) {
            throw PortalException.invalid(ErrorCode.QUOTE_TRANSITION, "quote", describe(),
                    "is " + status + "; the client can decide only on a sent quote");
        }
    }

    private void requireTransition(QuoteStatus next) {
        if (!status.canMoveTo(next)) {
            throw PortalException.invalid(ErrorCode.QUOTE_TRANSITION, "quote", describe(),
                    "cannot move from " + status + " to " + next + "; allowed: " + status.allowedNext());
        }
    }
}
