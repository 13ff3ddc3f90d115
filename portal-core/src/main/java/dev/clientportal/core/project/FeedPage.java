package dev.clientportal.core.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a feed, newest first.
 *
 * @param items the entries, newest first
 * @param next  where the next (older) page starts: the last entry's position; empty when this page was not full
 */
public record FeedPage(List<FeedItem> items, Optional<FeedCursor> next) {

    /**
     * Copies the items.
     *
     * @param items the entries, newest first
     * @param next  where the next page starts, empty after the last
     */
    public FeedPage {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
