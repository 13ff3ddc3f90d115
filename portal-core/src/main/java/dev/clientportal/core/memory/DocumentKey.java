package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.WorkspaceId;

/** A document within its workspace, as a map key. */
record DocumentKey(WorkspaceId workspaceId, DocumentRef document) {
}
