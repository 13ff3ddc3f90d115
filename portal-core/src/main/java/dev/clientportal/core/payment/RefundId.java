package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies a refund of a payment. */
public record RefundId(UUID value) implements TypedId {

    /** Requires a value. */
    public RefundId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static RefundId of(String text) {
        return new RefundId(TypedId.parse(text, "refundId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
