package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies one approval request of a deliverable. */
public record ApprovalRequestId(UUID value) implements TypedId {

    /** Requires a value. */
    public ApprovalRequestId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static ApprovalRequestId of(String text) {
        return new ApprovalRequestId(TypedId.parse(text, "requestId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
