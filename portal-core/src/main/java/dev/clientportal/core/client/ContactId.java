package dev.clientportal.core.client;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a contact, a person at a client.
 *
 * @param value the UUID
 */
public record ContactId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID
     */
    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     */
    public static ContactId of(String text) {
        return new ContactId(TypedId.parse(text, "contactId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
