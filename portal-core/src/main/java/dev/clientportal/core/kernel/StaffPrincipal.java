package dev.clientportal.core.kernel;


import java.util.Objects;

/**
 * A person or system acting for the business in one workspace. Every business-side use case takes one: it scopes
 * the call to the workspace and is recorded as the actor in the audit trail.
 *
 * <p>The host authenticates its own users; the SDK trusts the principal it is given.
 *
 * @param workspaceId the workspace the principal acts in
 * @param user        the person or system as the host names it, e.g. an email address; {@code system} for automation
 */
public record StaffPrincipal(WorkspaceId workspaceId, String user) {

    /**
     * Requires a workspace and a user name.
     *
     * @param workspaceId the workspace the principal acts in
     * @param user        the person or system as the host names it, e.g. an email address; {@code system} for
     *                    automation
     */
    public StaffPrincipal {
        Objects.requireNonNull(workspaceId, "workspaceId");
        user = PortalException.requireText(user, "user");
    }

    /**
     * A staff member of a workspace, named as the host knows them (an email address, a user id).
     *
     * @param workspaceId the workspace the principal acts in
     * @param user        the person as the host names them; must not be blank
     * @return the principal
     */
    public static StaffPrincipal of(WorkspaceId workspaceId, String user) {
        return new StaffPrincipal(workspaceId, user);
    }

    /**
     * Automation acting for the business (reminders, recurring runs).
     *
     * @param workspaceId the workspace the automation acts in
     * @return the principal of user {@code system}
     */
    public static StaffPrincipal system(WorkspaceId workspaceId) {
        return new StaffPrincipal(workspaceId, "system");
    }

    /**
     * The actor as written to the audit trail, e.g. {@code staff:owner@acme.example}.
     *
     * @return {@code staff:} and the user, e.g. {@code staff:owner@acme.example}
     */
    public String actor() {
        return "staff:" + user;
    }
}
