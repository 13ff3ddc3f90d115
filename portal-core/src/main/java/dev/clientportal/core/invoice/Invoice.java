package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice: its content, computed totals, lifecycle state and what has been settled on it.
 *
 * <p>Immutable: every change returns a new instance, and only the transitions of {@link InvoiceStatus} are
 * possible. Hosts change invoices through {@code ClientPortal.invoicing()} and {@code payments()}; the public
 * transition methods exist for those use cases and for persistence adapters.
 *
 * @param id          identity
 * @param workspaceId the owning workspace
 * @param clientId    the billed client
 * @param status      lifecycle state
 * @param number      the document number, {@code null} while a draft
 * @param content     lines, discount, texts, terms, schedule
 * @param totals      the totals of {@code content}
 * @param issueDate   the date it was issued, {@code null} while a draft
 * @param dueDate     when it is due (the last installment's date with a schedule), {@code null} while a draft
 * @param balance     payments and credits settled on it
 * @param createdAt   when the draft was created
 * @param closedAt    when it was voided or marked uncollectible, else {@code null}
 * @param closedOn    the day of {@code closedAt} in the workspace's zone, {@code null} exactly when closedAt is
 * @param version     optimistic-locking version, 0 before the first save
 * @param amountDue   what is still owed: {@code total + late fees − credits − paid}, never negative (derived, stored)
 * @param nextDueDate the due date of the earliest open amount while something is open, else {@link #dueDate()};
 *                    {@code null} while a draft (derived, stored)
 * @param openAmounts what is still owed by due date (see {@link #openAmounts()}; derived, stored)
 */
public record Invoice(InvoiceId id, WorkspaceId workspaceId, ClientId clientId, InvoiceStatus status,
                      @Nullable String number, InvoiceContent content, DocumentTotals totals,
                      @Nullable LocalDate issueDate, @Nullable LocalDate dueDate, InvoiceBalance balance,
                      Instant createdAt, @Nullable Instant closedAt, @Nullable LocalDate closedOn, long version,
                      Money amountDue, @Nullable LocalDate nextDueDate, List<DueAmount> openAmounts) {

    /**
     * Checks the invariants that hold in every state, and that the stored figures ({@code amountDue},
     * {@code nextDueDate}, {@code openAmounts}) are those core derives from the rest: a row whose figures drifted
     * from its balance is refused rather than listed wrongly.
     *
     * @param id          identity
     * @param workspaceId the owning workspace
     * @param clientId    the billed client
     * @param status      lifecycle state
     * @param number      the document number, {@code null} while a draft
     * @param content     lines, discount, texts, terms, schedule
     * @param totals      the totals of {@code content}
     * @param issueDate   the date it was issued, {@code null} while a draft
     * @param dueDate     when it is due (the last installment's date with a schedule), {@code null} while a draft
     * @param balance     payments and credits settled on it
     * @param createdAt   when the draft was created
     * @param closedAt    when it was voided or marked uncollectible, else {@code null}
     * @param closedOn    the day of {@code closedAt} in the workspace's zone, {@code null} exactly when closedAt is
     * @param version     optimistic-locking version, 0 before the first save
     * @param amountDue   what is still owed: {@code total + late fees − credits − paid}, never negative (derived, stored)
     * @param nextDueDate the due date of the earliest open amount while something is open, else {@link #dueDate()};
     *                    {@code null} while a draft (derived, stored)
     * @param openAmounts what is still owed by due date (see {@link #openAmounts()}; derived, stored)
     */
    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(createdAt, "createdAt");
        boolean draft = status == InvoiceStatus.DRAFT;
        if (draft != (number == null) || draft != (issueDate == null) || draft != (dueDate == null)) {
            throw new IllegalArgumentException("an invoice has a number, issue and due date exactly when issued: "
                    + status + " " + number + " " + issueDate + " " + dueDate);
        }
        if (!totals.currency().equals(content.currency()) || !balance.paid().currency().equals(content.currency())) {
            throw new IllegalArgumentException("totals and balance must be in the invoice currency " + content.currency());
        }
        if (balance.settled().isGreaterThan(totals.total().plus(balance.lateFeesTotal()))) {
            throw new IllegalArgumentException("settled " + balance.settled() + " exceeds total " + totals.total()
                    + " with late fees " + balance.lateFeesTotal());
        }
        if (status == InvoiceStatus.VOID && balance.paid().isPositive()) {
            throw new IllegalArgumentException("a void invoice has no net payments");
        }
        if ((closedAt == null) != (closedOn == null)) {
            throw new IllegalArgumentException("closedOn is set exactly when closedAt is: " + closedAt + " " + closedOn);
        }
        openAmounts = openAmounts == null ? null : List.copyOf(openAmounts);
        Money derivedDue = dueOf(totals, balance);
        List<DueAmount> derivedOpen = openAmountsOf(status, content, dueDate, totals, balance);
        LocalDate derivedNext = nextDueDateOf(derivedOpen, dueDate);
        if (!derivedDue.equals(amountDue) || !Objects.equals(derivedNext, nextDueDate)
                || !derivedOpen.equals(openAmounts)) {
            throw new IllegalArgumentException("stored figures of invoice " + id + " disagree with its balance: due "
                    + amountDue + " next " + nextDueDate + " open " + openAmounts + "; expected " + derivedDue
                    + " " + derivedNext + " " + derivedOpen);
        }
    }

    /**
     * An invoice whose figures ({@code amountDue}, {@code nextDueDate}, {@code openAmounts}) are derived here.
     *
     * @param id          identity
     * @param workspaceId the owning workspace
     * @param clientId    the billed client
     * @param status      lifecycle state
     * @param number      the document number, {@code null} while a draft
     * @param content     lines, discount, texts, terms, schedule
     * @param totals      the totals of {@code content}
     * @param issueDate   the date it was issued, {@code null} while a draft
     * @param dueDate     when it is due (the last installment's date with a schedule), {@code null} while a draft
     * @param balance     payments and credits settled on it
     * @param createdAt   when the draft was created
     * @param closedAt    when it was voided or marked uncollectible, else {@code null}
     * @param closedOn    the day of {@code closedAt} in the workspace's zone, {@code null} exactly when closedAt is
     * @param version     optimistic-locking version, 0 before the first save
     */
    public Invoice(InvoiceId id, WorkspaceId workspaceId, ClientId clientId, InvoiceStatus status,
                   @Nullable String number, InvoiceContent content, DocumentTotals totals,
                   @Nullable LocalDate issueDate, @Nullable LocalDate dueDate, InvoiceBalance balance,
                   Instant createdAt, @Nullable Instant closedAt, @Nullable LocalDate closedOn, long version) {
        this(id, workspaceId, clientId, status, number, content, totals, issueDate, dueDate, balance, createdAt,
                closedAt, closedOn, version, dueOf(totals, balance),
                nextDueDateOf(openAmountsOf(status, content, dueDate, totals, balance), dueDate),
                openAmountsOf(status, content, dueDate, totals, balance));
    }

    /**
     * A new draft.
     *
     * @param id          the new invoice's id
     * @param workspaceId the owning workspace
     * @param clientId    the billed client
     * @param content     lines, discount, texts, terms, schedule
     * @param now         when the draft is created
     * @return a new draft, version 0
     * @throws PortalException {@link ErrorCode#SCHEDULE_TOTAL_MISMATCH} when the schedule does not sum to the total
     */
    public static Invoice draft(InvoiceId id, WorkspaceId workspaceId, ClientId clientId, InvoiceContent content,
                                Instant now) {
        DocumentTotals totals = content.totals();
        if (!content.schedule().isEmpty()) {
            content.schedule().requireSumsTo(totals.total());
        }
        return new Invoice(id, workspaceId, clientId, InvoiceStatus.DRAFT, null, content, totals, null, null,
                InvoiceBalance.none(content.currency()), now, null, null, 0);
    }

    /**
     * The invoice total.
     *
     * @return the invoice total
     */
    public Money total() {
        return totals.total();
    }

    /**
     * Whether the invoice is open or partially paid: owed and being collected (not written off).
     *
     * @return whether the invoice is open or partially paid: owed and being collected (not written off)
     */
    public boolean isOpenForCollection() {
        return status == InvoiceStatus.OPEN || status == InvoiceStatus.PARTIALLY_PAID;
    }

    /**
     * Whether the invoice is past due on {@code today} (in the workspace's zone) with something still owed.
     *
     * @param today today in the workspace's zone
     * @return whether the invoice is past due on {@code today} (in the workspace's zone) with something still owed
     */
    public boolean isOverdue(LocalDate today) {
        return isOpenForCollection() && nextDueDate != null && !openAmounts.isEmpty() && nextDueDate.isBefore(today);
    }

    /**
     * What is still owed, by due date: one entry for the whole amount due, or one per installment not yet
     * settled (settlements pay the earliest installments first). Empty when nothing is owed or not issued.
     *
     * @return what is still owed by due date; empty when nothing is owed or it is not issued
     */
    public List<DueAmount> openAmounts() {
        return openAmounts;
    }

    /** The waterfall: settlements pay the earliest installments first; the one place it is computed. */
    private static List<DueAmount> openAmountsOf(InvoiceStatus status, InvoiceContent content,
                                                 @Nullable LocalDate dueDate, DocumentTotals totals,
                                                 InvoiceBalance balance) {
        Money due = dueOf(totals, balance);
        // a payable invoice is issued, so it has a due date
        if (!status.isPayable() || !due.isPositive() || dueDate == null) {
            return List.of();
        }
        List<DueAmount> owed = new ArrayList<>();
        if (content.schedule().isEmpty()) {
            owed.add(new DueAmount(dueDate, totals.total()));
        } else {
            content.schedule().installments().forEach(installment ->
                    owed.add(new DueAmount(installment.dueDate(), installment.amount())));
        }
        balance.lateFees().inForce().forEach(fee -> owed.add(new DueAmount(fee.dueDate(), fee.amount())));
        // stable: on one date the invoice's own amounts are paid before a fee
        owed.sort(java.util.Comparator.comparing(DueAmount::dueDate));
        List<DueAmount> open = new ArrayList<>();
        Money settledLeft = balance.settled();
        for (DueAmount part : owed) {
            Money covered = settledLeft.min(part.amount());
            settledLeft = settledLeft.minus(covered);
            Money remaining = part.amount().minus(covered);
            if (remaining.isPositive()) {
                open.add(new DueAmount(part.dueDate(), remaining));
            }
        }
        return List.copyOf(open);
    }

    /** What is still owed: {@code total + late fees in force − credits − paid}, never negative. */
    private static Money dueOf(DocumentTotals totals, InvoiceBalance balance) {
        return totals.total().plus(balance.lateFeesTotal()).minus(balance.settled());
    }

    private static @Nullable LocalDate nextDueDateOf(List<DueAmount> open, @Nullable LocalDate dueDate) {
        return open.isEmpty() ? dueDate : open.get(0).dueDate();
    }

    /**
     * What is owed without late fees: the part of the amount due that late fees are charged on. Settlements pay the
     * earliest amounts first, and every fee falls due after the invoice, so they pay the invoice before its fees.
     *
     * @return {@code total − credits − paid}, never negative
     */
    public Money amountDueBeforeLateFees() {
        Money own = totals.total().minus(balance.settled());
        return own.isNegative() ? Money.zero(content.currency()) : own;
    }

    /**
     * The day the next late fee of this invoice would be charged: the start of the period after the last one
     * decided, while it is open for collection, its policy charges fees and something is owed without fees. Stored
     * with the invoice so the run finds its candidates by a range scan; whether a fee is charged is decided then.
     *
     * @return the day the next late-fee period starts; {@code null} when no further fee can be charged
     */
    public @Nullable LocalDate nextLateFeeOn() {
        if (!isOpenForCollection() || dueDate == null || !amountDueBeforeLateFees().isPositive()) {
            return null;
        }
        return content.lateFee().periodStart(dueDate, balance.lateFees().lastPeriod() + 1).orElse(null);
    }

    /**
     * This invoice with the late fee of its next period charged ({@code charged}) or passed over without a fee
     * (while it was paused): either way the period is decided and never charged again.
     *
     * @param period  the period, which must be the next after the last one decided
     * @param today   today in the workspace's zone, on or after the period's start
     * @param charged whether the fee is charged; {@code false} passes the period over
     * @return this invoice with the period decided, and the fee in force when charged
     * @throws PortalException {@link ErrorCode#LATE_FEE_NOT_DUE} when the period is not the next, has not started,
     *         or the invoice is not open for collection with something owed
     */
    public Invoice withLateFeePeriod(int period, LocalDate today, boolean charged) {
        LocalDate next = nextLateFeeOn();
        return withLateFeePeriod(period, today, charged, next == null ? today : next);
    }

    /**
     * This invoice with the late fee of its next period charged or passed over, the fee dated {@code datedOn}
     * instead of the period's start: the first open day when the period starts in a closed period.
     *
     * @param period  the period, which must be the next after the last one decided
     * @param today   today in the workspace's zone, on or after the period's start
     * @param charged whether the fee is charged; {@code false} passes the period over
     * @param datedOn the day the fee is dated, from the period's start to today
     * @return this invoice with the period decided, and the fee in force, dated {@code datedOn}, when charged
     * @throws PortalException {@link ErrorCode#LATE_FEE_NOT_DUE} when the period is not the next, has not started,
     *         the invoice is not open for collection with something owed, or {@code datedOn} is outside the period's
     *         start and today
     */
    public Invoice withLateFeePeriod(int period, LocalDate today, boolean charged, LocalDate datedOn) {
        LocalDate next = nextLateFeeOn();
        if (next == null || period != balance.lateFees().lastPeriod() + 1 || next.isAfter(today)
                || datedOn.isBefore(next) || datedOn.isAfter(today)) {
            throw PortalException.invalid(ErrorCode.LATE_FEE_NOT_DUE, "period", period, "no late fee of period "
                    + period + " is due on " + describe() + " on " + today + " (status " + status
                    + ", last period " + balance.lateFees().lastPeriod() + ", next on " + next + ")");
        }
        Money fee = content.lateFee().feePerPeriod(amountDueBeforeLateFees());
        Optional<LateFeeCharge> charge = charged && fee.isPositive()
                ? Optional.of(new LateFeeCharge(period, datedOn, fee)) : Optional.empty();
        return settle(balance.withLateFees(balance.lateFees().withDecided(period, charge)));
    }

    /**
     * This invoice without the late fee of {@code period}: what is owed falls by the fee.
     *
     * @param period the period whose fee is removed
     * @return this invoice without that fee
     * @throws PortalException {@link ErrorCode#LATE_FEE_NOT_FOUND} when no fee of that period is in force;
     *         {@link ErrorCode#LATE_FEE_SETTLED} when payments or credits already cover it, so removing it would
     *         leave the invoice overpaid
     */
    public Invoice withoutLateFee(int period) {
        LateFeeCharge charge = balance.lateFees().of(period).orElseThrow(() -> PortalException.notFound(
                ErrorCode.LATE_FEE_NOT_FOUND, "late fee", describe() + " period " + period));
        InvoiceBalance without = balance.withLateFees(balance.lateFees().without(period));
        if (without.settled().isGreaterThan(totals.total().plus(without.lateFeesTotal()))) {
            throw PortalException.invalid(ErrorCode.LATE_FEE_SETTLED, "period", period, "the late fee of "
                    + charge.amount() + " on " + describe() + " is already paid or credited: removing it would leave"
                    + " the invoice overpaid; refund the payment or issue client credit instead");
        }
        return settle(without);
    }

    /**
     * This draft with new content, possibly for another client.
     *
     * @param newClientId the billed client
     * @param newContent  the new content
     * @return this draft with the new content
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_EDITABLE} unless it is a draft
     */
    public Invoice withDraftContent(ClientId newClientId, InvoiceContent newContent) {
        requireDraft();
        PortalException.requireField(newClientId, "clientId");
        DocumentTotals newTotals = newContent.totals();
        if (!newContent.schedule().isEmpty()) {
            newContent.schedule().requireSumsTo(newTotals.total());
        }
        return new Invoice(id, workspaceId, newClientId, status, number, newContent, newTotals, null, null,
                InvoiceBalance.none(newContent.currency()), createdAt, null, null, version);
    }

    /**
     * Issues this draft: it gets its number and dates and becomes OPEN (PAID if its total is zero).
     *
     * @param newNumber the document number, from the workspace's sequence
     * @param date      the issue date, in the workspace's zone
     * @return the invoice as issued, with its number
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_EDITABLE} unless a draft, {@link ErrorCode#INVOICE_EMPTY}
     *         without lines, {@link ErrorCode#SCHEDULE_TOTAL_MISMATCH} when the schedule does not sum to the total,
     *         {@link ErrorCode#DUE_DATE_BEFORE_ISSUE_DATE} when its typed due date is before {@code date}
     */
    public Invoice issue(String newNumber, LocalDate date) {
        PortalException.requireText(newNumber, "number");
        LocalDate due = content.schedule().finalDueDate(requireIssuableOn(date));
        InvoiceStatus next = totals.total().isZero() ? InvoiceStatus.PAID : InvoiceStatus.OPEN;
        return new Invoice(id, workspaceId, clientId, next, newNumber, content, totals, date, due, balance, createdAt,
                null, null, version);
    }

    /**
     * Checks that this draft could be issued on a date, without issuing it: {@link #requireIssuable()}, and a typed
     * due date not before that date.
     *
     * @param issueDate the date it would be issued on
     * @return the due date it would get, before a payment schedule moves it
     * @throws PortalException as {@link #requireIssuable()}, and {@link ErrorCode#DUE_DATE_BEFORE_ISSUE_DATE}
     */
    public LocalDate requireIssuableOn(LocalDate issueDate) {
        requireIssuable();
        PortalException.requireField(issueDate, "issueDate");
        return content.dueDateOn(issueDate);
    }

    /** Checks that this draft could be issued now, without issuing it. */
    public void requireIssuable() {
        requireDraft();
        if (content.lines().isEmpty()) {
            throw PortalException.invalid(ErrorCode.INVOICE_EMPTY, "lines", "[]", "an invoice needs at least one line");
        }
        content.schedule().requireSumsTo(totals.total());
    }

    /**
     * This invoice with a payment allocation applied.
     *
     * @param amount the allocated amount, in the invoice's currency
     * @return this invoice with the payment applied
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_PAYABLE} unless open, partially paid or uncollectible;
     *         {@link ErrorCode#ALLOCATION_EXCEEDS_DUE} when the amount is more than is due
     */
    public Invoice withPayment(Money amount) {
        requirePayable("payment");
        requireWithinDue(amount, "payment");
        return settle(balance.withPaid(balance.paid().plus(amount)));
    }

    /**
     * This invoice with part of a payment allocation refunded: the balance reopens.
     *
     * @param amount the refunded part of the allocation
     * @return this invoice with the refund applied
     * @throws PortalException {@link ErrorCode#REFUND_EXCEEDS_PAYMENT} when more than was paid
     */
    public Invoice withPaymentRefunded(Money amount) {
        requirePositive(amount, "refund");
        if (amount.isGreaterThan(balance.paid())) {
            throw PortalException.invalid(ErrorCode.REFUND_EXCEEDS_PAYMENT, "refund", amount,
                    "exceeds what invoice " + number + " has been paid: " + balance.paid());
        }
        return settle(balance.withPaid(balance.paid().minus(amount)));
    }

    /**
     * This invoice with client credit applied.
     *
     * @param amount the credit applied, in the invoice's currency
     * @return this invoice with client credit applied
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_PAYABLE}, {@link ErrorCode#ALLOCATION_EXCEEDS_DUE}
     */
    public Invoice withClientCredit(Money amount) {
        requirePayable("credit");
        requireWithinDue(amount, "credit");
        return settle(balance.withClientCredit(balance.clientCreditApplied().plus(amount)));
    }

    /**
     * This invoice with a credit note of {@code creditTotal} issued against it: the part up to the amount due
     * reduces it, the rest is returned as the excess that becomes client credit.
     *
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_CREDITABLE} for a draft or void invoice,
     *         {@link ErrorCode#CREDIT_EXCEEDS_INVOICE} when credit notes would exceed the invoice total
     */
    Invoice withCreditNote(Money creditTotal) {
        if (!status.isIssued()) {
            throw PortalException.invalid(ErrorCode.INVOICE_NOT_CREDITABLE, "invoice", describe(),
                    "only issued, non-void invoices can be credited");
        }
        requirePositive(creditTotal, "creditNote.total");
        Money creditable = totals.total().minus(balance.creditNotesTotal());
        if (creditTotal.isGreaterThan(creditable)) {
            throw PortalException.invalid(ErrorCode.CREDIT_EXCEEDS_INVOICE, "creditNote.total", creditTotal,
                    "exceeds what is left to credit on " + number + ": " + creditable);
        }
        Money applied = creditTotal.min(amountDue());
        return settle(balance.withCreditNote(applied, creditTotal));
    }

    /**
     * Voids this invoice; {@code zone} is the workspace's, in which the day it was closed on is kept.
     *
     * @param now  the current time, from the portal's clock
     * @param zone the workspace's time zone
     * @return this invoice, void
     * @throws PortalException {@link ErrorCode#INVOICE_HAS_PAYMENTS} while it has net payments,
     *         {@link ErrorCode#INVOICE_TRANSITION} from any state but OPEN and PARTIALLY_PAID
     */
    public Invoice voidInvoice(Instant now, ZoneId zone) {
        if (status.canMoveTo(InvoiceStatus.VOID) && balance.paid().isPositive()) {
            throw PortalException.invalid(ErrorCode.INVOICE_HAS_PAYMENTS, "invoice", describe(),
                    "has net payments of " + balance.paid() + "; refund them or issue a credit note instead");
        }
        requireTransition(InvoiceStatus.VOID);
        return new Invoice(id, workspaceId, clientId, InvoiceStatus.VOID, number, content, totals, issueDate, dueDate,
                balance.withClientCredit(Money.zero(content.currency())), createdAt, now, LocalDate.ofInstant(now, zone),
                version);
    }

    /**
     * Writes this invoice off as uncollectible (closed on the day of {@code now} in the workspace's zone).
     *
     * @param now  the current time, from the portal's clock
     * @param zone the workspace's time zone
     * @return this invoice, uncollectible
     */
    public Invoice markUncollectible(Instant now, ZoneId zone) {
        requireTransition(InvoiceStatus.UNCOLLECTIBLE);
        return new Invoice(id, workspaceId, clientId, InvoiceStatus.UNCOLLECTIBLE, number, content, totals, issueDate,
                dueDate, balance, createdAt, now, LocalDate.ofInstant(now, zone), version);
    }

    /**
     * This invoice as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the store assigned
     * @return this invoice as stored with the given version
     */
    public Invoice withVersion(long newVersion) {
        return new Invoice(id, workspaceId, clientId, status, number, content, totals, issueDate, dueDate, balance,
                createdAt, closedAt, closedOn, newVersion);
    }

    /**
     * The number of an issued invoice.
     *
     * @return the number
     * @throws IllegalStateException for a draft, which has no number yet
     */
    public String requireNumber() {
        return requireIssued(number, "number");
    }

    /**
     * The issue date of an issued invoice.
     *
     * @return the issue date
     * @throws IllegalStateException for a draft, which is not issued yet
     */
    public LocalDate requireIssueDate() {
        return requireIssued(issueDate, "issue date");
    }

    /**
     * The due date of an issued invoice.
     *
     * @return the due date
     * @throws IllegalStateException for a draft, which has no due date yet
     */
    public LocalDate requireDueDate() {
        return requireIssued(dueDate, "due date");
    }

    /**
     * The next due date of an issued invoice (see {@link #nextDueDate()}).
     *
     * @return the next due date
     * @throws IllegalStateException for a draft, which has no due date yet
     */
    public LocalDate requireNextDueDate() {
        return requireIssued(nextDueDate, "next due date");
    }

    private <T> T requireIssued(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalStateException("draft " + id + " has no " + what + " before it is issued");
        }
        return value;
    }

    /**
     * The number, or {@code "draft <id>"} before issue, for messages.
     *
     * @return the number, or {@code "draft <id>"} before issue
     */
    public String describe() {
        return number != null ? number : "draft " + id;
    }

    private Invoice settle(InvoiceBalance newBalance) {
        Money due = dueOf(totals, newBalance);
        InvoiceStatus next;
        if (due.isZero()) {
            next = InvoiceStatus.PAID;
        } else if (status == InvoiceStatus.UNCOLLECTIBLE) {
            next = InvoiceStatus.UNCOLLECTIBLE;
        } else if (newBalance.paid().isPositive() || newBalance.clientCreditApplied().isPositive()) {
            next = InvoiceStatus.PARTIALLY_PAID;
        } else {
            next = InvoiceStatus.OPEN;
        }
        if (next != status) {
            requireTransition(next);
        }
        return new Invoice(id, workspaceId, clientId, next, number, content, totals, issueDate, dueDate, newBalance,
                createdAt, next == InvoiceStatus.UNCOLLECTIBLE ? closedAt : null,
                next == InvoiceStatus.UNCOLLECTIBLE ? closedOn : null, version);
    }

    private void requireDraft() {
        if (status != InvoiceStatus.DRAFT) {
            throw PortalException.invalid(ErrorCode.INVOICE_NOT_EDITABLE, "invoice", describe(),
                    "is " + status + "; only drafts can be edited — use a credit note or void it");
        }
    }

    private void requirePayable(String what) {
        if (!status.isPayable()) {
            throw PortalException.invalid(ErrorCode.INVOICE_NOT_PAYABLE, "invoice", describe(),
                    "is " + status + "; a " + what + " can only be applied to an open, partially paid or "
                            + "uncollectible invoice");
        }
    }

    private void requireWithinDue(Money amount, String what) {
        requirePositive(amount, what);
        amount.requireCurrency(content.currency(), what);
        if (amount.isGreaterThan(amountDue())) {
            throw PortalException.invalid(ErrorCode.ALLOCATION_EXCEEDS_DUE, what, amount,
                    "exceeds the amount due on " + describe() + ": " + amountDue());
        }
    }

    private void requirePositive(Money amount, String field) {
        PortalException.requireField(amount, field);
        amount.requireCurrency(content.currency(), field);
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, field, amount, "must be positive");
        }
    }

    private void requireTransition(InvoiceStatus next) {
        if (!status.canMoveTo(next)) {
            throw PortalException.invalid(ErrorCode.INVOICE_TRANSITION, "invoice", describe(),
                    "cannot move from " + status + " to " + next + "; allowed: " + status.allowedNext());
        }
    }
}
