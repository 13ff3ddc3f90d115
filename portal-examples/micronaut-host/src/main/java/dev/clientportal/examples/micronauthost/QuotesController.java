package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.QuoteJson;
import dev.clientportal.examples.micronauthost.ApiJson.QuoteRowJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.List;

/**
 * The client's quotes: every sent revision, one revision with its lines and decisions, and the approver's three
 * decisions on it (accept with a typed-name signature, reject with a reason, ask for changes), each recorded with
 * the request's address and user agent and the quote's content hash. A quote id names one revision, so a decision
 * cannot land on a newer one: a revision the business has replaced answers 409 {@code quote.illegal_transition}.
 * Quotes of another client or workspace answer 404.
 */
@Controller("/api/portal/quotes")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class QuotesController {

    private final ClientPortal portal;

    QuotesController(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * Accepts a quote.
     *
     * @param typedName the name the approver types as a signature; one line, at most 200 characters
     */
    @Serdeable
    record Acceptance(@Nullable String typedName) {
    }

    /**
     * Rejects a quote.
     *
     * @param reason why; required, at most 2,000 characters
     */
    @Serdeable
    record Rejection(@Nullable String reason) {
    }

    /**
     * Asks for changes to a quote.
     *
     * @param comment what should change; required, at most 2,000 characters
     */
    @Serdeable
    record ChangeRequest(@Nullable String comment) {
    }

    @Get
    List<QuoteRowJson> quotes(@Parameter(hidden = true) ContactPrincipal contact) {
        return portal.quotes().list(contact).stream().map(QuoteRowJson::of).toList();
    }

    @Get("/{id}")
    QuoteJson quote(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                    HttpRequest<?> request) {
        return QuoteJson.of(portal.quotes().open(contact, PathIds.quote(id), Bearer.clientRequest(request)));
    }

    @Post("/{id}/acceptance")
    QuoteJson accept(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                     @Body Acceptance body, HttpRequest<?> request) {
        String typedName = PortalException.requireField(body.typedName(), "typedName");
        return QuoteJson.of(portal.quotes().accept(contact, PathIds.quote(id), typedName,
                Bearer.clientRequest(request)));
    }

    @Post("/{id}/rejection")
    QuoteJson reject(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                     @Body Rejection body, HttpRequest<?> request) {
        String reason = PortalException.requireField(body.reason(), "reason");
        return QuoteJson.of(portal.quotes().reject(contact, PathIds.quote(id), reason, Bearer.clientRequest(request)));
    }

    @Post("/{id}/change-request")
    QuoteJson requestChanges(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                             @Body ChangeRequest body, HttpRequest<?> request) {
        String comment = PortalException.requireField(body.comment(), "comment");
        return QuoteJson.of(portal.quotes().requestChanges(contact, PathIds.quote(id), comment,
                Bearer.clientRequest(request)));
    }
}
