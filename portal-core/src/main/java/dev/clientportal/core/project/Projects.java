package dev.clientportal.core.project;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Projects per client and the activity feed: staff keep projects, put invoices, quotes, deliverables, agreements,
 * threads and files in them, and post updates; the portal notes in the feed, in the same transaction as the change,
 * what happened to a project's things (invoice issued or paid, version uploaded, approval given, quote accepted,
 * agreement signed, file shared); contacts reply to updates that need their input; a client's contacts read their client's
 * projects and feed only. Anything outside the caller's scope answers not found ({@code PROJECT_NOT_FOUND},
 * {@code FEED_ENTRY_NOT_FOUND}, {@code CLIENT_NOT_FOUND}), never forbidden.
 *
 * <p>A contact's reads trust the principal the host authenticated for the request, as the client's other pages do;
 * marking read and replying re-check the contact's access in their transaction, so a revoked contact writes nothing.
 *
 * <p>A feed is ordered by {@link FeedCursor} (creation time, then id); a superseded update stays in it, pointing to
 * its successor ({@link FeedEntry#supersededBy()}), so the history is kept where the client reads it.
 */
public interface Projects {

    /** The most entries one feed page holds. */
    int MAX_PAGE = 100;

    /**
     * Creates an active project for a client.
     *
     * @param staff    the staff member acting; scopes the call to its workspace
     * @param clientId the client the work is for, active
     * @param project  name, dates and optional budget
     * @return the stored project
     * @throws dev.clientportal.core.kernel.PortalException {@code CURRENCY_MISMATCH} for a budget in neither the
     *         workspace's nor the client's currency, {@code CLIENT_ARCHIVED} for an archived client
     */
    Project create(StaffPrincipal staff, ClientId clientId, NewProject project);

    /**
     * Renames a project.
     *
     * @param staff     the staff member acting
     * @param projectId the project
     * @param version   the version the caller last read
     * @param name      the new name
     * @return the stored project
     * @throws dev.clientportal.core.kernel.PortalException {@code CONCURRENT_MODIFICATION} when {@code version} is
     *         stale
     */
    Project rename(StaffPrincipal staff, ProjectId projectId, long version, String name);

    /**
     * Moves a project to another status.
     *
     * @param staff     the staff member acting
     * @param projectId the project
     * @param version   the version the caller last read
     * @param status    the status to move to
     * @return the stored project
     * @throws dev.clientportal.core.kernel.PortalException {@code PROJECT_TRANSITION} for a move the status does not
     *         allow, {@code CONCURRENT_MODIFICATION} when {@code version} is stale
     */
    Project changeStatus(StaffPrincipal staff, ProjectId projectId, long version, ProjectStatus status);

    /**
     * Changes a project's dates.
     *
     * @param staff     the staff member acting
     * @param projectId the project
     * @param version   the version the caller last read
     * @param startDate the new start, {@code null} when open
     * @param endDate   the new end, {@code null} when open; not before the start
     * @return the stored project
     * @throws dev.clientportal.core.kernel.PortalException {@code INVALID_VALUE} for an end before the start,
     *         {@code CONCURRENT_MODIFICATION} when {@code version} is stale
     */
    Project reschedule(StaffPrincipal staff, ProjectId projectId, long version, @Nullable LocalDate startDate,
                       @Nullable LocalDate endDate);

    /**
     * Changes or removes a project's budget.
     *
     * @param staff     the staff member acting
     * @param projectId the project
     * @param version   the version the caller last read
     * @param budget    the new budget in the project's currency, {@code null} for none
     * @return the stored project
     * @throws dev.clientportal.core.kernel.PortalException {@code CURRENCY_MISMATCH} for another currency,
     *         {@code CONCURRENT_MODIFICATION} when {@code version} is stale
     */
    Project changeBudget(StaffPrincipal staff, ProjectId projectId, long version, @Nullable Money budget);

    /**
     * A project of the staff member's workspace.
     *
     * @param staff     the staff member acting
     * @param projectId the project
     * @return the project
     */
    Project get(StaffPrincipal staff, ProjectId projectId);

    /**
     * A client's projects, oldest first.
     *
     * @param staff    the staff member acting
     * @param clientId the client
     * @return the client's projects, oldest first
     */
    List<Project> list(StaffPrincipal staff, ClientId clientId);

    /**
     * Makes an invoice, quote, deliverable, agreement, thread or library file belong to a project, moving it from
     * another project of the client, if any. Sharing a file in a project notes it in the project's feed, once per file.
     *
     * @param staff     the staff member acting
     * @param projectId the project
     * @param item      something of the project's client; an invoice or quote in the project's currency
     * @throws dev.clientportal.core.kernel.PortalException the item's not-found code (e.g. {@code INVOICE_NOT_FOUND},
     *         {@code THREAD_NOT_FOUND}), {@code PROJECT_CLIENT_MISMATCH} for an item of another client,
     *         {@code CURRENCY_MISMATCH} for an invoice or quote in another currency
     */
    void assign(StaffPrincipal staff, ProjectId projectId, ProjectItem item);

    /**
     * The items of one type that belong to a project.
     *
     * @param staff     the staff member acting
     * @param projectId the project
     * @param type      the type of item wanted
     * @return the items, in no particular order
     */
    List<ProjectItem> items(StaffPrincipal staff, ProjectId projectId, ProjectItemType type);

    /**
     * What a project's invoices came to so far.
     *
     * @param staff     the staff member acting
     * @param projectId the project
     * @return its budget, what was invoiced (issued, not void) and what was paid
     */
    BudgetSummary budget(StaffPrincipal staff, ProjectId projectId);

    /**
     * Posts an update to a client's feed.
     *
     * @param staff    the staff member acting; the update's author
     * @param clientId the client whose feed it goes to, active
     * @param update   the text, flag, optional project of the same client and optional files of its library
     * @return the stored entry
     * @throws dev.clientportal.core.kernel.PortalException {@code PROJECT_CLIENT_MISMATCH} for a project of another
     *         client, {@code FILE_NOT_FOUND} for a file that is not in the client's library
     */
    FeedEntry post(StaffPrincipal staff, ClientId clientId, PostUpdate update);

    /**
     * Edits an update within the edit window, by its author; audited.
     *
     * @param staff   the update's author
     * @param entryId the update
     * @param text    the new text
     * @return the stored entry
     * @throws dev.clientportal.core.kernel.PortalException {@code FEED_NOT_AUTHOR}, {@code FEED_EDIT_WINDOW_CLOSED},
     *         {@code FEED_ENTRY_NOT_EDITABLE} for what the portal wrote or a superseded update
     */
    FeedEntry edit(StaffPrincipal staff, FeedEntryId entryId, String text);

    /**
     * Replaces an update by a new one that points to it; the old one is kept, marked superseded; audited.
     *
     * @param staff      the staff member acting; the new update's author
     * @param entryId    the update to supersede
     * @param text       the new update's text
     * @param needsInput whether the new update asks the client for input
     * @return the new entry
     * @throws dev.clientportal.core.kernel.PortalException {@code FEED_ENTRY_NOT_EDITABLE} for what the portal wrote
     *         or an update superseded already
     */
    FeedEntry supersede(StaffPrincipal staff, FeedEntryId entryId, String text, boolean needsInput);

    /**
     * A page of a client's feed (or of one of its projects) as staff see it, newest first; nothing is unread.
     *
     * @param staff     the staff member acting
     * @param clientId  the client
     * @param projectId only this project's entries, or {@code null} for the whole feed
     * @param after     the previous page's {@link FeedPage#next()}, or {@code null} for the newest
     * @param limit     the page size, 1 to {@value #MAX_PAGE}
     * @return the page
     */
    FeedPage feed(StaffPrincipal staff, ClientId clientId, @Nullable ProjectId projectId, @Nullable FeedCursor after,
                  int limit);

    /**
     * The contacts who have read an entry, with when their read mark last moved.
     *
     * @param staff   the staff member acting
     * @param entryId the entry
     * @return the read marks that cover the entry
     */
    List<FeedReadMark> readers(StaffPrincipal staff, FeedEntryId entryId);

    /**
     * Updates that ask a client for input nobody has given yet, across the workspace, oldest first: the business's
     * follow-up list of questions waiting on clients.
     *
     * @param staff    the staff member acting
     * @param clientId only this client's updates, or {@code null} for every client's
     * @param limit    the most updates to return, 1 to {@value #MAX_PAGE}
     * @return the updates awaiting input, oldest first
     */
    List<FeedEntry> awaitingInput(StaffPrincipal staff, @Nullable ClientId clientId, int limit);

    /**
     * The contact's client's projects, oldest first.
     *
     * @param contact the signed-in contact
     * @return its client's projects
     */
    List<Project> projects(ContactPrincipal contact);

    /**
     * A project of the contact's client.
     *
     * @param contact   the signed-in contact
     * @param projectId the project
     * @return the project
     * @throws dev.clientportal.core.kernel.PortalException {@code PROJECT_NOT_FOUND} for another client's project
     */
    Project project(ContactPrincipal contact, ProjectId projectId);

    /**
     * A page of the contact's client's feed, newest first, each entry marked unread when after the contact's read
     * mark.
     *
     * @param contact the signed-in contact
     * @param after   the previous page's {@link FeedPage#next()}, or {@code null} for the newest
     * @param limit   the page size, 1 to {@value #MAX_PAGE}
     * @return the page
     */
    FeedPage feed(ContactPrincipal contact, @Nullable FeedCursor after, int limit);

    /**
     * A page of one project's feed, as {@link #feed(ContactPrincipal, FeedCursor, int)}.
     *
     * @param contact   the signed-in contact
     * @param projectId a project of the contact's client
     * @param after     the previous page's {@link FeedPage#next()}, or {@code null} for the newest
     * @param limit     the page size, 1 to {@value #MAX_PAGE}
     * @return the page
     * @throws dev.clientportal.core.kernel.PortalException {@code PROJECT_NOT_FOUND} for another client's project
     */
    FeedPage feed(ContactPrincipal contact, ProjectId projectId, @Nullable FeedCursor after, int limit);

    /**
     * The projects block of the contact's dashboard: active projects with their progress, the newest entries the
     * contact has not read, and the updates awaiting the client's input.
     *
     * @param contact the signed-in contact
     * @return the overview
     */
    ProjectsOverview overview(ContactPrincipal contact);

    /**
     * Replies to an update of the contact's client's feed; the first reply to an update that needs input answers it,
     * so it is no longer awaited.
     *
     * @param contact  the signed-in contact; needs a role that may contribute (billing or approver)
     * @param updateId an update of the contact's client's feed, not superseded
     * @param text     the reply
     * @return the stored reply, in the update's feed and project
     * @throws dev.clientportal.core.kernel.PortalException {@code FEED_ENTRY_NOT_FOUND} for another client's entry,
     *         {@code FEED_ENTRY_NOT_REPLIABLE} for what the portal noted, a reply or a superseded update
     */
    FeedEntry reply(ContactPrincipal contact, FeedEntryId updateId, String text);

    /**
     * Marks the contact's client's feed read up to an entry; the mark never moves back.
     *
     * @param contact the signed-in contact
     * @param upTo    the newest entry read, of the contact's client's feed
     * @throws dev.clientportal.core.kernel.PortalException {@code FEED_ENTRY_NOT_FOUND} for another client's entry
     */
    void markRead(ContactPrincipal contact, FeedEntryId upTo);

    /**
     * Sends each contact a digest of its client's new staff updates, at most one an hour per contact, in the language
     * of the contact's client; for a scheduler, on any number of instances at once. An update goes to a contact in at
     * most one digest; one the contact read first is left out; a contact with nothing new gets nothing. Does nothing
     * when the portal has no notification sender.
     *
     * @param now        the current instant
     * @param maxDigests the most digests this call sends, positive; the rest wait for the next call
     * @return what was sent, held back by the hourly limit, and left for lack of budget
     * @throws dev.clientportal.core.kernel.PortalException {@code INVALID_VALUE} for a budget that is not positive
     */
    DigestRun sendDigests(Instant now, int maxDigests);
}
