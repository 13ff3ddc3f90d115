package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Bearer-token authentication: a controller method that takes a {@link ContactPrincipal} gets the client contact of
 * the portal session in {@code Authorization: Bearer <token>}, checked through {@code access().authenticate} on
 * every request (so a revoked contact or an ended session is out at its next request); one that takes a
 * {@link StaffPrincipal} gets the staff user of the token in {@link StaffTokens}. No token, or a token that names
 * no one, answers 401.
 *
 * <p>Both binders are postponed: Micronaut then binds them on the controller's blocking executor, not on Netty's
 * event loop, so a session check that waits for the database (a full pool, a slow query) holds a worker thread and
 * never the threads every other request, and the health check, are served on.
 */
final class Bearer {

    private static final String PREFIX = "Bearer ";

    private Bearer() {
    }

    /**
     * What the portal records about an HTTP request: the client's address, user agent and method.
     *
     * @param request the request
     * @return the request as the portal sees it
     */
    static ClientRequest clientRequest(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String address = remote.getAddress() == null ? "" : remote.getAddress().getHostAddress();
        return new ClientRequest(address, request.getHeaders().get(HttpHeaders.USER_AGENT),
                request.getMethodName());
    }

    /**
     * The bearer token of a request.
     *
     * @param request the request
     * @return the token
     * @throws PortalException {@code access.token_invalid} when the request carries none
     */
    static String token(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization()
                .filter(value -> value.regionMatches(true, 0, PREFIX, 0, PREFIX.length()))
                .map(value -> value.substring(PREFIX.length()).trim())
                .filter(token -> !token.isEmpty())
                .orElseThrow(() -> new PortalException(ErrorCode.TOKEN_INVALID,
                        "this needs an Authorization: Bearer token"));
    }

    /** Binds {@link ContactPrincipal} parameters: the portal session of the bearer token. */
    @Singleton
    static final class Contacts implements TypedRequestArgumentBinder<ContactPrincipal>,
            PostponedRequestArgumentBinder<ContactPrincipal> {

        private final ClientPortal portal;

        Contacts(ClientPortal portal) {
            this.portal = portal;
        }

        @Override
        public Argument<ContactPrincipal> argumentType() {
            return Argument.of(ContactPrincipal.class);
        }

        @Override
        public BindingResult<ContactPrincipal> bind(ArgumentConversionContext<ContactPrincipal> context,
                                                    HttpRequest<?> source) {
            ContactPrincipal contact = portal.access().authenticate(token(source), clientRequest(source));
            return () -> Optional.of(contact);
        }
    }

    /** Binds {@link StaffPrincipal} parameters: the staff user of the bearer token. */
    @Singleton
    static final class Staff implements TypedRequestArgumentBinder<StaffPrincipal>,
            PostponedRequestArgumentBinder<StaffPrincipal> {

        private final StaffTokens tokens;

        Staff(StaffTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Argument<StaffPrincipal> argumentType() {
            return Argument.of(StaffPrincipal.class);
        }

        @Override
        public BindingResult<StaffPrincipal> bind(ArgumentConversionContext<StaffPrincipal> context,
                                                  HttpRequest<?> source) {
            StaffPrincipal staff = tokens.principal(token(source));
            return () -> Optional.of(staff);
        }
    }
}
