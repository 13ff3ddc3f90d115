package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an invoice.
 *
 * @param value the UUID it wraps
 */
public record InvoiceId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static InvoiceId of(String text) {
        return new InvoiceId(TypedId.parse(text, "invoiceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
