package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * How far a recurring template has come, kept apart from the template so the run and staff edits never overwrite
 * each other: periods {@code 0 .. issued-1} are done (issued, or skipped by a pause) and the next one is dated
 * {@code nextDate}.
 *
 * @param workspaceId the template's workspace
 * @param templateId  the template
 * @param issued      periods done, from 0
 * @param nextDate    the date of the next period, or {@code null} when the template has no more
 */
public record RecurringProgress(WorkspaceId workspaceId, RecurringTemplateId templateId, int issued,
                                @Nullable LocalDate nextDate) {

    /**
     * Requires the ids and a count that is not negative.
     *
     * @param workspaceId the template's workspace
     * @param templateId  the template
     * @param issued      periods done, from 0
     * @param nextDate    the date of the next period, or {@code null} when the template has no more
     */
    public RecurringProgress {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(templateId, "templateId");
        if (issued < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "issued", issued, "must not be negative");
        }
    }
}
