package dev.clientportal.examples.springhost;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Spring Security's view of who is signed in: the portal's own principal, which every portal call takes and which
 * core scopes — a {@link ContactPrincipal} (role {@code CLIENT}) to the contact's own client, a
 * {@link StaffPrincipal} (role {@code STAFF}) to the staff member's workspace.
 */
final class PortalAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient Object principal;

    private PortalAuthentication(Object principal, String role) {
        super(AuthorityUtils.createAuthorityList("ROLE_" + role));
        this.principal = principal;
        setAuthenticated(true);
    }

    static PortalAuthentication client(ContactPrincipal contact) {
        return new PortalAuthentication(contact, "CLIENT");
    }

    static PortalAuthentication staff(StaffPrincipal staff) {
        return new PortalAuthentication(staff, "STAFF");
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
