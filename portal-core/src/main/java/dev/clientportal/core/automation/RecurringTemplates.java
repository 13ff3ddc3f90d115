package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Recurring invoice templates and their progress, scoped by workspace. A template is versioned (staff edit it);
 * its progress is a row of its own that only moves forward, so the run and staff never overwrite each other.
 */
public interface RecurringTemplates {

    /**
     * Inserts a template of version 0 or replaces the stored one of the same version; returns it with the next.
     *
     * @param template the template
     * @return the template as stored, with its new version
     * @throws PortalException {@link ErrorCode#DUPLICATE_KEY} for an insert of an existing id,
     *         {@link ErrorCode#CONCURRENT_MODIFICATION} when the stored version differs
     */
    RecurringTemplate save(RecurringTemplate template);

    /**
     * A template of the workspace.
     *
     * @param workspaceId the workspace
     * @param id          the template
     * @return the template, empty when not in that workspace
     */
    Optional<RecurringTemplate> find(WorkspaceId workspaceId, RecurringTemplateId id);

    /**
     * A client's templates, oldest id first.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @return its templates, in any status
     */
    List<RecurringTemplate> ofClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * A template's progress.
     *
     * @param workspaceId the workspace
     * @param id          the template
     * @return its progress, empty before {@link #advance} first stored one
     */
    Optional<RecurringProgress> progress(WorkspaceId workspaceId, RecurringTemplateId id);

    /**
     * Moves a template's progress forward: stores {@code issued} and {@code nextDate} when there is no progress yet
     * or {@code issued} is more than the stored count, else changes nothing ({@code UPDATE … WHERE issued < ?}).
     *
     * @param workspaceId the workspace
     * @param id          the template
     * @param issued      periods done
     * @param nextDate    the next period's date, or {@code null} when there is none
     * @return whether the progress moved
     */
    boolean advance(WorkspaceId workspaceId, RecurringTemplateId id, int issued, @Nullable LocalDate nextDate);

    /**
     * The progress of ACTIVE templates in every workspace whose next period is dated on or before {@code through},
     * ordered by template id as text, after {@code after}; a page shorter than {@code limit} is the last.
     *
     * @param through the latest next-period date wanted
     * @param after   the last template id of the previous page, or empty for the first page
     * @param limit   the most rows, positive
     * @return the due progress rows, by template id
     */
    List<RecurringProgress> due(LocalDate through, Optional<RecurringTemplateId> after, int limit);

    /**
     * Checks a page size; adapters call it first.
     *
     * @param limit the most rows wanted
     * @return the limit
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} unless positive
     */
    static int requireLimit(int limit) {
        if (limit < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be positive");
        }
        return limit;
    }
}
