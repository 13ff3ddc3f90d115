package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.kernel.PortalException;

import java.time.Instant;
import java.util.UUID;

/**
 * A position in the sent log, newest first: the next page holds the entries sent before {@code sentAt}, or at that
 * instant with an id whose text ({@link UUID#toString()}) sorts before this one's. Ids order by their text, which
 * every database sorts alike.
 *
 * @param sentAt when the last entry of the page was sent
 * @param id     that entry's id
 */
public record SentCursor(Instant sentAt, UUID id) {

    /**
     * Requires both parts.
     *
     * @param sentAt when the last entry of the page was sent
     * @param id     that entry's id
     */
    public SentCursor {
        PortalException.requireField(sentAt, "cursor.sentAt");
        PortalException.requireField(id, "cursor.id");
    }

    /**
     * Whether an entry comes after this position, newest first.
     *
     * @param entry an entry of the log
     * @return whether it is older than the position
     */
    public boolean precedes(SentNotification entry) {
        int bySentAt = entry.sentAt().compareTo(sentAt);
        return bySentAt < 0 || bySentAt == 0 && entry.id().toString().compareTo(id.toString()) < 0;
    }
}
