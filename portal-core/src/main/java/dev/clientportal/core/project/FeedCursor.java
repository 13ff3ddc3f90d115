package dev.clientportal.core.project;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a feed: an entry's creation time and id. Entries are ordered by both, so two entries created in the
 * same instant still have a fixed order, and a page read after a cursor neither repeats nor skips an entry.
 *
 * @param createdAt the entry's creation time
 * @param entryId   the entry's id, breaking ties of time
 */
public record FeedCursor(Instant createdAt, FeedEntryId entryId) implements Comparable<FeedCursor> {

    private static final Comparator<FeedCursor> ORDER = Comparator.comparing(FeedCursor::createdAt)
            .thenComparing(cursor -> cursor.entryId().value());

    /**
     * Requires both parts.
     *
     * @param createdAt the entry's creation time
     * @param entryId   the entry's id
     */
    public FeedCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(entryId, "entryId");
    }

    /**
     * Orders oldest first: by time, then by id.
     *
     * @param other the other position
     * @return negative when this position is older, positive when newer, 0 when equal
     */
    @Override
    public int compareTo(FeedCursor other) {
        return ORDER.compare(this, other);
    }

    /**
     * Whether this position comes after (is newer than) another.
     *
     * @param other the other position
     * @return whether this position is newer
     */
    public boolean isAfter(FeedCursor other) {
        return compareTo(other) > 0;
    }
}
