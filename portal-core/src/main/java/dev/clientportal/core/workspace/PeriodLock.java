package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A workspace's closed periods: everything dated on or before {@link #lockedThrough()} is closed, so nothing dated
 * there may be issued, voided or credited any more. Change it through {@code ClientPortal.periods()}.
 *
 * @param workspaceId   the workspace
 * @param lockedThrough the last closed day, {@code null} while every period is open
 * @param version       optimistic-locking version, 0 while the workspace never locked a period
 */
public record PeriodLock(WorkspaceId workspaceId, @Nullable LocalDate lockedThrough, long version) {

    /**
     * Requires the workspace and a version that is not negative.
     *
     * @param workspaceId   the workspace
     * @param lockedThrough the last closed day, {@code null} while every period is open
     * @param version       optimistic-locking version, 0 while the workspace never locked a period
     */
    public PeriodLock {
        Objects.requireNonNull(workspaceId, "workspaceId");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
    }

    /**
     * The lock of a workspace that never closed a period.
     *
     * @param workspaceId the workspace
     * @return a lock with every period open, version 0
     */
    public static PeriodLock none(WorkspaceId workspaceId) {
        return new PeriodLock(workspaceId, null, 0);
    }

    /**
     * The last closed day, if a period is closed.
     *
     * @return the lock date, empty while every period is open
     */
    public Optional<LocalDate> lockDate() {
        return Optional.ofNullable(lockedThrough);
    }

    /**
     * Whether a day falls in the closed period.
     *
     * @param date the day a document or entry is dated
     * @return {@code true} when {@code date} is on or before the lock date
     */
    public boolean isClosed(LocalDate date) {
        return lockedThrough != null && !date.isAfter(lockedThrough);
    }

    /**
     * The first day on or after {@code date} that is open: {@code date} itself unless it is closed, else the day
     * after the lock date. What is due in a closed period but must still be booked (a late fee) is dated there.
     *
     * @param date the day something would be dated
     * @return that day, or the day after the lock date when it is in the closed period
     */
    public LocalDate firstOpenDayFrom(LocalDate date) {
        return lockedThrough != null && !date.isAfter(lockedThrough) ? lockedThrough.plusDays(1) : date;
    }

    /**
     * Refuses a day in the closed period, naming the lock date and the document's date.
     *
     * @param date     the day the document or entry is (or would be) dated
     * @param field    the input or document field that holds the date, e.g. {@code issueDate}
     * @param document what is dated, e.g. {@code invoice INV-2026-00007}
     * @throws PortalException {@link ErrorCode#PERIOD_LOCKED} when {@code date} is on or before the lock date
     */
    public void requireOpen(LocalDate date, String field, String document) {
        requireOpen(date, field, document, "date it after " + lockedThrough + " or reopen the period first");
    }

    /**
     * Refuses a day in the closed period, naming the lock date and the document's date, and saying what to do.
     *
     * @param date     the day the document or entry is (or would be) dated
     * @param field    the input or document field that holds the date, e.g. {@code depositInvoice.issueDate}
     * @param document what is dated, e.g. {@code invoice INV-2026-00007}
     * @param remedy   what the caller can do instead, ending the message
     * @throws PortalException {@link ErrorCode#PERIOD_LOCKED} when {@code date} is on or before the lock date
     */
    public void requireOpen(LocalDate date, String field, String document, String remedy) {
        if (isClosed(date)) {
            throw PortalException.invalid(ErrorCode.PERIOD_LOCKED, field, date, document + " is dated " + date
                    + ", in the closed period: everything dated on or before " + lockedThrough + " is locked; "
                    + remedy);
        }
    }

    PeriodLock movedTo(@Nullable LocalDate newLockDate) {
        return new PeriodLock(workspaceId, newLockDate, version);
    }

    /**
     * This lock as stored with the given version; used by stores after a save.
     *
     * @param newVersion the version the store wrote
     * @return a copy of this lock with that version
     */
    public PeriodLock withVersion(long newVersion) {
        return new PeriodLock(workspaceId, lockedThrough, newVersion);
    }
}
