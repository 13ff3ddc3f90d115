package dev.clientportal.examples.springhost;

import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.Serializable;

/**
 * The staff session: who signed in at {@code /staff/sign-in}, kept in the servlet session under an attribute of its
 * own, apart from the contacts' portal session cookie. Only the staff pages' filter chain reads it, so a staff
 * session never opens a client page and a client session never opens a staff page.
 */
final class StaffSessions extends OncePerRequestFilter {

    private static final String ATTRIBUTE = StaffSessions.class.getName();

    private final StaffDirectory directory;

    StaffSessions(StaffDirectory directory) {
        this.directory = directory;
    }

    /** What the servlet session holds: plain strings, so sessions survive a restart of a clustered store. */
    private record SignedIn(String workspaceId, String email) implements Serializable {
    }

    /**
     * Starts a staff session after a successful sign-in, under a new session id (no fixation).
     *
     * @param staff   who signed in
     * @param request the sign-in request
     */
    static void start(StaffPrincipal staff, HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(ATTRIBUTE, new SignedIn(staff.workspaceId().toString(), staff.user()));
    }

    /**
     * Ends the staff session, if there is one.
     *
     * @param request the sign-out request
     */
    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof SignedIn signedIn) {
            StaffPrincipal staff = StaffPrincipal.of(WorkspaceId.of(signedIn.workspaceId()), signedIn.email());
            if (directory.stillStaff(staff)) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(PortalAuthentication.staff(staff));
                SecurityContextHolder.setContext(context);
            } else {
                session.removeAttribute(ATTRIBUTE);
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
