package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;

/**
 * Who is acting in a client-facing call: a contact with a session, the holder of a document link, or a workspace
 * user previewing a client's portal. Every client-facing use case takes one and is scoped by it in core.
 *
 * <p>Contact and link principals are only handed out by {@link Access#authenticate} and
 * {@link Access#openDocumentLink}; they cannot be constructed by hosts.
 */
public sealed interface PortalPrincipal permits ContactPrincipal, DocumentLinkPrincipal, StaffViewer {

    /**
     * The workspace the principal acts in.
     *
     * @return the workspace the principal acts in
     */
    WorkspaceId workspaceId();

    /**
     * The client whose portal this is.
     *
     * @return the client whose portal this is
     */
    ClientId clientId();

    /**
     * How the principal got here.
     *
     * @return how the principal got here
     */
    AccessChannel channel();

    /**
     * Whether a document of this client may be seen by the principal.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param document    the document
     * @return whether a document of this client may be seen by the principal
     */
    boolean canSee(WorkspaceId workspaceId, ClientId clientId, DocumentRef document);

    /**
     * Whether the principal's roles allow an action on a document it can see.
     *
     * @param action the action to take
     * @return whether the principal's roles allow an action on a document it can see
     */
    boolean allows(PortalAction action);

    /**
     * The actor recorded in the audit trail, e.g. {@code contact:<id>}.
     *
     * @return the actor recorded in the audit trail, e.g. {@code contact:<id>}
     */
    String actor();

    /**
     * A stable identity for analytics: the same person (or link) gives the same key on every request.
     *
     * @return a stable identity for analytics: the same person (or link) gives the same key on every request
     */
    String viewerKey();

    /**
     * Throws unless the principal may take the action. Every client decision calls it inside the transaction that
     * records the decision: for a contact it re-reads the contact's access there (see
     * {@link ContactPrincipal#requireAllowed}), so access that ended after sign-in decides nothing.
     *
     * @param action the action to take
     * @throws PortalException {@link ErrorCode#READ_ONLY_ACCESS} for document links and staff previews,
     *         {@link ErrorCode#ROLE_REQUIRED} when a contact lacks the role, {@link ErrorCode#ACCESS_REVOKED} or
     *         {@link ErrorCode#SESSION_REVOKED} when a contact's access ended
     */
    default void requireAllowed(PortalAction action) {
        if (allows(action)) {
            return;
        }
        if (channel() != AccessChannel.SESSION) {
            throw PortalException.invalid(ErrorCode.READ_ONLY_ACCESS, "action", action,
                    "a " + channel().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " gives read-only access");
        }
        throw PortalException.invalid(ErrorCode.ROLE_REQUIRED, "action", action,
                "needs the " + action.requiredRole().map(Enum::name).orElse("BILLING or APPROVER") + " role");
    }

    /**
     * Throws {@code notFound} unless the principal may see the document — a document outside its scope answers
     * exactly as a document that does not exist.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param document    the document asked for
     * @param notFound    the code to answer with when the document is out of scope, e.g. {@code INVOICE_NOT_FOUND}
     */
    default void requireVisible(WorkspaceId workspaceId, ClientId clientId, DocumentRef document, ErrorCode notFound) {
        if (!canSee(workspaceId, clientId, document)) {
            throw PortalException.notFound(notFound, document.type().name().toLowerCase(java.util.Locale.ROOT),
                    document.id());
        }
    }

    /**
     * A workspace user previewing one client's portal: may read everything of that client, do nothing.
     *
     * @param staff    the workspace user previewing
     * @param clientId the client
     * @return a read-only principal for that client
     */
    static PortalPrincipal staffPreview(StaffPrincipal staff, ClientId clientId) {
        return new StaffViewer(staff, clientId);
    }
}
