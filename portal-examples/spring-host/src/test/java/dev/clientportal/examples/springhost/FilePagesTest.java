package dev.clientportal.examples.springhost;

import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.examples.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's file library: a contact uploads a file the business then has, and downloads it again; a refused type
 * and a file above the upload limit are explained on friendly pages; a viewer's upload, a form without its CSRF token
 * and another client's file change or open nothing.
 */
class FilePagesTest extends RunningHost {

    private static final byte[] NOTES = "Meeting notes: launch moved to May; logo files needed in SVG and PNG."
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aContact_uploadsAFile_thatTheBusinessHas_andDownloadsIt() {
        String name = "notes-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        assertThat(ana.get("/portal/files").body()).contains("up to 25 MB");

        TestBrowser.Page uploaded = ana.upload("/portal/files", Map.of(), "file", name, "text/plain", NOTES, true);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
        SharedFile file = portal.files().library(owner(), client("Globex Corporation").id()).stream()
                .filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        assertThat(file.source()).isEqualTo(SharedFile.Source.CLIENT);
        assertThat(ana.get("/portal/files").body()).contains(name, "/portal/files/" + file.id());
        assertThat(ana.download("/portal/files/" + file.id()).body()).isEqualTo(NOTES);
    }

    @Test
    void theUploadForm_showsItsProgress_throughTheHostsOwnScript() {
        String page = signedInAs(DemoWorkspace.ANA).get("/portal/files").body();

        assertThat(page).contains("data-upload-progress=\"upload-progress\"",
                "<progress id=\"upload-progress\" max=\"100\" value=\"0\" hidden",
                "<p id=\"upload-status\" role=\"status\" hidden>",
                "<script src=\"/js/progress.js\" defer></script>");
    }

    @Test
    void aForbiddenType_isExplainedOnThePage_andStoresNothing() {
        int before = libraryOfGlobex();
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        ana.get("/portal/files");

        TestBrowser.Page refused = ana.upload("/portal/files", Map.of(), "file", "setup.exe",
                "application/x-msdownload", new byte[] {'M', 'Z', 0, 0, 1, 2, 3}, true);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).contains("file.type_not_allowed");
        assertThat(refused.body()).contains("This kind of file cannot be shared here.");
        assertThat(libraryOfGlobex()).isEqualTo(before);
    }

    @Test
    void aFileAboveTheLimit_getsAFriendlyPage_notAnExpiredForm() {
        int before = libraryOfGlobex();
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        ana.get("/portal/files");

        TestBrowser.Page refused = ana.upload("/portal/files", Map.of(), "file", "huge.txt", "text/plain",
                new byte[25 * 1024 * 1024 + 1], true);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.errorCode()).contains("file.too_large");
        assertThat(refused.body()).contains("at most 25 MB");
        assertThat(libraryOfGlobex()).isEqualTo(before);
    }

    @Test
    void aViewersUpload_andAnUploadWithoutCsrfToken_storeNothing() {
        int before = libraryOfGlobex();
        TestBrowser ben = signedInAs("ben@globex.example");
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        ben.get("/portal/files");
        ana.get("/portal/files");

        TestBrowser.Page viewer = ben.upload("/portal/files", Map.of(), "file", "ben.txt", "text/plain", NOTES, true);
        TestBrowser.Page forged = ana.upload("/portal/files", Map.of(), "file", "forged.txt", "text/plain", NOTES,
                false);

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.errorCode()).contains("access.role_required");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(libraryOfGlobex()).isEqualTo(before);
    }

    @Test
    void anotherClientsFile_isNotFound_andNotListed() {
        SharedFile initechs = portal.files().share(owner(), client("Initech GmbH").id(),
                new FileUpload("initech-budget.txt", "text/plain", new ByteArrayInputStream(NOTES)));
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);

        TestBrowser.Page page = ana.get("/portal/files/" + initechs.id());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.errorCode()).contains("file.not_found");
        assertThat(page.body()).doesNotContain("Meeting notes");
        assertThat(ana.get("/portal/files").body()).doesNotContain("initech-budget.txt");
        assertThat(ana.get("/portal/files/not-a-file").errorCode()).contains("file.not_found");
    }

    private int libraryOfGlobex() {
        return portal.files().library(owner(), client("Globex Corporation").id()).size();
    }
}
