package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies an invoice. */
public record InvoiceId(UUID value) implements TypedId {

    /** Requires a value. */
    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static InvoiceId of(String text) {
        return new InvoiceId(TypedId.parse(text, "invoiceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
