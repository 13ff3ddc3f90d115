package dev.clientportal.core.project;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an entry of the activity feed.
 *
 * @param value the UUID it wraps
 */
public record FeedEntryId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public FeedEntryId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     * @throws dev.clientportal.core.kernel.PortalException {@code INVALID_VALUE} when the text is no UUID
     */
    public static FeedEntryId of(String text) {
        return new FeedEntryId(TypedId.parse(text, "feedEntryId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
