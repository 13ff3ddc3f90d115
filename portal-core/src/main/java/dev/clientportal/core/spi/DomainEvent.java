package dev.clientportal.core.spi;

import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** Something that happened in a workspace, published after the transaction that caused it committed. */
public interface DomainEvent {

    /** The workspace it happened in. */
    WorkspaceId workspaceId();

    /** When it happened, from the portal's clock. */
    Instant occurredAt();
}
