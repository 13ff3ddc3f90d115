package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.AgreementJson;
import dev.clientportal.examples.micronauthost.ApiJson.AgreementRowJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * The client's agreements: the sent ones, one agreement's current version (its {@code ETag} is the version's number)
 * and the named signer's signature by typed name, recorded with the request's address and user agent and the
 * document's SHA-256. The signature names the version signed: {@code If-Match} with the {@code ETag}, or
 * {@code version} in the body; when the business has edited the agreement since, it answers 412 with
 * {@code If-Match}, 409 without. Agreements of another client or workspace answer 404.
 */
@Controller("/api/portal/agreements")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class AgreementsController {

    private final ClientPortal portal;

    AgreementsController(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * Signs an agreement's current version.
     *
     * @param typedName the name the signer types; one line, at most 200 characters
     * @param version   the version's number, when no {@code If-Match} names it
     */
    @Serdeable
    record SignatureRequest(@Nullable String typedName, @Nullable Integer version) {
    }

    @Get
    List<AgreementRowJson> agreements(@Parameter(hidden = true) ContactPrincipal contact) {
        return portal.agreements().list(contact).stream().map(AgreementRowJson::of).toList();
    }

    @Get("/{id}")
    HttpResponse<AgreementJson> agreement(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                                          HttpRequest<?> request) {
        return withTag(portal.agreements().open(contact, PathIds.agreement(id), Bearer.clientRequest(request)));
    }

    @Post("/{id}/signature")
    HttpResponse<AgreementJson> sign(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                                     @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                     @Body SignatureRequest body, HttpRequest<?> request) {
        String typedName = PortalException.requireField(body.typedName(), "typedName");
        int version = EntityTags.version(ifMatch, Integer::parseInt,
                () -> PortalException.requireField(body.version(), "version"), "/api/portal/agreements/{id}");
        return withTag(portal.agreements().sign(contact, PathIds.agreement(id), version, typedName,
                Bearer.clientRequest(request)));
    }

    private static HttpResponse<AgreementJson> withTag(Agreement agreement) {
        return HttpResponse.ok(AgreementJson.of(agreement))
                .header(HttpHeaders.ETAG, EntityTags.of(agreement.current().number()));
    }
}
