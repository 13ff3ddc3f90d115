package dev.clientportal.core.access;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a portal session of a signed-in contact.
 *
 * @param value the UUID it wraps
 */
public record SessionId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static SessionId of(String text) {
        return new SessionId(TypedId.parse(text, "sessionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
