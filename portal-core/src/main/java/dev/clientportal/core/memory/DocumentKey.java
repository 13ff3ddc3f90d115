package dev.clientportal.core.memory;

import dev.clientportal.core.access.DocumentRef;
import dev.clientportal.core.workspace.WorkspaceId;

/** A document within its workspace, as a map key. */
record DocumentKey(WorkspaceId workspaceId, DocumentRef document) {
}
