package dev.clientportal.core.messaging;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a message thread.
 *
 * @param value the UUID
 */
public record MessageThreadId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID
     */
    public MessageThreadId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     */
    public static MessageThreadId of(String text) {
        return new MessageThreadId(TypedId.parse(text, "threadId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
