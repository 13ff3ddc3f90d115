package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.SignedIn;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Magic-link sign-in for a front end of the billing app's own: the contact asks for a link by email (the answer is
 * the same whatever the address), the portal mails a link to the front end's sign-in page, and the page redeems the
 * link's token here for a session token to send as {@code Authorization: Bearer} on every API call.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {

    private final ClientPortal portal;

    SignInController(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * Asks for a sign-in link.
     *
     * @param workspace the business's workspace, which the front end knows
     * @param email     the contact's email address
     */
    @Serdeable
    record LinkRequest(@Nullable String workspace, @Nullable String email) {
    }

    /**
     * Redeems a sign-in link.
     *
     * @param token the {@code token} parameter of the link
     */
    @Serdeable
    record Redeem(@Nullable String token) {
    }

    /**
     * A started portal session.
     *
     * @param sessionToken the bearer token of the session
     * @param expiresAt    when the session ends at the latest
     * @param clientId     the contact's client
     * @param contactId    the contact
     * @param roles        what the contact may do
     */
    @Serdeable
    record Session(String sessionToken, Instant expiresAt, String clientId, String contactId,
                   java.util.List<String> roles) {
    }

    /**
     * The answer to a link request, the same whether a contact has this address or not.
     *
     * @param message what happens next
     */
    @Serdeable
    record Accepted(String message) {
    }

    @Post("/sign-in/links")
    @Status(HttpStatus.ACCEPTED)
    Accepted requestLink(@Body LinkRequest body, HttpRequest<?> request) {
        String workspace = PortalException.requireField(body.workspace(), "workspace");
        WorkspaceId workspaceId;
        try {
            workspaceId = WorkspaceId.of(workspace);
        } catch (PortalException e) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "workspace", workspace, "must be a workspace id");
        }
        portal.access().requestSignIn(workspaceId, body.email() == null ? "" : body.email(),
                Bearer.clientRequest(request));
        return new Accepted("If a contact has this address, a sign-in link is on its way.");
    }

    @Post("/sign-in")
    Session signIn(@Body Redeem body, HttpRequest<?> request) {
        SignedIn signedIn = portal.access().signIn(PortalException.requireField(body.token(), "token"),
                Bearer.clientRequest(request));
        return new Session(signedIn.sessionToken(), signedIn.sessionExpiresAt(),
                signedIn.principal().clientId().toString(), signedIn.principal().contactId().toString(),
                signedIn.principal().roles().stream().map(Enum::name).sorted().toList());
    }

    @Post("/sign-out")
    HttpResponse<Void> signOut(HttpRequest<?> request) {
        portal.access().signOut(Bearer.token(request));
        return HttpResponse.noContent();
    }
}
