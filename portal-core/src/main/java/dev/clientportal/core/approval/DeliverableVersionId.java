package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/** Identifies one version of a deliverable; also the id of the version's {@code DELIVERABLE_VERSION} document. */
public record DeliverableVersionId(UUID value) implements TypedId {

    /** Requires a value. */
    public DeliverableVersionId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static DeliverableVersionId of(String text) {
        return new DeliverableVersionId(TypedId.parse(text, "versionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
