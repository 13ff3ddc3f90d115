package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.WorkspaceId;

/** A natural key that is unique within one workspace (a document number, a payment reference). */
record ScopedKey(WorkspaceId workspaceId, String key) {
}
