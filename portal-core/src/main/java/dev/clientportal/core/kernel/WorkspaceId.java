package dev.clientportal.core.kernel;


import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a workspace, the business that owns everything else; the tenant key of every store.
 *
 * @param value the UUID
 */
public record WorkspaceId(UUID value) implements TypedId {

    /**
     * Requires a value.
     *
     * @param value the UUID
     */
    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the text form.
     *
     * @param text the UUID as text
     * @return the id
     */
    public static WorkspaceId of(String text) {
        return new WorkspaceId(TypedId.parse(text, "workspaceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
