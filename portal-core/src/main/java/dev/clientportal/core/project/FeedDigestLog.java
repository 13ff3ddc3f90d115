package dev.clientportal.core.project;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Stores what feed digests were sent to whom, and finds the clients whose feed has new staff updates. A digest is
 * claimed by {@link #advance}, a compare-and-set on the contact's {@link FeedDigestMark} under a unique key
 * (workspace, client, contact): of two runs that read the same mark and claim at once, on one instance or two,
 * exactly one stores its mark and sends.
 */
public interface FeedDigestLog {

    /**
     * The clients of every workspace with at least one staff update (kind {@link FeedEntryKind#UPDATE}, not
     * superseded) created after {@code after} and at or before {@code upTo}.
     *
     * @param after the instant the updates are newer than
     * @param upTo  the newest instant an update may have
     * @return each such client once, in no particular order
     */
    List<ClientFeed> clientsWithUpdates(Instant after, Instant upTo);

    /**
     * The digest marks of a client's contacts, one per contact that was ever sent a digest.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client
     * @return the marks, in no particular order
     */
    List<FeedDigestMark> marks(WorkspaceId workspaceId, ClientId clientId);

    /**
     * Stores a contact's next mark when the stored one is still the one the caller read: none for
     * {@code next.version() == 0}, else the mark of that version. The stored mark gets the next version. One
     * statement under the (workspace, client, contact) key, so two racing calls with the same expected version store
     * one mark; the other changes nothing, fails nothing, and leaves the caller's transaction usable.
     *
     * @param next the mark to store, carrying the version the caller read (0 when it read none)
     * @return whether it was stored; {@code false} when another digest was claimed since the caller read
     */
    boolean advance(FeedDigestMark next);

    /**
     * A client and its workspace.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     */
    record ClientFeed(WorkspaceId workspaceId, ClientId clientId) {

        /**
         * Requires both.
         *
         * @param workspaceId the workspace
         * @param clientId    the client
         */
        public ClientFeed {
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(clientId, "clientId");
        }
    }
}
