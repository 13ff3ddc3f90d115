package dev.clientportal.core.client;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.workspace.PostalAddress;

import java.util.Objects;

/**
 * Changes a client's billing details. The currency is fixed once the client exists.
 *
 * @param clientId       the client
 * @param name           billing name, one line of at most 200 characters
 * @param email          billing email
 * @param billingAddress printed on new documents
 * @param taxId          tax registration, may be empty; at most 200 characters
 * @param taxExempt      whether new documents charge no taxes
 */
public record UpdateClient(ClientId clientId, String name, String email, PostalAddress billingAddress, String taxId,
                           boolean taxExempt) {

    /**
     * Validates every field.
     *
     * @param clientId       the client
     * @param name           billing name, one line of at most 200 characters
     * @param email          billing email
     * @param billingAddress printed on new documents
     * @param taxId          tax registration, may be empty; at most 200 characters
     * @param taxExempt      whether new documents charge no taxes
     */
    public UpdateClient {
        PortalException.requireField(clientId, "clientId");
        name = PortalException.requireLine(name, "client.name", InputLimits.NAME);
        email = EmailAddress.normalize(email, "client.email");
        billingAddress = Objects.requireNonNullElse(billingAddress, PostalAddress.NONE);
        taxId = PortalException.optionalLine(taxId, "client.taxId", InputLimits.REFERENCE);
    }
}
