package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.approval.Approve;
import dev.clientportal.core.approval.DeliverableVersionView;
import dev.clientportal.core.approval.RequestChanges;
import dev.clientportal.core.approval.VersionPin;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.DecisionJson;
import dev.clientportal.examples.micronauthost.ApiJson.DeliverableVersionJson;
import dev.clientportal.examples.micronauthost.ApiJson.PendingApprovalJson;
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
 * The client's deliverable approvals: what waits for its decision, a version with its files (its {@code ETag} is the
 * version's content hash), and the approver's decisions, approve (optionally signed with a typed name) or ask for
 * changes. A decision names the version it was taken on: {@code If-Match} with the version's {@code ETag}, or the
 * version's number in the body; a version that another has replaced answers 412 with {@code If-Match}, 409 without.
 * Deliverables of another client or workspace answer 404.
 */
@Controller("/api/portal")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ApprovalsController {

    private final ClientPortal portal;

    ApprovalsController(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * Approves a version.
     *
     * @param version   the version's number, when no {@code If-Match} names it
     * @param typedName the name typed as a signature; required when the deliverable asks for one
     * @param comment   a remark for the business, at most 2,000 characters
     */
    @Serdeable
    record Approval(@Nullable Integer version, @Nullable String typedName, @Nullable String comment) {
    }

    /**
     * Asks for changes on a version.
     *
     * @param version the version's number, when no {@code If-Match} names it
     * @param comment what should change; required, at most 2,000 characters
     * @param fileId  the version's file the comment is about, if one
     */
    @Serdeable
    record ChangeRequest(@Nullable Integer version, @Nullable String comment, @Nullable String fileId) {
    }

    @Get("/approvals")
    List<PendingApprovalJson> pending(@Parameter(hidden = true) ContactPrincipal contact) {
        return portal.approvals().pending(contact).stream().map(PendingApprovalJson::of).toList();
    }

    @Get("/deliverable-versions/{id}")
    HttpResponse<DeliverableVersionJson> version(@Parameter(hidden = true) ContactPrincipal contact,
                                                 @PathVariable String id, HttpRequest<?> request) {
        DeliverableVersionView view = portal.approvals().open(contact, PathIds.deliverableVersion(id),
                Bearer.clientRequest(request));
        return HttpResponse.ok(DeliverableVersionJson.of(view))
                .header(HttpHeaders.ETAG, EntityTags.of(view.version().contentHash().hex()));
    }

    @Post("/deliverables/{id}/approval")
    DecisionJson approve(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                         @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Body Approval body,
                         HttpRequest<?> request) {
        Approve approve = new Approve(PathIds.deliverable(id), pin(ifMatch, body.version()),
                body.typedName() == null ? "" : body.typedName(), body.comment() == null ? "" : body.comment());
        return DecisionJson.of(portal.approvals().approve(contact, approve, Bearer.clientRequest(request)));
    }

    @Post("/deliverables/{id}/change-request")
    DecisionJson requestChanges(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                                @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Body ChangeRequest body,
                                HttpRequest<?> request) {
        RequestChanges changes = RequestChanges.of(PathIds.deliverable(id), pin(ifMatch, body.version()),
                PortalException.requireField(body.comment(), "comment"));
        if (body.fileId() != null) {
            changes = changes.onFile(FileId.of(body.fileId()));
        }
        return DecisionJson.of(portal.approvals().requestChanges(contact, changes, Bearer.clientRequest(request)));
    }

    /** The version a decision names: the content hash of {@code If-Match}, else the body's version number. */
    private static VersionPin pin(@Nullable String ifMatch, @Nullable Integer number) {
        return EntityTags.version(ifMatch, tag -> VersionPin.contentHash(new ContentHash(tag)),
                () -> VersionPin.number(PortalException.requireField(number, "version")),
                "/api/portal/deliverable-versions/{id}");
    }
}
