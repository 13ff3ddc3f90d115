package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.TypedId;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a recurring invoice template within its workspace.
 *
 * @param value the id
 */
public record RecurringTemplateId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the id
     */
    public RecurringTemplateId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses an id from its text form.
     *
     * @param text the id as text, e.g. from a URL
     * @return the id
     */
    public static RecurringTemplateId of(String text) {
        return new RecurringTemplateId(TypedId.parse(text, "recurringTemplateId"));
    }

    /** The id as text. */
    @Override
    public String toString() {
        return value.toString();
    }
}
