package dev.clientportal.core.client;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies a client of a workspace. */
public record ClientId(UUID value) implements TypedId {

    /** Requires a value. */
    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static ClientId of(String text) {
        return new ClientId(TypedId.parse(text, "clientId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
