package dev.clientportal.core.access;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies a one-time sign-in token. */
public record LoginTokenId(UUID value) implements TypedId {

    /** Requires a value. */
    public LoginTokenId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static LoginTokenId of(String text) {
        return new LoginTokenId(TypedId.parse(text, "loginTokenId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
