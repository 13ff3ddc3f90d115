package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies a deliverable of a client. */
public record DeliverableId(UUID value) implements TypedId {

    /** Requires a value. */
    public DeliverableId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static DeliverableId of(String text) {
        return new DeliverableId(TypedId.parse(text, "deliverableId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
