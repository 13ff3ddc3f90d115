package dev.clientportal.core.contract;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.Approvals;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableVersionAdded;
import dev.clientportal.core.approval.VersionFile;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileAddedToLibrary;
import dev.clientportal.core.files.FileDownload;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.PortalFixture;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A deliverable version delivered from an upload ({@code Approvals.addVersion(principal, command, upload)}): the file
 * is shared into the client's library and becomes the version in one transaction, audited once; when the version or
 * the upload is refused, or the transaction rolls back after the library row was written, nothing is left: no
 * library file, no version, no audit entry, and no bytes the upload brought into the file store (bytes another file
 * already had stay). A scenario over any {@link PortalStores}; an adapter runs it by extending it and implementing
 * {@link #newStores()}.
 */
public abstract class VersionFromUploadScenario {

    private static final String LOGO = "the logo, in blue, from the upload";

    private final FaultInjectingStores stores = FaultInjectingStores.over(newStores());
    private final PortalFixture fixture = PortalFixture.over(stores);
    private final Approvals approvals = fixture.portal.approvals();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Deliverable logoWork = approvals.create(owner, CreateDeliverable.forClient(globex.id(), "Logo"));

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    @Test
    void aVersionFromAnUpload_sharesTheFileAndAddsTheVersionInOneStep_auditedOnce() throws IOException {
        long auditBefore = auditEntries().size();

        Deliverable delivered = approvals.addVersion(owner, AddVersion.of(logoWork.id(), "First draft"),
                upload("logo.txt", LOGO));

        SharedFile shared = fixture.portal.files().library(owner, globex.id()).get(0);
        assertThat(shared.name()).isEqualTo("logo.txt");
        assertThat(shared.source()).isEqualTo(SharedFile.Source.BUSINESS);
        assertThat(shared.content().hash()).isEqualTo(ContentHash.ofText(LOGO));
        Deliverable stored = approvals.get(owner, logoWork.id());
        assertThat(stored.versions()).isEqualTo(delivered.versions());
        assertThat(stored.latestVersion().orElseThrow().files()).extracting(VersionFile::fileId, VersionFile::name)
                .containsExactly(tuple(shared.id(), "logo.txt"));
        assertThat(read(fixture.portal.files().open(owner, shared.id()))).isEqualTo(LOGO);
        List<AuditEntry> added = auditEntries().subList((int) auditBefore, auditEntries().size());
        assertThat(added).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("deliverable.version_added");
            assertThat(entry.details()).containsEntry("uploadedFile", shared.id().toString())
                    .containsEntry("uploadedName", "logo.txt")
                    .containsEntry("uploadedSha256", ContentHash.ofText(LOGO).hex())
                    .containsEntry("files", shared.id().toString());
        });
        assertThat(fixture.eventsOf(FileAddedToLibrary.class)).extracting(FileAddedToLibrary::fileId)
                .containsExactly(shared.id());
        assertThat(fixture.eventsOf(DeliverableVersionAdded.class)).singleElement()
                .satisfies(event -> assertThat(event.versionNumber()).isEqualTo(1));
    }

    @Test
    void theUploadFollowsTheFilesAlreadyShared_inOneVersion() {
        SharedFile guide = fixture.sharedFile(owner, globex, "guide.txt", "the brand guide");

        Deliverable delivered = approvals.addVersion(owner, AddVersion.of(logoWork.id(), "Logo and guide",
                guide.id()), upload("logo.txt", LOGO));

        assertThat(delivered.latestVersion().orElseThrow().files()).extracting(VersionFile::name)
                .containsExactly("guide.txt", "logo.txt");
        assertThat(fixture.portal.files().library(owner, globex.id())).hasSize(2);
    }

    @Test
    void aVersionRolledBackAfterTheFileWasRecorded_leavesNoFileNoVersionNoAuditEntryAndNoNewBytes() {
        int auditBefore = auditEntries().size();
        int eventsBefore = fixture.events.size();
        stores.failNextSaveOf(Deliverable.class);

        assertRejected(() -> approvals.addVersion(owner, AddVersion.of(logoWork.id(), "First draft"),
                upload("logo.txt", LOGO)), ErrorCode.CONCURRENT_MODIFICATION);

        assertNothingWritten(auditBefore, eventsBefore);
        assertThat(fixture.fileStore.metadata(ContentHash.ofText(LOGO))).as("the upload's bytes are deleted").isEmpty();
    }

    @Test
    void aVersionRefusedForAStaleRevision_writesNothing_andDeletesTheUploadedBytes() {
        SharedFile guide = fixture.sharedFile(owner, globex, "guide.txt", "the brand guide");
        approvals.addVersion(owner, AddVersion.of(logoWork.id(), "Guide", guide.id()));
        long readRevision = approvals.get(owner, logoWork.id()).version();
        approvals.addVersion(owner, AddVersion.of(logoWork.id(), "Guide again", guide.id()));
        int auditBefore = auditEntries().size();
        int eventsBefore = fixture.events.size();

        assertRejected(() -> approvals.addVersion(owner, AddVersion.of(logoWork.id(), "Late logo")
                .expectingRevision(readRevision), upload("logo.txt", LOGO)), ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(approvals.get(owner, logoWork.id()).versions()).hasSize(2);
        assertThat(fixture.portal.files().library(owner, globex.id())).containsExactly(guide);
        assertThat(auditEntries()).hasSize(auditBefore);
        assertThat(fixture.events).hasSize(eventsBefore);
        assertThat(fixture.fileStore.metadata(ContentHash.ofText(LOGO))).isEmpty();
    }

    @Test
    void anUploadThePolicyRefuses_writesNothing() {
        int auditBefore = auditEntries().size();
        int eventsBefore = fixture.events.size();

        assertRejected(() -> approvals.addVersion(owner, AddVersion.of(logoWork.id(), "Page"),
                upload("logo.txt", "<html><script>alert(1)</script></html>")), ErrorCode.FILE_TYPE_NOT_ALLOWED);

        assertNothingWritten(auditBefore, eventsBefore);
    }

    @Test
    void bytesAnotherFileAlreadyHas_stayWhenTheVersionIsRefused() throws IOException {
        SharedFile earlier = fixture.sharedFile(owner, globex, "logo-copy.txt", LOGO);
        stores.failNextSaveOf(Deliverable.class);

        assertRejected(() -> approvals.addVersion(owner, AddVersion.of(logoWork.id(), "First draft"),
                upload("logo.txt", LOGO)), ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(fixture.portal.files().library(owner, globex.id())).containsExactly(earlier);
        assertThat(read(fixture.portal.files().open(owner, earlier.id()))).isEqualTo(LOGO);
    }

    @Test
    void anotherWorkspacesDeliverable_isNotFound_beforeAnyByteIsStored() {
        StaffPrincipal initech = fixture.workspace("Initech", USD);

        assertRejected(() -> approvals.addVersion(initech, AddVersion.of(logoWork.id(), "Not theirs"),
                upload("logo.txt", LOGO)), ErrorCode.DELIVERABLE_NOT_FOUND);

        assertThat(fixture.fileStore.metadata(ContentHash.ofText(LOGO))).isEmpty();
        assertThat(approvals.get(owner, logoWork.id()).versions()).isEmpty();
    }

    private void assertNothingWritten(int auditBefore, int eventsBefore) {
        assertThat(approvals.get(owner, logoWork.id()).versions()).isEmpty();
        assertThat(fixture.portal.files().library(owner, globex.id())).isEmpty();
        assertThat(auditEntries()).hasSize(auditBefore);
        assertThat(fixture.events).hasSize(eventsBefore);
    }

    private List<AuditEntry> auditEntries() {
        return fixture.portal.audit().entries(owner, 1, 1000);
    }

    private static String read(FileDownload download) throws IOException {
        try (InputStream content = download.content()) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static FileUpload upload(String name, String text) {
        return new FileUpload(name, "text/plain", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
