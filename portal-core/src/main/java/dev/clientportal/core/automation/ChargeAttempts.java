package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The auto-charge attempt log: one row per (workspace, template, period, attempt) under a unique constraint, inserted
 * as {@link ChargeStatus#DUE} when scheduled and changed once to its outcome, in the unit of work that completes the
 * attempt's work claim. Called inside a transaction.
 */
public interface ChargeAttempts {

    /**
     * Inserts a due attempt.
     *
     * @param attempt the attempt, {@link ChargeStatus#DUE}
     * @throws PortalException {@link ErrorCode#DUPLICATE_KEY} when that attempt exists already,
     *         {@link ErrorCode#INVALID_VALUE} when it is not due
     */
    void schedule(ChargeAttempt attempt);

    /**
     * Stores a due attempt's outcome ({@code UPDATE … WHERE key AND status = 'DUE'}).
     *
     * @param attempt the attempt with its outcome
     * @throws PortalException {@link ErrorCode#CONCURRENT_MODIFICATION} unless the stored attempt is due (missing,
     *         or recorded already), {@link ErrorCode#INVALID_VALUE} when the given attempt is due
     */
    void record(ChargeAttempt attempt);

    /**
     * One attempt.
     *
     * @param workspaceId the workspace
     * @param templateId  the template
     * @param period      the period's date
     * @param attempt     the attempt number
     * @return the attempt, empty when none is stored in that workspace
     */
    Optional<ChargeAttempt> find(WorkspaceId workspaceId, RecurringTemplateId templateId, LocalDate period,
                                 int attempt);

    /**
     * A template's attempts, by period then attempt number.
     *
     * @param workspaceId the workspace
     * @param templateId  the template
     * @return its attempts, due or recorded
     */
    List<ChargeAttempt> ofTemplate(WorkspaceId workspaceId, RecurringTemplateId templateId);

    /**
     * Due attempts of every workspace with {@code dueAt} at or before {@code through}, ordered by
     * {@link ChargeAttempt#key()} as text, after {@code after}; a page shorter than {@code limit} is the last.
     *
     * @param through the latest due instant wanted
     * @param after   the key of the last attempt of the previous page, or empty for the first page
     * @param limit   the most rows, positive
     * @return the due attempts
     */
    List<ChargeAttempt> due(Instant through, Optional<WorkKey> after, int limit);

    /**
     * Checks an attempt about to be scheduled ({@code due}) or recorded; adapters call it first.
     *
     * @param attempt the attempt; required
     * @param due     whether it must be due ({@link #schedule}) or must have an outcome ({@link #record})
     * @return the attempt
     * @throws PortalException {@link ErrorCode#REQUIRED} or {@link ErrorCode#INVALID_VALUE}
     */
    static ChargeAttempt requireValid(ChargeAttempt attempt, boolean due) {
        PortalException.requireField(attempt, "attempt");
        if ((attempt.status() == ChargeStatus.DUE) != due) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "status", attempt.status(),
                    due ? "only a due attempt is scheduled" : "a recorded attempt has an outcome");
        }
        return attempt;
    }
}
