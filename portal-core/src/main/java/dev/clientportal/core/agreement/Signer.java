package dev.clientportal.core.agreement;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ContactId;

/**
 * A client contact named to sign an agreement version, with the name it had when named (certificates print it).
 *
 * @param contactId the contact
 * @param name      its name when the version was written, one line of at most 200 characters
 */
public record Signer(ContactId contactId, String name) {

    /**
     * Requires both parts.
     *
     * @param contactId the contact
     * @param name      its name when the version was written, one line of at most 200 characters
     */
    public Signer {
        PortalException.requireField(contactId, "signer.contactId");
        name = PortalException.requireLine(name, "signer.name", InputLimits.NAME);
    }
}
