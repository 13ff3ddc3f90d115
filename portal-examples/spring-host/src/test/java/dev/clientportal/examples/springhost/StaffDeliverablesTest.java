package dev.clientportal.examples.springhost;

import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.approval.VersionFile;
import dev.clientportal.core.client.Client;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading a deliverable's new version from the client's page: the file lands in the client's library as the
 * version's file; a refused upload leaves neither a version nor a file behind; another client's deliverable is 404.
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

    /** A deliverable of a client of its own, so that the demo's review stays as the other tests expect it. */
    private Deliverable moodboard(Client client) {
        return portal.approvals().create(owner(), CreateDeliverable.forClient(client.id(),
                "Spring campaign moodboard"));
    }
}
