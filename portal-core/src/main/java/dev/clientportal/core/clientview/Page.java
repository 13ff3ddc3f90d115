package dev.clientportal.core.clientview;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param <T>    the type of the items
 * @param items  the items of this page
 * @param offset how many items precede this page
 * @param limit  the page size asked for
 * @param total  how many items the whole list has
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    /**
     * Copies the items.
     *
     * @param items  the items of this page
     * @param offset how many items precede this page
     * @param limit  the page size asked for
     * @param total  how many items the whole list has
     */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Whether more items follow this page.
     *
     * @return whether more items follow this page
     */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
