package dev.clientportal.examples.springhost;

import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableStatus;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.approval.VersionFile;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileUpload;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading a deliverable's new version from the client's page: the file lands in the client's library as the
 * version's file; a refused upload leaves neither a version nor a file behind; an approver is asked to review the
 * latest version; another client's deliverable is 404 and a form without its CSRF token changes nothing.
 */
class StaffDeliverablesTest extends RunningHost {

    private static final byte[] TEXT = "Third round: the brighter palette, the team photos larger."
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void anUploadedFile_becomesTheDeliverablesNewVersion() {
        Client globex = newPayingClient().client();
        Deliverable campaign = moodboard(globex);
        int versions = campaign.versions().size();
        TestBrowser staff = signedInAsStaff();
        String clientPath = "/staff/clients/" + globex.id();
        assertThat(staff.get(clientPath).body()).contains("Spring campaign moodboard", "Upload version");

        TestBrowser.Page uploaded = staff.upload(clientPath + "/deliverables/" + campaign.id() + "/versions",
                Map.of("note", "Third round"), "file", "moodboard-v3.txt", "text/plain", TEXT, true);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
        Deliverable after = portal.approvals().get(owner(), campaign.id());
        assertThat(after.versions()).hasSize(versions + 1);
        DeliverableVersion latest = after.latestVersion().orElseThrow();
        assertThat(latest.note()).isEqualTo("Third round");
        assertThat(latest.files()).extracting(VersionFile::name).containsExactly("moodboard-v3.txt");
        assertThat(portal.files().library(owner(), globex.id()))
                .anySatisfy(file -> assertThat(file.id()).isEqualTo(latest.files().get(0).fileId()));
        assertThat(staff.get(clientPath).body()).contains("Version " + latest.number() + ": moodboard-v3.txt");
    }

    @Test
    void aFileOfAForbiddenType_isRefusedOnThePage_andLeavesNothingBehind() {
        Client globex = newPayingClient().client();
        Deliverable campaign = moodboard(globex);
        int files = portal.files().library(owner(), globex.id()).size();
        TestBrowser staff = signedInAsStaff();
        String clientPath = "/staff/clients/" + globex.id();
        staff.get(clientPath);

        TestBrowser.Page refused = staff.upload(clientPath + "/deliverables/" + campaign.id() + "/versions",
                Map.of("note", "Installer"), "file", "setup.exe", "application/x-msdownload",
                new byte[] {'M', 'Z', 0, 0, 1, 2, 3}, true);
        TestBrowser.Page forged = staff.upload(clientPath + "/deliverables/" + campaign.id() + "/versions",
                Map.of("note", "Forged"), "file", "moodboard-v4.txt", "text/plain", TEXT, false);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).hasValueSatisfying(code -> assertThat(code).startsWith("file."));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(portal.approvals().get(owner(), campaign.id()).versions()).hasSameSizeAs(campaign.versions());
        assertThat(portal.files().library(owner(), globex.id())).hasSize(files);
    }

    @Test
    void anotherClientsDeliverable_isNotFound() {
        Client globex = newPayingClient().client();
        Client initech = newPayingClient().client();
        Deliverable campaign = moodboard(globex);
        int files = portal.files().library(owner(), initech.id()).size();
        TestBrowser staff = signedInAsStaff();
        staff.get("/staff/clients/" + initech.id());

        TestBrowser.Page page = staff.upload("/staff/clients/" + initech.id() + "/deliverables/" + campaign.id()
                + "/versions", Map.of("note", "Wrong client"), "file", "x.txt", "text/plain", TEXT, true);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.errorCode()).contains("deliverable.not_found");
        assertThat(portal.files().library(owner(), initech.id())).hasSize(files);
        assertThat(portal.approvals().get(owner(), campaign.id()).versions()).hasSameSizeAs(campaign.versions());
    }

    @Test
    void anApprover_isAskedToReviewTheLatestVersion_andFindsItWaiting() {
        Client client = newPayingClient().client();
        Contact approver = approverOf(client);
        Deliverable campaign = delivered(client);
        TestBrowser staff = signedInAsStaff();
        String clientPath = "/staff/clients/" + client.id();
        assertThat(staff.get(clientPath).body()).contains("Ask for approval", approver.name());

        TestBrowser.Page asked = staff.submit(clientPath + "/deliverables/" + campaign.id() + "/approval",
                Map.of("approver", approver.id().toString()));

        assertThat(asked.status()).as(asked.body()).isEqualTo(302);
        assertThat(portal.approvals().get(owner(), campaign.id()).status()).isEqualTo(DeliverableStatus.IN_REVIEW);
        TestBrowser contact = signedInAs(approver.email());
        assertThat(contact.get("/portal/deliverables").body()).contains("Spring campaign moodboard");
    }

    @Test
    void askingForApproval_withoutCsrfToken_orOnAnotherClientsDeliverable_changesNothing() {
        Client client = newPayingClient().client();
        Client other = newPayingClient().client();
        Contact approver = approverOf(client);
        Deliverable campaign = delivered(client);
        TestBrowser staff = signedInAsStaff();
        staff.get("/staff/clients/" + other.id());

        TestBrowser.Page forged = staff.post("/staff/clients/" + client.id() + "/deliverables/" + campaign.id()
                + "/approval", Map.of("approver", approver.id().toString()));
        TestBrowser.Page elsewhere = staff.submit("/staff/clients/" + other.id() + "/deliverables/" + campaign.id()
                + "/approval", Map.of("approver", approver.id().toString()));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.errorCode()).contains("deliverable.not_found");
        assertThat(portal.approvals().get(owner(), campaign.id()).status()).isNotEqualTo(DeliverableStatus.IN_REVIEW);
    }

    /** An approver of its own for the client. */
    private Contact approverOf(Client client) {
        return portal.clients().addContact(owner(), new AddContact(client.id(), "Ada Approver",
                "ada-" + client.id() + "@payer.example", Set.of(Role.APPROVER)));
    }

    /** The moodboard with one version delivered, not yet in review. */
    private Deliverable delivered(Client client) {
        Deliverable campaign = moodboard(client);
        portal.approvals().addVersion(owner(), AddVersion.of(campaign.id(), "First round"),
                new FileUpload("moodboard-v1.txt", "text/plain", new ByteArrayInputStream(TEXT)));
        return campaign;
    }

    /** A deliverable of a client of its own, so that the demo's review stays as the other tests expect it. */
    private Deliverable moodboard(Client client) {
        return portal.approvals().create(owner(), CreateDeliverable.forClient(client.id(),
                "Spring campaign moodboard"));
    }
}
