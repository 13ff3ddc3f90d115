package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.SignedIn;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.DemoCheckout;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The portal's session in the browser: the raw session token of {@link SignedIn} in an HttpOnly, SameSite=Lax cookie
 * (Secure under TLS), authenticated on every request through {@code access().authenticate}, so a revoked contact or
 * an ended session is out at its next request.
 */
final class PortalSessions extends OncePerRequestFilter {

    /** The cookie that carries the portal's session token. */
    static final String COOKIE = "portal_session";

    private final ClientPortal portal;

    PortalSessions(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * What the portal records about an HTTP request: the client's address, user agent and method.
     *
     * @param request the servlet request
     * @return the request as the portal sees it
     */
    static ClientRequest clientRequest(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return new ClientRequest(address == null ? "" : address, request.getHeader(HttpHeaders.USER_AGENT),
                request.getMethod());
    }

    /**
     * Starts the browser's session after a sign-in: a new servlet session id (no fixation of the CSRF token's
     * session) and the portal's session cookie, kept until the session's absolute end.
     *
     * @param signedIn the sign-in's outcome
     * @param request  the request that redeemed the link
     * @param response the response to set the cookie on
     */
    static void start(SignedIn signedIn, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        Duration lifetime = Duration.between(Instant.now(), signedIn.sessionExpiresAt());
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, signedIn.sessionToken(),
                lifetime.isNegative() ? Duration.ZERO : lifetime).toString());
    }

    /**
     * Ends the browser's session: the portal's session and the cookie.
     *
     * @param portal   the portal
     * @param request  the request
     * @param response the response to clear the cookie on
     */
    static void end(ClientPortal portal, HttpServletRequest request, HttpServletResponse response) {
        token(request).ifPresent(portal.access()::signOut);
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
    }

    /** Stylesheets, the health check and Stripe's webhook need no principal: no session lookup for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.endsWith("/theme.css") || path.startsWith("/actuator/")
                || path.equals(DemoCheckout.WEBHOOK_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = token(request);
        if (token.isPresent()) {
            try {
                ContactPrincipal contact = portal.access().authenticate(token.get(), clientRequest(request));
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(PortalAuthentication.client(contact));
                SecurityContextHolder.setContext(context);
            } catch (PortalException e) {
                if (e.kind() != ErrorCode.Kind.UNAUTHENTICATED && e.kind() != ErrorCode.Kind.INVALID_INPUT) {
                    throw e;
                }
                // an ended, revoked or unknown session: the browser is signed out, and the cookie goes
                response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
        return ResponseCookie.from(COOKIE, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAge)
                .build();
    }
}
