package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies a payment. */
public record PaymentId(UUID value) implements TypedId {

    /** Requires a value. */
    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static PaymentId of(String text) {
        return new PaymentId(TypedId.parse(text, "paymentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
