package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores quote revisions, always scoped by workspace. */
public interface QuoteRepository {

    /**
     * Inserts a revision (version 0) or updates it if the stored version still equals {@code quote.version()}.
     *
     * @param quote the revision to insert or update
     * @return the revision as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first; {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when its id
     *         exists, or when another revision of the workspace has the same number and revision counter
     */
    Quote save(Quote quote);

    /**
     * The revision with this id in the workspace; empty if it does not exist there.
     *
     * @param workspaceId the workspace to look in
     * @param id          the revision's id
     * @return the revision, empty if the workspace has none with that id
     */
    Optional<Quote> find(WorkspaceId workspaceId, QuoteId id);

    /**
     * Every revision of a quote number in the workspace, oldest (revision 1) first.
     *
     * @param workspaceId the workspace to look in
     * @param number      the quote number shared by the revisions
     * @return the revisions, revision 1 first; empty for an unknown number
     */
    List<Quote> revisions(WorkspaceId workspaceId, String number);

    /**
     * Every revision of every quote of a client, drafts included, newest first (by creation, then id).
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client
     * @return the revisions, drafts included, newest first (by creation, then id)
     */
    List<Quote> forClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * How many quotes of a client wait for its decision on {@code today} (the workspace's date): sent and not
     * expired. Feeds the client dashboard's pending decisions.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client
     * @param today       the current day in the workspace's zone
     * @return the number of sent, unexpired quotes of the client
     */
    long countAwaitingDecision(WorkspaceId workspaceId, ClientId clientId, LocalDate today);
}
