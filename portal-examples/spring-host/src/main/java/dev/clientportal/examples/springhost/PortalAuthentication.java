package dev.clientportal.examples.springhost;

import dev.clientportal.core.access.ContactPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Spring Security's view of a signed-in contact: wraps the portal's {@link ContactPrincipal}, which every portal call
 * takes and which core scopes to the contact's own client.
 */
final class PortalAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient ContactPrincipal contact;

    PortalAuthentication(ContactPrincipal contact) {
        super(AuthorityUtils.createAuthorityList("ROLE_CLIENT"));
        this.contact = contact;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public ContactPrincipal getPrincipal() {
        return contact;
    }
}
