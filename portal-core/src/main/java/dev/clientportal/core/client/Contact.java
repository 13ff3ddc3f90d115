package dev.clientportal.core.client;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person at a client who may use the portal, with the roles that say what they may do.
 *
 * @param id          identity
 * @param workspaceId the owning workspace
 * @param clientId    the client this person belongs to
 * @param name        full name
 * @param email       where sign-in links go
 * @param roles       at least one role
 * @param active      false once removed; removed contacts cannot sign in
 * @param createdAt   when it was added
 * @param version     optimistic-locking version, 0 before the first save
 */
public record Contact(ContactId id, WorkspaceId workspaceId, ClientId clientId, String name, String email,
                      Set<Role> roles, boolean active, Instant createdAt, long version) {

    /**
     * Requires every field and at least one role.
     *
     * @param id          identity
     * @param workspaceId the owning workspace
     * @param clientId    the client this person belongs to
     * @param name        full name
     * @param email       where sign-in links go
     * @param roles       at least one role
     * @param active      false once removed; removed contacts cannot sign in
     * @param createdAt   when it was added
     * @param version     optimistic-locking version, 0 before the first save
     */
    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        name = PortalException.requireText(name, "contact.name");
        email = EmailAddress.normalize(email, "contact.email");
        roles = requireRoles(roles);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw PortalException.invalid(ErrorCode.REQUIRED, "contact.roles", roles, "at least one role is needed");
        }
        for (Role role : roles) {
            if (role == null) {
                throw PortalException.invalid(ErrorCode.REQUIRED, "contact.roles", roles, "a role must not be null");
            }
        }
        return Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * Whether the contact holds a role.
     *
     * @param role the role
     * @return whether {@code roles} contains it
     */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    Contact withRoles(Set<Role> newRoles) {
        return new Contact(id, workspaceId, clientId, name, email, newRoles, active, createdAt, version);
    }

    Contact deactivate() {
        return new Contact(id, workspaceId, clientId, name, email, roles, false, createdAt, version);
    }

    /**
     * This contact as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the repository stored
     * @return a copy of this contact with that version
     */
    public Contact withVersion(long newVersion) {
        return new Contact(id, workspaceId, clientId, name, email, roles, active, createdAt, newVersion);
    }
}
