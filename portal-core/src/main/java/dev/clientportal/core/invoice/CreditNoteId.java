package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies a credit note. */
public record CreditNoteId(UUID value) implements TypedId {

    /** Requires a value. */
    public CreditNoteId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static CreditNoteId of(String text) {
        return new CreditNoteId(TypedId.parse(text, "creditNoteId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
