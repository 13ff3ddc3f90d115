package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class FileLibraryTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final ClientRequest BROWSER = ClientRequest.get("203.0.113.7", "Mozilla/5.0 Firefox/133.0");

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final FileLibrary files = fixture.portal.files();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final ContactPrincipal ana = signIn(globex, "ana@globex.example", Role.BILLING);

    @Test
    void theBusinessSharesAFile_andTheClientOpensItWhichRecordsAView() throws IOException {
        SharedFile shared = files.share(owner, globex.id(), upload("logo-v2.png", "image/png", PNG));

        assertThat(shared.source()).isEqualTo(SharedFile.Source.BUSINESS);
        assertThat(shared.content().size()).isEqualTo(PNG.length);
        assertThat(files.library(ana)).extracting(SharedFile::id).containsExactly(shared.id());
        FileDownload download = files.open(ana, shared.id(), BROWSER);
        try (InputStream in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(PNG);
        }
        assertThat(fixture.portal.analytics().engagement(owner, DocumentRef.of(DocumentType.FILE, shared.id())))
                .hasValueSatisfying(engagement -> assertThat(engagement.humanViews()).isEqualTo(1));
        assertThat(fixture.eventsOf(FileAddedToLibrary.class)).hasSize(1);
    }

    @Test
    void aContactUploadsToItsLibrary_withThePathCutOffTheName() {
        SharedFile uploaded = files.upload(ana, upload("C:\\Users\\ana\\brief.txt", "text/plain; charset=utf-8",
                "the brief".getBytes(StandardCharsets.UTF_8)));
        assertThat(uploaded.name()).isEqualTo("brief.txt");
        assertThat(uploaded.contentType()).isEqualTo("text/plain");
        assertThat(uploaded.source()).isEqualTo(SharedFile.Source.CLIENT);
        assertThat(files.library(owner, globex.id())).extracting(SharedFile::id).containsExactly(uploaded.id());
    }

    @Test
    void disallowedTypesOversizedFilesAndDisguisedContent_areRefusedAndNothingIsRecorded() {
        assertRejected(() -> files.upload(ana, upload("page.html", "text/html", "<script>".getBytes())),
                ErrorCode.FILE_TYPE_NOT_ALLOWED);
        assertRejected(() -> files.upload(ana, upload("fake.png", "image/png", "<html>".getBytes())),
                ErrorCode.FILE_TYPE_NOT_ALLOWED);
        PortalFixture small = PortalFixture.inMemory();
        FileLibrary limited = dev.clientportal.core.ClientPortal.builder().clock(small.clock).stores(small.stores)
                .fileStore(small.fileStore)
                .filePolicy(FilePolicy.DEFAULTS.withMaxBytes(10)).build().files();
        StaffPrincipal smallOwner = small.workspace("Tiny", USD);
        Client client = small.client(smallOwner, "Globex");
        assertRejected(() -> limited.share(smallOwner, client.id(), upload("big.txt", "text/plain", new byte[11])),
                ErrorCode.FILE_TOO_LARGE);
        assertThat(files.library(ana)).isEmpty();
        assertThat(limited.library(smallOwner, client.id())).isEmpty();
    }

    @Test
    void aContactNeverOpensAnotherClientsFile_andReadOnlyPrincipalsAndLinksCannotUpload() {
        Client initech = fixture.client(owner, "Initech");
        SharedFile theirs = files.share(owner, initech.id(), upload("plan.txt", "text/plain", "x".getBytes()));
        assertRejected(() -> files.open(ana, theirs.id(), BROWSER), ErrorCode.FILE_NOT_FOUND);
        ContactPrincipal viewer = signIn(globex, "viewer@globex.example", Role.VIEWER);
        assertRejected(() -> files.upload(viewer, upload("a.txt", "text/plain", "x".getBytes())),
                ErrorCode.ROLE_REQUIRED);
        assertRejected(() -> files.upload(PortalPrincipal.staffPreview(owner, globex.id()),
                upload("a.txt", "text/plain", "x".getBytes())), ErrorCode.READ_ONLY_ACCESS);
        var link = fixture.openLink(owner, DocumentRef.of(DocumentType.FILE, theirs.id()));
        assertRejected(() -> files.upload(link, upload("a.txt", "text/plain", "x".getBytes())),
                ErrorCode.DOCUMENT_NOT_FOUND);
        assertThat(files.library(owner, initech.id())).extracting(SharedFile::id).containsExactly(theirs.id());
        StaffPrincipal otherWorkspace = fixture.workspace("Initrode", USD);
        assertRejected(() -> files.open(otherWorkspace, theirs.id()), ErrorCode.FILE_NOT_FOUND);
    }

    @Test
    void aRemovedFileLeavesTheLibraryAndCannotBeOpenedByTheClient() {
        SharedFile shared = files.share(owner, globex.id(), upload("old.txt", "text/plain", "old".getBytes()));
        files.remove(owner, shared.id());
        assertThat(files.library(ana)).isEmpty();
        assertRejected(() -> files.open(ana, shared.id(), BROWSER), ErrorCode.FILE_NOT_FOUND);
    }

    private static FileUpload upload(String name, String type, byte[] bytes) {
        InputStream content = new ByteArrayInputStream(bytes);
        return new FileUpload(name, type, content);
    }

    private ContactPrincipal signIn(Client client, String email, Role... roles) {
        var contact = fixture.portal.clients().addContact(owner, new AddContact(client.id(), email, email,
                Set.of(roles)));
        return fixture.portal.access().signIn(fixture.portal.access().invite(owner, contact.id()).token(), BROWSER)
                .principal();
    }
}
