package dev.clientportal.core.project;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a client's activity feed: an update staff posted or something the portal noted by itself.
 *
 * @param id           identity, time-ordered
 * @param workspaceId  the owning workspace
 * @param clientId     the client whose feed it is in
 * @param projectId    the project it is about, {@code null} for the client as a whole
 * @param kind         what it is
 * @param text         the plain text shown, 1 to {@value #MAX_TEXT} characters
 * @param author       the actor who wrote it ({@code staff:…}), or {@value #SYSTEM} for what the portal noted
 * @param createdAt    when it was posted; with {@code id} its place in the feed
 * @param needsInput   whether the client is asked for input
 * @param naturalKey   what the portal noted, e.g. {@code invoice-issued:<invoiceId>}, unique per workspace;
 *                     {@code null} for updates staff posted
 * @param supersedes   the update this one replaces, {@code null} when none
 * @param supersededBy the update that replaced this one, {@code null} while none
 * @param inReplyTo    for a {@link FeedEntryKind#REPLY reply}, the update it answers; {@code null} otherwise
 * @param answeredBy   for an update that needs input, the first reply to it; {@code null} while unanswered
 * @param editedAt     when its author last edited it, {@code null} when never
 * @param files        files of the client's library shown with an update, at most {@value #MAX_FILES}
 * @param version      optimistic-locking version, 0 before the first save
 */
public record FeedEntry(FeedEntryId id, WorkspaceId workspaceId, ClientId clientId, @Nullable ProjectId projectId,
                        FeedEntryKind kind, String text, String author, Instant createdAt, boolean needsInput,
                        @Nullable String naturalKey, @Nullable FeedEntryId supersedes,
                        @Nullable FeedEntryId supersededBy, @Nullable FeedEntryId inReplyTo,
                        @Nullable FeedEntryId answeredBy, @Nullable Instant editedAt, List<FileId> files,
                        long version) {

    /** The longest text. */
    public static final int MAX_TEXT = 10_000;
    /** The most files an update shows. */
    public static final int MAX_FILES = 20;
    /** The author of what the portal notes by itself. */
    public static final String SYSTEM = "system";

    /**
     * Checks every field.
     *
     * @param id identity, time-ordered
     * @param workspaceId the owning workspace
     * @param clientId the client whose feed it is in
     * @param projectId the project it is about, {@code null} for the client as a whole
     * @param kind what it is
     * @param text the plain text shown, 1 to {@value #MAX_TEXT} characters
     * @param author the actor who wrote it ({@code staff:…}), or {@value #SYSTEM} for what the portal noted
     * @param createdAt when it was posted; with {@code id} its place in the feed
     * @param needsInput whether the client is asked for input
     * @param naturalKey what the portal noted, e.g. {@code invoice-issued:<invoiceId>}, unique per workspace;
     *                     {@code null} for updates staff posted
     * @param supersedes the update this one replaces, {@code null} when none
     * @param supersededBy the update that replaced this one, {@code null} while none
     * @param inReplyTo for a reply, the update it answers; {@code null} otherwise
     * @param answeredBy for an update that needs input, the first reply to it; {@code null} while unanswered
     * @param editedAt when its author last edited it, {@code null} when never
     * @param files files of the client's library shown with an update, at most {@value #MAX_FILES}
     * @param version optimistic-locking version, 0 before the first save
     * @throws PortalException {@code REQUIRED} or {@code INVALID_VALUE} for a blank or too long text
     */
    public FeedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(kind, "kind");
        text = PortalException.requireText(text, "feed.text", MAX_TEXT);
        author = PortalException.requireText(author, "feed.author");
        Objects.requireNonNull(createdAt, "createdAt");
        files = requireFiles(files);
        if (kind.notedByPortal() == (naturalKey == null)) {
            throw new IllegalArgumentException("the portal's entries have a natural key, updates and replies none: "
                    + kind + " " + naturalKey);
        }
        if ((kind == FeedEntryKind.REPLY) == (inReplyTo == null)) {
            throw new IllegalArgumentException("a reply, and only a reply, answers an update: " + kind + " "
                    + inReplyTo);
        }
    }

    /**
     * Checks a list of attached files: no {@code null}, no repeats kept, at most {@value #MAX_FILES}.
     *
     * @param files the files
     * @return an unmodifiable copy without repeats
     * @throws PortalException {@code INVALID_VALUE} for too many files
     */
    static List<FileId> requireFiles(List<FileId> files) {
        List<FileId> distinct = List.copyOf(new LinkedHashSet<>(PortalException.elements(files, "files",
                InputLimits.LIST)));
        if (distinct.size() > MAX_FILES) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "files", distinct.size(),
                    "at most " + MAX_FILES + " files per update");
        }
        return distinct;
    }

    /**
     * A new update a staff member posted.
     *
     * @param id          the new entry's id
     * @param workspaceId the workspace
     * @param clientId    the client whose feed it goes to
     * @param update      the text, flag and project
     * @param author      the staff actor
     * @param now         when it is posted
     * @return the unsaved entry
     */
    public static FeedEntry update(FeedEntryId id, WorkspaceId workspaceId, ClientId clientId, PostUpdate update,
                                   String author, Instant now) {
        return new FeedEntry(id, workspaceId, clientId, update.projectId(), FeedEntryKind.UPDATE, update.text(),
                author, now, update.needsInput(), null, null, null, null, null, null, update.files(), 0);
    }

    /**
     * Its place in the feed.
     *
     * @return the cursor of this entry
     */
    public FeedCursor position() {
        return new FeedCursor(createdAt, id);
    }

    /**
     * The project it is about, if any.
     *
     * @return the project, or empty for the client as a whole
     */
    public Optional<ProjectId> project() {
        return Optional.ofNullable(projectId);
    }

    /**
     * Whether a newer update replaced this one.
     *
     * @return whether it is superseded
     */
    public boolean superseded() {
        return supersededBy != null;
    }

    /**
     * This entry with a new text, as its author edited it.
     *
     * @param newText the new text
     * @param now     when it was edited
     * @return the edited entry
     */
    public FeedEntry edited(String newText, Instant now) {
        return new FeedEntry(id, workspaceId, clientId, projectId, kind, newText, author, createdAt, needsInput,
                naturalKey, supersedes, supersededBy, inReplyTo, answeredBy, now, files, version);
    }

    /**
     * This entry replaced by a newer one.
     *
     * @param newer the update that replaces it
     * @return the superseded entry
     */
    public FeedEntry supersededBy(FeedEntryId newer) {
        return new FeedEntry(id, workspaceId, clientId, projectId, kind, text, author, createdAt, needsInput,
                naturalKey, supersedes, newer, inReplyTo, answeredBy, editedAt, files, version);
    }

    /**
     * A contact's reply to an update.
     *
     * @param id     the new entry's id
     * @param update the update it answers
     * @param text   the reply
     * @param author the contact's actor
     * @param now    when it is posted
     * @return the unsaved reply, in the update's feed and project
     */
    public static FeedEntry reply(FeedEntryId id, FeedEntry update, String text, String author, Instant now) {
        return new FeedEntry(id, update.workspaceId(), update.clientId(), update.projectId(), FeedEntryKind.REPLY,
                text, author, now, false, null, null, null, update.id(), null, null, List.of(), 0);
    }

    /**
     * Whether this update asks the client for input that no reply has given yet, and no newer update replaced it.
     *
     * @return whether the client's input is awaited
     */
    public boolean awaitingInput() {
        return kind == FeedEntryKind.UPDATE && needsInput && answeredBy == null && supersededBy == null;
    }

    /**
     * This update answered by a reply.
     *
     * @param reply the first reply to it
     * @return the answered update
     */
    public FeedEntry answeredBy(FeedEntryId reply) {
        return new FeedEntry(id, workspaceId, clientId, projectId, kind, text, author, createdAt, needsInput,
                naturalKey, supersedes, supersededBy, inReplyTo, reply, editedAt, files, version);
    }

    /**
     * This entry as stored with another version; for stores.
     *
     * @param newVersion the stored version
     * @return the entry with that version
     */
    public FeedEntry withVersion(long newVersion) {
        return new FeedEntry(id, workspaceId, clientId, projectId, kind, text, author, createdAt, needsInput,
                naturalKey, supersedes, supersededBy, inReplyTo, answeredBy, editedAt, files, newVersion);
    }
}
