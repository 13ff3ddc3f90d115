package dev.clientportal.core.client;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a client of a workspace.
 *
 * @param value the UUID
 */
public record ClientId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID
     */
    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     */
    public static ClientId of(String text) {
        return new ClientId(TypedId.parse(text, "clientId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
