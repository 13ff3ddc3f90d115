package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores deliverables with their whole history, always scoped by workspace. */
public interface DeliverableRepository {

    /**
     * Inserts a deliverable (version 0) or updates it if the stored version still equals
     * {@code deliverable.version()}.
     *
     * @param deliverable the deliverable to store
     * @return the deliverable as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first, {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when a new
     *         deliverable's id exists
     */
    Deliverable save(Deliverable deliverable);

    /**
     * The deliverable with this id in the workspace.
     *
     * @param workspaceId the workspace
     * @param id          the deliverable
     * @return the deliverable; empty if it does not exist in the workspace
     */
    Optional<Deliverable> find(WorkspaceId workspaceId, DeliverableId id);

    /**
     * The deliverable one of whose versions has this id, in the workspace.
     *
     * @param workspaceId the workspace
     * @param versionId   the version
     * @return the deliverable that has that version; empty if none in the workspace has
     */
    Optional<Deliverable> findByVersion(WorkspaceId workspaceId, DeliverableVersionId versionId);

    /**
     * A client's deliverables, newest first: by creation time, ties by id, highest first.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @return a client's deliverables, newest first: by creation time, ties by id, highest first
     */
    List<Deliverable> forClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * The deliverables whose pending request waits for this contact's decision (it is addressed to the contact,
     * who has not decided yet), oldest request first.
     *
     * @param workspaceId the workspace
     * @param contactId   the contact
     * @return the deliverables whose pending request waits for the contact's decision, oldest request first
     */
    List<Deliverable> awaitingDecision(WorkspaceId workspaceId, ContactId contactId);

    /**
     * How many deliverables {@link #awaitingDecision} would return: the count a client dashboard shows.
     *
     * @param workspaceId the workspace
     * @param contactId   the contact
     * @return how many deliverables {@link #awaitingDecision} would return
     */
    int countAwaitingDecision(WorkspaceId workspaceId, ContactId contactId);
}
