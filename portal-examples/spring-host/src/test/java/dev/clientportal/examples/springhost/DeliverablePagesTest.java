package dev.clientportal.examples.springhost;

import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableStatus;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.examples.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's review pages: the addressed approver finds the version from the dashboard, opens it with its files,
 * and approves it or asks for changes; a viewer's decision, another client's version and a form without its CSRF
 * token change nothing.
 */
class DeliverablePagesTest extends RunningHost {

    private static final byte[] COPY = "Homepage copy, second draft: shorter intro, three customer quotes."
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theApprover_opensTheVersionWithItsFiles_andApprovesIt() {
        Review review = inReview("Globex Corporation", DemoWorkspace.ANA);
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);

        assertThat(ana.get("/portal").body()).contains("id=\"pending-approvals\" href=\"/portal/deliverables\"");
        assertThat(ana.get("/portal/deliverables").body()).contains(review.page());
        TestBrowser.Page shown = ana.get(review.page());
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Homepage copy", "Shorter intro", "homepage-copy.txt", "Approve this version");
        HttpResponse<byte[]> file = ana.download("/portal/files/" + review.file().id());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(COPY);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment"));

        TestBrowser.Page approved = ana.submit(review.action("approve"),
                Map.of("number", "1", "typedName", "Ana Ruiz", "comment", "Lovely, ship it"));

        assertThat(approved.status()).as(approved.body()).isEqualTo(302);
        assertThat(portal.approvals().get(owner(), review.deliverable().id()).status())
                .isEqualTo(DeliverableStatus.APPROVED);
        assertThat(ana.get(review.page()).body()).contains("Lovely, ship it").doesNotContain("Approve this version");
    }

    @Test
    void theApprover_requestsChangesWithAComment() {
        Review review = inReview("Globex Corporation", DemoWorkspace.ANA);
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        ana.get(review.page());

        TestBrowser.Page asked = ana.submit(review.action("changes"),
                Map.of("number", "1", "comment", "Please add the pricing table"));

        assertThat(asked.status()).isEqualTo(302);
        Deliverable after = portal.approvals().get(owner(), review.deliverable().id());
        assertThat(after.status()).isEqualTo(DeliverableStatus.CHANGES_REQUESTED);
        assertThat(ana.get(review.page()).body()).contains("Please add the pricing table");
    }

    @Test
    void aViewersDecision_isRefused_andChangesNothing() {
        Review review = inReview("Globex Corporation", DemoWorkspace.ANA);
        TestBrowser ben = signedInAs("ben@globex.example");
        assertThat(ben.get(review.page()).body()).doesNotContain("Approve this version");

        TestBrowser.Page refused = ben.submit(review.action("approve"), Map.of("number", "1"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).contains("access.role_required");
        assertThat(portal.approvals().get(owner(), review.deliverable().id()).status())
                .isEqualTo(DeliverableStatus.IN_REVIEW);
    }

    @Test
    void anotherClientsVersionAndFile_areNotFound() {
        Review initechs = inReview("Initech GmbH", "ivo@initech.example");
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);

        TestBrowser.Page shown = ana.get(initechs.page());
        TestBrowser.Page approved = ana.submit(initechs.action("approve"), Map.of("number", "1"));

        assertThat(shown.status()).isEqualTo(404);
        assertThat(shown.errorCode()).contains("deliverable.not_found");
        assertThat(shown.body()).doesNotContain("homepage-copy.txt");
        assertThat(approved.status()).isEqualTo(404);
        assertThat(ana.download("/portal/files/" + initechs.file().id()).statusCode()).isEqualTo(404);
        assertThat(ana.get("/portal/deliverables").body()).doesNotContain(initechs.page());
        assertThat(portal.approvals().get(owner(), initechs.deliverable().id()).status())
                .isEqualTo(DeliverableStatus.IN_REVIEW);
    }

    @Test
    void aDecisionWithoutCsrfToken_isRefused() {
        Review review = inReview("Globex Corporation", DemoWorkspace.ANA);
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        ana.get(review.page());

        assertThat(ana.post(review.action("approve"), Map.of("number", "1")).status()).isEqualTo(403);
        assertThat(portal.approvals().get(owner(), review.deliverable().id()).status())
                .isEqualTo(DeliverableStatus.IN_REVIEW);
    }

    /** A deliverable of its own with one version and one file, its approval asked of the approver. */
    private Review inReview(String clientName, String approverEmail) {
        Client client = client(clientName);
        Contact approver = contact(approverEmail);
        SharedFile file = portal.files().share(owner(), client.id(), new FileUpload("homepage-copy.txt",
                "text/plain", new ByteArrayInputStream(COPY)));
        Deliverable deliverable = portal.approvals().create(owner(), CreateDeliverable.forClient(client.id(),
                "Homepage copy"));
        portal.approvals().addVersion(owner(), AddVersion.of(deliverable.id(), "Shorter intro", file.id()));
        Deliverable requested = portal.approvals().requestApproval(owner(),
                RequestApproval.fromAny(deliverable.id(), approver.id()));
        return new Review(requested, requested.latestVersion().orElseThrow(), file);
    }

    /**
     * A deliverable waiting for review.
     *
     * @param deliverable the deliverable
     * @param version     its version in review
     * @param file        the version's file
     */
    private record Review(Deliverable deliverable, DeliverableVersion version, SharedFile file) {

        String page() {
            return "/portal/deliverables/versions/" + version.id();
        }

        String action(String decision) {
            return "/portal/deliverables/" + deliverable.id() + "/versions/" + version.id() + "/" + decision;
        }
    }
}
