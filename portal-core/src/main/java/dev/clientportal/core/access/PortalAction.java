package dev.clientportal.core.access;

import dev.clientportal.core.client.Role;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/** What a principal may try to do with a document it can see; each action needs one role. */
public enum PortalAction {
    /** Read a document. Every role may read what it can see. */
    READ(null),
    /** Pay an invoice. */
    PAY(Role.BILLING),
    /** Approve, reject or request changes on a deliverable, quote or agreement. */
    DECIDE(Role.APPROVER),
    /** Post a message or upload a file. Any role but a read-only viewer may. */
    CONTRIBUTE(null);

    private final @Nullable Role requiredRole;

    PortalAction(@Nullable Role requiredRole) {
        this.requiredRole = requiredRole;
    }

    /**
     * The role the action needs, if it needs a specific one.
     *
     * @return the role the action needs, if it needs a specific one
     */
    public Optional<Role> requiredRole() {
        return Optional.ofNullable(requiredRole);
    }
}
