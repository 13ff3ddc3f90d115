package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.workspace.PaymentTerms;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A recurring invoice: what to bill a client, how often, from when and until when. Period {@code n} is dated
 * {@code cadence.periodDate(start, n)} and exists while it is within {@code until} and {@code maxCycles}; its invoice
 * carries the lines of the latest {@link LineChange} effective on its date, else the template's own lines.
 *
 * @param id           the template
 * @param workspaceId  its workspace
 * @param clientId     the billed client; invoices take the client's currency
 * @param lines        the lines billed until a change applies, at least one
 * @param notes        notes printed on each invoice
 * @param paymentTerms how each invoice's due date is set; {@code null} takes the workspace default
 * @param cadence      how often
 * @param start        the date of the first period, and the anchor of later ones
 * @param until        the last date a period may fall on, or {@code null} for none
 * @param maxCycles    the most periods, or 0 for no limit
 * @param autoSend     whether each invoice is sent to the client when issued
 * @param changes      line changes, by effective date
 * @param status       active, paused or cancelled
 * @param version      the optimistic-lock version, 0 before first saved
 * @param autoCharge   the saved payment method each invoice is charged to when issued, or {@code null} for none
 */
public record RecurringTemplate(RecurringTemplateId id, WorkspaceId workspaceId, ClientId clientId,
                                List<LineItem> lines, String notes, @Nullable PaymentTerms paymentTerms,
                                Cadence cadence, LocalDate start, @Nullable LocalDate until, int maxCycles,
                                boolean autoSend, List<LineChange> changes, RecurringStatus status, long version,
                                @Nullable AutoCharge autoCharge) {

    /** The most lines of one template or line change. */
    public static final int MAX_LINES = 1_000;
    /** The most line changes one template keeps. */
    public static final int MAX_CHANGES = 100;

    /**
     * Requires every field, a consistent end, and sorts the changes by date.
     *
     * @param id           the template
     * @param workspaceId  its workspace
     * @param clientId     the billed client
     * @param lines        the lines billed until a change applies
     * @param notes        notes printed on each invoice
     * @param paymentTerms how each invoice's due date is set; {@code null} takes the workspace default
     * @param cadence      how often
     * @param start        the date of the first period
     * @param until        the last date a period may fall on, or {@code null}
     * @param maxCycles    the most periods, or 0 for no limit
     * @param autoSend     whether each invoice is sent when issued
     * @param changes      line changes
     * @param status       active, paused or cancelled
     * @param version      the optimistic-lock version
     * @param autoCharge   the saved payment method charged, or {@code null} for none
     */
    public RecurringTemplate {
        PortalException.requireField(id, "id");
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(clientId, "clientId");
        lines = requireLines(lines);
        notes = PortalException.optionalText(notes, "notes", dev.clientportal.core.kernel.InputLimits.BODY);
        PortalException.requireField(cadence, "cadence");
        PortalException.requireField(start, "start");
        if (until != null && until.isBefore(start)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "until", until, "must not be before start " + start);
        }
        if (maxCycles < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxCycles", maxCycles,
                    "must be a positive number of periods, or 0 for no limit");
        }
        List<LineChange> sorted = new ArrayList<>(PortalException.requireElements(changes, "changes", MAX_CHANGES));
        sorted.sort(Comparator.comparing(LineChange::effectiveFrom));
        changes = List.copyOf(sorted);
        PortalException.requireField(status, "status");
    }

    /**
     * A template without auto-charge.
     *
     * @param id           the template
     * @param workspaceId  its workspace
     * @param clientId     the billed client
     * @param lines        the lines billed until a change applies
     * @param notes        notes printed on each invoice
     * @param paymentTerms how each invoice's due date is set; {@code null} takes the workspace default
     * @param cadence      how often
     * @param start        the date of the first period
     * @param until        the last date a period may fall on, or {@code null}
     * @param maxCycles    the most periods, or 0 for no limit
     * @param autoSend     whether each invoice is sent when issued
     * @param changes      line changes
     * @param status       active, paused or cancelled
     * @param version      the optimistic-lock version
     */
    public RecurringTemplate(RecurringTemplateId id, WorkspaceId workspaceId, ClientId clientId,
                             List<LineItem> lines, String notes, @Nullable PaymentTerms paymentTerms, Cadence cadence,
                             LocalDate start, @Nullable LocalDate until, int maxCycles, boolean autoSend,
                             List<LineChange> changes, RecurringStatus status, long version) {
        this(id, workspaceId, clientId, lines, notes, paymentTerms, cadence, start, until, maxCycles, autoSend,
                changes, status, version, null);
    }

    static List<LineItem> requireLines(List<LineItem> lines) {
        List<LineItem> copy = PortalException.requireElements(lines, "lines", MAX_LINES);
        if (copy.isEmpty()) {
            throw PortalException.invalid(ErrorCode.INVOICE_EMPTY, "lines", "[]", "a recurring invoice needs a line");
        }
        return List.copyOf(copy);
    }

    /**
     * Whether period {@code index} exists: within the number of cycles and on or before {@code until}.
     *
     * @param index the period, from 0
     * @return whether the template has that period
     */
    public boolean hasPeriod(int index) {
        return index >= 0 && (maxCycles == 0 || index < maxCycles)
                && (until == null || !periodDate(index).isAfter(until));
    }

    /**
     * The date of period {@code index}, whether or not the template has it.
     *
     * @param index the period, from 0
     * @return its date
     */
    public LocalDate periodDate(int index) {
        return cadence.periodDate(start, index);
    }

    /**
     * The date of period {@code index} if the template has it, else {@code null}.
     *
     * @param index the period, from 0
     * @return its date, or {@code null} after the last period
     */
    public @Nullable LocalDate nextDate(int index) {
        return hasPeriod(index) ? periodDate(index) : null;
    }

    /**
     * The first period dated on or after {@code day}: where a resumed template goes on.
     *
     * @param day the first day a period may fall on
     * @return the period's index
     */
    public int firstPeriodFrom(LocalDate day) {
        int index = 0;
        while (periodDate(index).isBefore(day)) {
            index++;
        }
        return index;
    }

    /**
     * The lines billed for a period dated {@code date}: the latest change effective on it, else the template's own.
     *
     * @param date the period's date
     * @return the lines
     */
    public List<LineItem> linesOn(LocalDate date) {
        List<LineItem> current = lines;
        for (LineChange change : changes) {
            if (!change.effectiveFrom().isAfter(date)) {
                current = change.lines();
            }
        }
        return current;
    }

    /**
     * The draft to issue for a period dated {@code date}.
     *
     * @param date the period's date
     * @return the draft, with the lines in effect on that date
     */
    public DraftInvoice draftOn(LocalDate date) {
        DraftInvoice draft = DraftInvoice.forClient(clientId).lines(linesOn(date)).notes(notes);
        return paymentTerms == null ? draft : draft.paymentTerms(paymentTerms);
    }

    /**
     * This template in another status.
     *
     * @param next the new status
     * @return a copy in that status
     * @throws PortalException {@link ErrorCode#RECURRING_TRANSITION} from CANCELLED, or to the status it has
     */
    public RecurringTemplate withStatus(RecurringStatus next) {
        if (status == RecurringStatus.CANCELLED || status == next) {
            throw PortalException.invalid(ErrorCode.RECURRING_TRANSITION, "status", status,
                    "cannot become " + next + (status == RecurringStatus.CANCELLED ? ": cancelled is final" : ""));
        }
        return new RecurringTemplate(id, workspaceId, clientId, lines, notes, paymentTerms, cadence, start, until,
                maxCycles, autoSend, changes, next, version, autoCharge);
    }

    /**
     * This template with a line change added; a change of the same date replaces the earlier one.
     *
     * @param change the new lines and when they take effect
     * @return a copy with the change
     * @throws PortalException {@link ErrorCode#RECURRING_TRANSITION} when cancelled
     */
    public RecurringTemplate withChange(LineChange change) {
        PortalException.requireField(change, "change");
        if (status == RecurringStatus.CANCELLED) {
            throw PortalException.invalid(ErrorCode.RECURRING_TRANSITION, "status", status,
                    "a cancelled template cannot change");
        }
        List<LineChange> next = new ArrayList<>(changes);
        next.removeIf(earlier -> earlier.effectiveFrom().equals(change.effectiveFrom()));
        next.add(change);
        return new RecurringTemplate(id, workspaceId, clientId, lines, notes, paymentTerms, cadence, start, until,
                maxCycles, autoSend, next, status, version, autoCharge);
    }

    /**
     * This template charging each new invoice to another saved method, or no longer charging.
     *
     * @param charge the saved method to charge, or {@code null} to stop auto-charge
     * @return a copy with the setting
     * @throws PortalException {@link ErrorCode#RECURRING_TRANSITION} when cancelled
     */
    public RecurringTemplate withAutoCharge(@Nullable AutoCharge charge) {
        if (status == RecurringStatus.CANCELLED) {
            throw PortalException.invalid(ErrorCode.RECURRING_TRANSITION, "status", status,
                    "a cancelled template cannot change");
        }
        return new RecurringTemplate(id, workspaceId, clientId, lines, notes, paymentTerms, cadence, start, until,
                maxCycles, autoSend, changes, status, version, charge);
    }

    /**
     * This template as stored with another version; adapters call it.
     *
     * @param newVersion the stored version
     * @return a copy with that version
     */
    public RecurringTemplate withVersion(long newVersion) {
        return new RecurringTemplate(id, workspaceId, clientId, lines, notes, paymentTerms, cadence, start, until,
                maxCycles, autoSend, changes, status, newVersion, autoCharge);
    }
}
