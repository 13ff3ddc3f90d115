package dev.clientportal.core.project;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a project.
 *
 * @param value the UUID it wraps
 */
public record ProjectId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID it wraps
     */
    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     * @throws dev.clientportal.core.kernel.PortalException {@code INVALID_VALUE} when the text is no UUID
     */
    public static ProjectId of(String text) {
        return new ProjectId(TypedId.parse(text, "projectId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
