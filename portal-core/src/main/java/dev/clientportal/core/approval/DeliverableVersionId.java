package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one version of a deliverable; also the id of the version's {@code DELIVERABLE_VERSION} document.
 *
 * @param value the UUID it wraps
 */
public record DeliverableVersionId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public DeliverableVersionId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the id's text form, as {@link #toString()} gives it
     * @return the id
     */
    public static DeliverableVersionId of(String text) {
        return new DeliverableVersionId(TypedId.parse(text, "versionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
