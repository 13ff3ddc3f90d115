package dev.clientportal.core.kernel;


import java.util.Objects;
import java.util.UUID;

/** Identifies a workspace, the business that owns everything else; the tenant key of every store. */
public record WorkspaceId(UUID value) implements TypedId {

    /** Requires a value. */
    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the text form. */
    public static WorkspaceId of(String text) {
        return new WorkspaceId(TypedId.parse(text, "workspaceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
