package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedEntryKind;
import dev.clientportal.core.project.ProjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A feed entry row in {@code cp_feed_entry}. Its {@link #positionKey} is its place in the feed as bytes that sort, as
 * unsigned bytes do in every database, exactly as {@link FeedCursor} orders: the creation time's seconds and nanos,
 * then the id's two halves, each signed number with its sign bit flipped.
 */
@Entity(name = "FeedEntry")
@Table(name = "cp_feed_entry")
class FeedEntryEntity {

    /** The bytes of a position key: 8 of seconds, 4 of nanos, 16 of id. */
    static final int POSITION_LENGTH = 28;

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "project_id")
    UUID projectId;

    @Column(name = "kind", nullable = false, length = 30)
    String kind;

    @Column(name = "body", nullable = false, length = Json.TEXT)
    String body;

    @Column(name = "author", nullable = false, length = 300)
    String author;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "position_key", nullable = false, length = POSITION_LENGTH)
    byte[] positionKey;

    @Column(name = "needs_input", nullable = false)
    boolean needsInput;

    @Column(name = "natural_key", length = 200)
    String naturalKey;

    @Column(name = "supersedes")
    UUID supersedes;

    @Column(name = "superseded_by")
    UUID supersededBy;

    @Column(name = "in_reply_to")
    UUID inReplyTo;

    @Column(name = "answered_by")
    UUID answeredBy;

    @Column(name = "edited_at")
    Instant editedAt;

    /** The attached files' ids, space-separated; {@code null} when none. */
    @Column(name = "file_ids", length = 800)
    String fileIds;

    @Column(name = "version", nullable = false)
    long version;

    protected FeedEntryEntity() {
    }

    static FeedEntryEntity of(FeedEntry entry) {
        FeedEntryEntity entity = new FeedEntryEntity();
        entity.id = entry.id().value();
        entity.workspaceId = entry.workspaceId().value();
        entity.version = 1;
        entity.copy(entry);
        return entity;
    }

    void copy(FeedEntry entry) {
        clientId = entry.clientId().value();
        projectId = entry.project().map(ProjectId::value).orElse(null);
        kind = entry.kind().name();
        body = entry.text();
        author = entry.author();
        createdAt = entry.createdAt();
        positionKey = positionKey(entry.position());
        needsInput = entry.needsInput();
        naturalKey = entry.naturalKey();
        supersedes = entry.supersedes() == null ? null : entry.supersedes().value();
        supersededBy = entry.supersededBy() == null ? null : entry.supersededBy().value();
        inReplyTo = entry.inReplyTo() == null ? null : entry.inReplyTo().value();
        answeredBy = entry.answeredBy() == null ? null : entry.answeredBy().value();
        editedAt = entry.editedAt();
        fileIds = entry.files().isEmpty() ? null
                : entry.files().stream().map(FileId::toString).collect(Collectors.joining(" "));
    }

    FeedEntry toEntry() {
        return new FeedEntry(new FeedEntryId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                projectId == null ? null : new ProjectId(projectId), FeedEntryKind.valueOf(kind), body, author,
                createdAt, needsInput, naturalKey, supersedes == null ? null : new FeedEntryId(supersedes),
                supersededBy == null ? null : new FeedEntryId(supersededBy),
                inReplyTo == null ? null : new FeedEntryId(inReplyTo),
                answeredBy == null ? null : new FeedEntryId(answeredBy), editedAt, files(), version);
    }

    private List<FileId> files() {
        return fileIds == null ? List.of()
                : Arrays.stream(fileIds.split(" ")).map(id -> new FileId(UUID.fromString(id))).toList();
    }

    /**
     * A position as bytes in feed order: flipping the sign bit of a signed number makes its big-endian bytes sort as
     * the number does, and a nano of a second is never negative.
     */
    static byte[] positionKey(FeedCursor position) {
        Instant at = position.createdAt();
        UUID id = position.entryId().value();
        return ByteBuffer.allocate(POSITION_LENGTH)
                .putLong(at.getEpochSecond() ^ Long.MIN_VALUE)
                .putInt(at.getNano())
                .putLong(id.getMostSignificantBits() ^ Long.MIN_VALUE)
                .putLong(id.getLeastSignificantBits() ^ Long.MIN_VALUE)
                .array();
    }
}
