package dev.clientportal.core.client;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;

import java.util.Set;

/**
 * Adds a person to a client.
 *
 * @param clientId the client
 * @param name     full name, one line of at most 200 characters
 * @param email    where sign-in links go; unique among the client's active contacts
 * @param roles    at least one role
 */
public record AddContact(ClientId clientId, String name, String email, Set<Role> roles) {

    /**
     * Validates every field.
     *
     * @param clientId the client
     * @param name     full name, one line of at most 200 characters
     * @param email    where sign-in links go; unique among the client's active contacts
     * @param roles    at least one role
     */
    public AddContact {
        PortalException.requireField(clientId, "clientId");
        name = PortalException.requireLine(name, "contact.name", InputLimits.NAME);
        email = EmailAddress.normalize(email, "contact.email");
        roles = Contact.requireRoles(roles);
    }
}
