package dev.clientportal.core.quote;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one revision of a quote; revisions of one quote share its number, not their id.
 *
 * @param value the UUID
 */
public record QuoteId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID
     */
    public QuoteId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     */
    public static QuoteId of(String text) {
        return new QuoteId(TypedId.parse(text, "quoteId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
