package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The API's page cursor: opaque to callers, it names where the next page starts and the list it belongs to (filter
 * and sort), so a cursor replayed against another filter is refused instead of answering a page of something else.
 * Core pages by position in a stable order, so the cursor carries that position.
 *
 * @param list   the filter and sort the cursor belongs to
 * @param offset how many items precede the page
 */
record Cursor(String list, int offset) {

    private static final int MAX_TEXT = 200;
    private static final int MAX_LIMIT = 100;

    /**
     * Reads a cursor the API handed out, or the first page without one.
     *
     * @param text the {@code cursor} parameter, absent for the first page
     * @param list the filter and sort of this request
     * @return where the page starts
     * @throws PortalException {@code input.invalid_value} on field {@code cursor} for anything the API did not
     *                         hand out for this list
     */
    static Cursor read(@Nullable String text, String list) {
        if (text == null || text.isEmpty()) {
            return new Cursor(list, 0);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            int offset = Integer.parseInt(decoded.substring(0, bar));
            if (offset >= 0 && decoded.substring(bar + 1).equals(list)) {
                return new Cursor(list, offset);
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // a cursor that is not one of ours is refused below, like one of another list
        }
        throw PortalException.invalid(ErrorCode.INVALID_VALUE, "cursor",
                text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text,
                "must be a nextCursor of the same list, with the same filter and sort");
    }

    /**
     * The cursor of the page after one of {@code size} items.
     *
     * @param size the page's size
     * @return the next page's cursor text
     */
    String next(int size) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(((offset + size) + "|" + list).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The page starting at this cursor of a list core pages by position without a total: one more item than asked
     * tells whether more follow.
     *
     * @param limit the page's size, 1 to 100
     * @param fetch reads up to the given number of items from this cursor's position
     * @param json  the JSON of an item
     * @param <T>   the items' type in core
     * @param <J>   their JSON
     * @return the page, with the next page's cursor when more follow
     * @throws PortalException {@code input.invalid_value} on field {@code limit} outside 1 to 100
     */
    <T, J> ApiJson.PageJson<J> page(int limit, Function<Integer, List<T>> fetch, Function<T, J> json) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and 100");
        }
        List<T> found = fetch.apply(limit + 1);
        boolean more = found.size() > limit;
        List<J> items = found.stream().limit(limit).map(json).toList();
        return new ApiJson.PageJson<>(items, more ? next(limit) : null, null);
    }
}
