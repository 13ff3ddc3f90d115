package dev.clientportal.core.agreement;

import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.client.ContactId;

import java.util.Objects;

/**
 * A client contact's click-to-sign of one agreement version.
 *
 * @param contactId who signed
 * @param name      the contact's name as named on the version
 * @param evidence  when, from where, on which document hash, under which typed name
 */
public record Signature(ContactId contactId, String name, Evidence evidence) {

    /**
     * Requires every part.
     *
     * @param contactId who signed
     * @param name      the contact's name as named on the version
     * @param evidence  when, from where, on which document hash, under which typed name
     */
    public Signature {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
    }
}
