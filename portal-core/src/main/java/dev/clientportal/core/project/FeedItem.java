package dev.clientportal.core.project;

import java.util.Objects;

/**
 * A feed entry as one reader sees it.
 *
 * @param entry  the entry
 * @param unread whether the reader has not read it yet (always {@code false} for staff)
 */
public record FeedItem(FeedEntry entry, boolean unread) {

    /**
     * Requires the entry.
     *
     * @param entry  the entry
     * @param unread whether the reader has not read it yet
     */
    public FeedItem {
        Objects.requireNonNull(entry, "entry");
    }
}
