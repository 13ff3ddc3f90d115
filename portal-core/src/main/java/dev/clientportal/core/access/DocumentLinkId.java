package dev.clientportal.core.access;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies a per-document share link. */
public record DocumentLinkId(UUID value) implements TypedId {

    /** Requires a value. */
    public DocumentLinkId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static DocumentLinkId of(String text) {
        return new DocumentLinkId(TypedId.parse(text, "documentLinkId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
