package dev.clientportal.core.access;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a per-document share link.
 *
 * @param value the UUID it wraps
 */
public record DocumentLinkId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public DocumentLinkId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static DocumentLinkId of(String text) {
        return new DocumentLinkId(TypedId.parse(text, "documentLinkId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
