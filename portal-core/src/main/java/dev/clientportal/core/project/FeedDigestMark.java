package dev.clientportal.core.project;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Objects;

/**
 * The last feed digest a contact was sent: when, and up to which update of its client's feed it went. Every update at
 * or before {@code through} has been in a digest to the contact (or was older than it, and so never news to it).
 *
 * @param workspaceId the workspace
 * @param clientId    the contact's client, whose feed the digests are of
 * @param contactId   the recipient
 * @param through     the newest update the last digest listed
 * @param sentAt      when the last digest was claimed and sent
 * @param version     how many digests the contact was sent; 0 before the first, as a compare-and-set token
 */
public record FeedDigestMark(WorkspaceId workspaceId, ClientId clientId, ContactId contactId, FeedCursor through,
                             Instant sentAt, long version) {

    /**
     * Requires every field and a version that is not negative.
     *
     * @param workspaceId the workspace
     * @param clientId    the contact's client
     * @param contactId   the recipient
     * @param through     the newest update the last digest listed
     * @param sentAt      when the last digest was sent
     * @param version     how many digests the contact was sent
     */
    public FeedDigestMark {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(sentAt, "sentAt");
        if (version < 0) {
            throw new IllegalArgumentException("a digest mark's version is not negative: " + version);
        }
    }

    /**
     * This mark with another version; for stores.
     *
     * @param newVersion the stored version
     * @return the mark with that version
     */
    public FeedDigestMark withVersion(long newVersion) {
        return new FeedDigestMark(workspaceId, clientId, contactId, through, sentAt, newVersion);
    }
}
