package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A contact who signed in and holds a live session: sees its own client's documents, acts by its roles. */
public final class ContactPrincipal implements PortalPrincipal {

    private final WorkspaceId workspaceId;
    private final ClientId clientId;
    private final ContactId contactId;
    private final Set<Role> roles;
    private final SessionId sessionId;
    private final String actor;
    private final AccessCheck access;

    /** Confirms a principal's access in the caller's transaction and answers its contact's current roles. */
    @FunctionalInterface
    interface AccessCheck {
        Set<Role> currentRoles(ContactPrincipal principal);
    }

    ContactPrincipal(WorkspaceId workspaceId, ClientId clientId, ContactId contactId, Set<Role> roles,
                     SessionId sessionId, AccessCheck access) {
        this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.contactId = Objects.requireNonNull(contactId, "contactId");
        this.roles = Set.copyOf(EnumSet.copyOf(roles));
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.actor = actorOf(contactId);
        this.access = Objects.requireNonNull(access, "access");
    }

    /**
     * How a contact is named as the actor of its decisions and audit entries, e.g. {@code contact:<id>}: the
     * {@link Evidence#actor()} of everything it signs, accepts or approves.
     *
     * @param contactId the contact
     * @return the actor's name, e.g. {@code contact:<id>}
     */
    public static String actorOf(ContactId contactId) {
        return "contact:" + Objects.requireNonNull(contactId, "contactId");
    }

    @Override
    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    @Override
    public ClientId clientId() {
        return clientId;
    }

    /**
     * The signed-in contact.
     *
     * @return the signed-in contact
     */
    public ContactId contactId() {
        return contactId;
    }

    /**
     * The contact's roles when this request was authenticated (role changes apply to live sessions at once).
     *
     * @return the contact's roles when this request was authenticated (role changes apply to live sessions at once)
     */
    public Set<Role> roles() {
        return roles;
    }

    /**
     * The session this principal was authenticated from.
     *
     * @return the session this principal was authenticated from
     */
    public SessionId sessionId() {
        return sessionId;
    }

    @Override
    public AccessChannel channel() {
        return AccessChannel.SESSION;
    }

    @Override
    public boolean canSee(WorkspaceId workspace, ClientId client, DocumentRef document) {
        return workspaceId.equals(workspace) && clientId.equals(client);
    }

    @Override
    public boolean allows(PortalAction action) {
        return allows(roles, action);
    }

    /**
     * Throws unless the contact may take the action now: its access is re-read (in the caller's transaction, so
     * call it inside the decision's), and its current roles decide. A principal obtained before its contact was
     * revoked or removed, its client archived or its session ended decides nothing.
     *
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#ACCESS_REVOKED},
     *         {@link dev.clientportal.core.kernel.ErrorCode#SESSION_REVOKED} or
     *         {@link dev.clientportal.core.kernel.ErrorCode#ROLE_REQUIRED}
     */
    @Override
    public void requireAllowed(PortalAction action) {
        Set<Role> current = access.currentRoles(this);
        if (!allows(current, action)) {
            throw PortalException.invalid(ErrorCode.ROLE_REQUIRED, "action", action,
                    "needs the " + action.requiredRole().map(Enum::name).orElse("BILLING or APPROVER") + " role");
        }
    }

    private static boolean allows(Set<Role> roles, PortalAction action) {
        return switch (action) {
            case READ -> true;
            case CONTRIBUTE -> roles.contains(Role.BILLING) || roles.contains(Role.APPROVER);
            default -> roles.contains(action.requiredRole().orElseThrow());
        };
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public String viewerKey() {
        return actor;
    }

    @Override
    public String toString() {
        return "ContactPrincipal[contact=" + contactId + ", client=" + clientId + ", roles=" + roles + "]";
    }
}
