package dev.clientportal.core.access;

import java.util.Objects;
import java.util.Optional;

/**
 * What a session check reads in one go: a session and where its contact stands. Facts only; core decides.
 *
 * @param session the session, empty when there is none to answer
 * @param contact where the contact stands in the session's workspace, empty when the workspace has no such contact
 */
public record SessionFacts(Optional<PortalSession> session, Optional<ContactStanding> contact) {

    /** Facts of nothing: no session, no contact. */
    public static final SessionFacts NONE = new SessionFacts(Optional.empty(), Optional.empty());

    /**
     * Requires both parts (each may be empty).
     *
     * @param session the session, empty when there is none to answer
     * @param contact where the contact stands in the session's workspace, empty when the workspace has no such
     *                contact
     */
    public SessionFacts {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(contact, "contact");
    }
}
