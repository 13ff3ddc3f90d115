package dev.clientportal.core.access;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies a portal session of a signed-in contact. */
public record SessionId(UUID value) implements TypedId {

    /** Requires a value. */
    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static SessionId of(String text) {
        return new SessionId(TypedId.parse(text, "sessionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
