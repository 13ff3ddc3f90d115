package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a payment.
 *
 * @param value the UUID it wraps
 */
public record PaymentId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static PaymentId of(String text) {
        return new PaymentId(TypedId.parse(text, "paymentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
