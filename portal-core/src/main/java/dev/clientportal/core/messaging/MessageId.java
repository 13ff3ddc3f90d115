package dev.clientportal.core.messaging;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a message in a thread.
 *
 * @param value the UUID
 */
public record MessageId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID
     */
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     */
    public static MessageId of(String text) {
        return new MessageId(TypedId.parse(text, "messageId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
