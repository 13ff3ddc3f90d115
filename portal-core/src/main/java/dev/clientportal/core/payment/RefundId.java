package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a refund of a payment.
 *
 * @param value the UUID it wraps
 */
public record RefundId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public RefundId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static RefundId of(String text) {
        return new RefundId(TypedId.parse(text, "refundId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
