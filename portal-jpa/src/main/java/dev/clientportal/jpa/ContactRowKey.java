package dev.clientportal.jpa;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The key of a row naming a contact an aggregate waits for (a pending signer of an agreement, a pending approver of
 * a deliverable): the aggregate and the contact.
 */
class ContactRowKey implements Serializable {

    private static final long serialVersionUID = 1L;

    UUID ownerId;
    UUID contactId;

    protected ContactRowKey() {
    }

    ContactRowKey(UUID ownerId, UUID contactId) {
        this.ownerId = ownerId;
        this.contactId = contactId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactRowKey key && key.ownerId.equals(ownerId) && key.contactId.equals(contactId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ownerId, contactId);
    }
}
