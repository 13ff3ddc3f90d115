package dev.clientportal.core.access;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a one-time sign-in token.
 *
 * @param value the UUID it wraps
 */
public record LoginTokenId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public LoginTokenId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static LoginTokenId of(String text) {
        return new LoginTokenId(TypedId.parse(text, "loginTokenId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
