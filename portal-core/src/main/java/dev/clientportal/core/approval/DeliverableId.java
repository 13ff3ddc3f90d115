package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a deliverable of a client.
 *
 * @param value the UUID it wraps
 */
public record DeliverableId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public DeliverableId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static DeliverableId of(String text) {
        return new DeliverableId(TypedId.parse(text, "deliverableId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
