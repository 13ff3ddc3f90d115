package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one approval request of a deliverable.
 *
 * @param value the UUID it wraps
 */
public record ApprovalRequestId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public ApprovalRequestId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static ApprovalRequestId of(String text) {
        return new ApprovalRequestId(TypedId.parse(text, "requestId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
