package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.StaffPrincipal;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Closing periods: staff lock everything dated on or before a day, and afterwards no invoice, credit note, payment
 * or refund dated there can be issued or recorded, and no invoice dated there voided or credited
 * ({@link dev.clientportal.core.kernel.ErrorCode#PERIOD_LOCKED}). Moving the lock date back is a separate call
 * with a reason. Both are in the audit trail.
 */
public interface Periods {

    /**
     * The caller's workspace's lock.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @return the lock, with no lock date while every period is open
     */
    PeriodLock current(StaffPrincipal principal);

    /**
     * Closes every day up to and including {@code lockedThrough} (today at the latest, in the workspace's zone).
     * Locking the date already locked changes nothing and records nothing, so a repeated call is harmless.
     *
     * @param principal     the staff member acting; the call is scoped to their workspace
     * @param lockedThrough the new last closed day: not before the current one, not after today
     * @return the lock as stored
     * @throws dev.clientportal.core.kernel.PortalException
     *         {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE} for a day after today or before the current
     *         lock date (reopening is {@link #reopen})
     */
    PeriodLock lock(StaffPrincipal principal, LocalDate lockedThrough);

    /**
     * Reopens closed days, for a correction the business and its accountant agreed on: moves the lock date back to
     * {@code lockedThrough}, or opens every period when it is {@code null}. The reason is kept in the audit trail.
     *
     * @param principal     the staff member acting; the call is scoped to their workspace
     * @param lockedThrough the new last closed day, before the current one; {@code null} opens every period
     * @param reason        why, at most 2,000 characters
     * @return the lock as stored
     * @throws dev.clientportal.core.kernel.PortalException
     *         {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE} when no period is locked or the day is not
     *         before the current lock date; {@link dev.clientportal.core.kernel.ErrorCode#REQUIRED} without a reason
     */
    PeriodLock reopen(StaffPrincipal principal, @Nullable LocalDate lockedThrough, String reason);
}
