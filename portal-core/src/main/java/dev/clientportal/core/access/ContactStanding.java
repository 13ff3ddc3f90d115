package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a contact stands for the portal, as stored: the facts a session check turns into a decision, none of the
 * decision itself.
 *
 * @param contactId      the contact
 * @param clientId       the client the contact belongs to now
 * @param active         whether the contact is active (not removed from its client)
 * @param roles          the contact's roles
 * @param access         the status of the contact's portal access; empty when it has none
 * @param clientArchived whether the contact's client is archived; empty when the workspace has no such client
 */
public record ContactStanding(ContactId contactId, ClientId clientId, boolean active, Set<Role> roles,
                              Optional<PortalAccess.Status> access, Optional<Boolean> clientArchived) {

    /**
     * Requires every field; the roles are copied.
     *
     * @param contactId      the contact
     * @param clientId       the client the contact belongs to now
     * @param active         whether the contact is active (not removed from its client)
     * @param roles          the contact's roles
     * @param access         the status of the contact's portal access; empty when it has none
     * @param clientArchived whether the contact's client is archived; empty when the workspace has no such client
     */
    public ContactStanding {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(clientArchived, "clientArchived");
        roles = Set.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }
}
