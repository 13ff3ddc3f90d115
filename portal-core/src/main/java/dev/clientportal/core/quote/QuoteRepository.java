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
     * @return the revision as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first; {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when its id
     *         exists, or when another revision of the workspace has the same number and revision counter
     */
    Quote save(Quote quote);

    /** The revision with this id in the workspace; empty if it does not exist there. */
    Optional<Quote> find(WorkspaceId workspaceId, QuoteId id);

    /** Every revision of a quote number in the workspace, oldest (revision 1) first. */
    List<Quote> revisions(WorkspaceId workspaceId, String number);

    /** Every revision of every quote of a client, drafts included, newest first (by creation, then id). */
    List<Quote> forClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * How many quotes of a client wait for its decision on {@code today} (the workspace's date): sent and not
     * expired. Feeds the client dashboard's pending decisions.
     */
    long countAwaitingDecision(WorkspaceId workspaceId, ClientId clientId, LocalDate today);
}
