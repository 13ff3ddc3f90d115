package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.notification.NotificationSender;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who may use the portal: invitations, magic-link sign-in, sessions, revocation and per-document share links.
 *
 * <p>Secrets are 256 random bits, handed out once and stored only as SHA-256 hashes. Expired, used and revoked
 * credentials fail with distinct codes; failed redemptions are limited per token prefix and per client address, and
 * requests for links per email address and per client address, each counted apart. Failed sign-ins, limits reached,
 * links issued and document links opened are security events of the workspace's audit trail
 * ({@link dev.clientportal.core.audit.Audit#securityEvents}); a token nobody issued belongs to no workspace
 * and is only logged, by the first characters of its hash.
 */
public interface Access {

    /**
     * Invites a contact (again): earlier unused invitations stop working, revoked access is restored. When the
     * portal has a {@link NotificationSender}, the invitation is sent to the contact after the commit.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param contactId the contact
     * @return the link to email (unless the portal sent it); its token exists nowhere else
     */
    SignInLink invite(StaffPrincipal principal, ContactId contactId);

    /**
     * A contact asks for a magic link by email. Returns one link per invited contact with that address (one person
     * may be a contact at several clients) and none for an unknown address or workspace; the host shows the same
     * page either way. Addresses are compared by {@link ContactRepository#emailKey}. When the portal has a
     * {@link NotificationSender}, each link is sent to its contact after the commit.
     *
     * @param workspaceId the workspace
     * @param email       the address the person typed; compared by {@link ContactRepository#emailKey}
     * @param request     the client's HTTP request; its address is rate-limited
     * @return one link per invited contact with that address; empty for an unknown address or workspace
     * @throws dev.clientportal.core.kernel.PortalException {@code RATE_LIMITED} when the client address, or the email
     *         address in this (existing) workspace, asked too often in the window
     */
    List<SignInLink> requestSignIn(WorkspaceId workspaceId, String email, ClientRequest request);

    /**
     * Redeems a magic link once and starts a session.
     *
     * @param token   the raw secret from the sign-in link
     * @param request the client's HTTP request; its address is rate-limited and recorded with the sign-in
     * @return the signed-in contact with the new session's token and expiry
     * @throws dev.clientportal.core.kernel.PortalException {@code TOKEN_INVALID}, {@code TOKEN_EXPIRED}, {@code TOKEN_USED},
     *         {@code TOKEN_REVOKED}, {@code ACCESS_REVOKED} or {@code RATE_LIMITED}
     */
    SignedIn signIn(String token, ClientRequest request);

    /**
     * The principal of a live session; slides its idle expiry.
     *
     * @param sessionToken the raw session token the host keeps for the browser
     * @param request      the HTTP request the session token came with
     * @return the contact the session belongs to
     * @throws dev.clientportal.core.kernel.PortalException {@code TOKEN_INVALID}, {@code SESSION_EXPIRED},
     *         {@code SESSION_REVOKED} or {@code ACCESS_REVOKED}
     */
    ContactPrincipal authenticate(String sessionToken, ClientRequest request);

    /**
     * Ends a session; unknown or ended sessions are ignored.
     *
     * @param sessionToken the raw session token the host keeps for the browser
     */
    void signOut(String sessionToken);

    /**
     * Revokes a contact's access: its sessions end and its links stop working at once. The reason is required, at
     * most 2,000 characters.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param contactId the contact
     * @param reason    why, for the audit trail; at most 2,000 characters
     * @return the contact's access record, now revoked
     */
    PortalAccess revokeContact(StaffPrincipal principal, ContactId contactId, String reason);

    /**
     * Revokes every contact of a client and every share link to its documents; the reason as for a contact.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param clientId  the client
     * @param reason    why, for the audit trail; at most 2,000 characters
     * @return the access records of the client's contacts, now revoked
     */
    List<PortalAccess> revokeClient(StaffPrincipal principal, ClientId clientId, String reason);

    /**
     * A contact's access record, if the contact was ever invited.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param contactId the contact
     * @return the contact's access record; empty if the contact was never invited
     */
    Optional<PortalAccess> accessOf(StaffPrincipal principal, ContactId contactId);

    /**
     * A contact's sessions that have not been revoked.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param contactId the contact
     * @return the contact's sessions that have not been revoked
     */
    List<PortalSession> sessions(StaffPrincipal principal, ContactId contactId);

    /**
     * Creates a read-only link to exactly one document. It expires {@code documentLinkTtl} after the document's due
     * date (or after now, whichever is later), or at {@code expiresAt} when given.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param document  the document to share
     * @param expiresAt when the link stops working; empty for the default lifetime
     * @return the new link with its raw token, which exists nowhere else
     * @throws dev.clientportal.core.kernel.PortalException {@code DOCUMENT_NOT_FOUND} for a document the client cannot see;
     *         {@code INVALID_VALUE} for an {@code expiresAt} not in the future or more than 3,660 days (ten years)
     *         ahead
     */
    SharedLink shareDocument(StaffPrincipal principal, DocumentRef document, Optional<Instant> expiresAt);

    /**
     * Opens a document link; the opening is recorded as a security event. Links stop with their client: an archived
     * client's links answer {@code ACCESS_REVOKED}.
     *
     * @param token   the raw secret from the document link
     * @param request the client's HTTP request; its address is rate-limited and recorded with the opening
     * @return the principal that may read the one document the link opens
     * @throws dev.clientportal.core.kernel.PortalException {@code TOKEN_INVALID}, {@code TOKEN_EXPIRED}, {@code TOKEN_REVOKED},
     *         {@code ACCESS_REVOKED} or {@code RATE_LIMITED}
     */
    DocumentLinkPrincipal openDocumentLink(String token, ClientRequest request);

    /**
     * Revokes a document link.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param linkId    the link to revoke
     * @return the link, now revoked
     */
    DocumentLink revokeDocumentLink(StaffPrincipal principal, DocumentLinkId linkId);

    /**
     * The links to one document, newest first.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param document  the document
     * @return the links to one document, newest first
     */
    List<DocumentLink> documentLinks(StaffPrincipal principal, DocumentRef document);
}
