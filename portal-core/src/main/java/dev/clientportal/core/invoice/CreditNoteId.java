package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a credit note.
 *
 * @param value the UUID it wraps
 */
public record CreditNoteId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public CreditNoteId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static CreditNoteId of(String text) {
        return new CreditNoteId(TypedId.parse(text, "creditNoteId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
