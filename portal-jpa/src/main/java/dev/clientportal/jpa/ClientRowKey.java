package dev.clientportal.jpa;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a row kept per client of a workspace (when it was last seen, its reminder settings). */
class ClientRowKey implements Serializable {

    private static final long serialVersionUID = 1L;

    UUID workspaceId;
    UUID clientId;

    protected ClientRowKey() {
    }

    ClientRowKey(UUID workspaceId, UUID clientId) {
        this.workspaceId = workspaceId;
        this.clientId = clientId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientRowKey key && key.workspaceId.equals(workspaceId)
                && key.clientId.equals(clientId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(workspaceId, clientId);
    }
}
