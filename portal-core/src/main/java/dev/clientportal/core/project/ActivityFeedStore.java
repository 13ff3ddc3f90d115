package dev.clientportal.core.project;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/** Stores the activity feed's entries and each contact's read mark. Every call is scoped by workspace. */
public interface ActivityFeedStore {

    /**
     * Inserts a new entry; one with a natural key only when no entry of the workspace holds that key (a unique
     * index: of two transactions inserting the same key, one stores it).
     *
     * @param entry the new entry, version 0
     * @return the stored entry, version 1; empty when its natural key was taken and nothing was stored
     * @throws dev.clientportal.core.kernel.PortalException {@code DUPLICATE_KEY} when an entry with its id exists
     */
    Optional<FeedEntry> insert(FeedEntry entry);

    /**
     * Replaces a stored entry of the same version (an edit, a supersession), returning it with the next version.
     *
     * @param entry the changed entry
     * @return the stored entry, its version one higher
     * @throws dev.clientportal.core.kernel.PortalException {@code CONCURRENT_MODIFICATION} when the stored version
     *         differs or the entry does not exist
     */
    FeedEntry update(FeedEntry entry);

    /**
     * An entry of the workspace.
     *
     * @param workspaceId the workspace to look in
     * @param id          the entry
     * @return the entry, or empty when it is not in the workspace
     */
    Optional<FeedEntry> find(WorkspaceId workspaceId, FeedEntryId id);

    /**
     * Up to {@code limit} entries of a client's feed (or of one of its projects), newest first, strictly older than
     * {@code before}: ordered by {@link FeedCursor}, so consecutive pages neither repeat nor skip an entry.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client whose feed it is
     * @param projectId   only this project's entries, or {@code null} for the whole feed
     * @param before      the position of the last entry already read, or {@code null} for the newest
     * @param limit       the most entries to return, at least 1
     * @return the entries, newest first
     */
    List<FeedEntry> page(WorkspaceId workspaceId, ClientId clientId, @Nullable ProjectId projectId,
                         @Nullable FeedCursor before, int limit);

    /**
     * Up to {@code limit} updates that await the client's input ({@link FeedEntry#awaitingInput()}: they need input,
     * have no answer and were not superseded), of one client or of the whole workspace, oldest first.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    only this client's updates, or {@code null} for every client's
     * @param limit       the most entries to return, at least 1
     * @return the updates, oldest first by {@link FeedCursor}
     */
    List<FeedEntry> awaitingInput(WorkspaceId workspaceId, @Nullable ClientId clientId, int limit);

    /**
     * Moves a contact's read mark forward to the given one; a mark at or after it stays (a high-water mark).
     *
     * @param mark the contact's new mark
     */
    void markRead(FeedReadMark mark);

    /**
     * A contact's read mark in its client's feed.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client whose feed it is
     * @param contactId   the contact
     * @return the mark, or empty when the contact has read nothing
     */
    Optional<FeedReadMark> readMark(WorkspaceId workspaceId, ClientId clientId, ContactId contactId);

    /**
     * Every contact's read mark in a client's feed.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client whose feed it is
     * @return the marks, in no particular order
     */
    List<FeedReadMark> readMarks(WorkspaceId workspaceId, ClientId clientId);
}
