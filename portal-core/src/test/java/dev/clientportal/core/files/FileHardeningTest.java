package dev.clientportal.core.files;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Files that cannot carry script: sniffed text, safe names and extensions, verified content, download headers. */
class FileHardeningTest {

    private static final ClientRequest BROWSER = ClientRequest.get("203.0.113.7", "Mozilla/5.0 Firefox/133.0");

    @TempDir
    Path directory;

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final FileLibrary files = fixture.portal.files();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    // ---- text that is really markup ----

    @Test
    void htmlUploadedAsPlainTextNamedInvoiceHtml_isRefused() {
        assertRefusedAsMarkup("invoice.html", "text/plain",
                "<!DOCTYPE html><html><body><script>steal(document.cookie)</script></body></html>");
    }

    @Test
    void svgUploadedAsPlainTextNamedLogoSvg_isRefused() {
        assertRefusedAsMarkup("logo.svg", "text/plain",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");
    }

    @Test
    void htmlUploadedAsCsv_isRefused() {
        assertRefusedAsMarkup("export.csv", "text/csv", "<html><img src=x onerror=alert(1)></html>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF<ScRiPt>alert(1)</script>", " \r\n\t <IFRAME src=\"https://evil.example\">",
            "<?xml version=\"1.0\"?><x/>", "<!-- hello --><p>hi", "<a href=\"javascript:alert(1)\">pay</a>",
            "name,amount\nAna,12\n<script>alert(1)</script>", "<object data=\"x.swf\"></object>"})
    void markupAfterABomWhitespaceOrAFewLines_inAnyCase_isRefused(String content) {
        assertRefusedAsMarkup("notes.txt", "text/plain", content);
    }

    @Test
    void aNulByteAnywhereInText_isRefused_evenFarBeyondTheFirstBytes() {
        byte[] content = ("a".repeat(100_000) + "\0" + "b").getBytes(StandardCharsets.US_ASCII);
        assertRejected(() -> files.share(owner, globex.id(), upload("notes.txt", "text/plain", content)),
                ErrorCode.FILE_TYPE_NOT_ALLOWED).hasMessageContaining("NUL");
        assertRejected(() -> files.share(owner, globex.id(), upload("data.csv", "text/csv",
                "a,b\0\n".getBytes(StandardCharsets.US_ASCII))), ErrorCode.FILE_TYPE_NOT_ALLOWED);
        assertThat(files.library(owner, globex.id())).isEmpty();
    }

    @Test
    void ordinaryTextWithAngleBrackets_isStillAccepted() {
        String csv = "item,note\nlogo,\"size < 2 MB, ratio 3<4\"\nbrief,<draft> pending\n";
        SharedFile shared = files.share(owner, globex.id(), upload("items.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(shared.content().size()).isEqualTo(csv.getBytes(StandardCharsets.UTF_8).length);
    }

    // ---- names and extensions ----

    @Test
    void theStoredNamesExtension_comesFromTheAllowedType() {
        assertThat(share("invoice.html", "text/plain", "just text").name()).isEqualTo("invoice.txt");
        assertThat(share("logo.svg", "text/plain", "just text").name()).isEqualTo("logo.txt");
        assertThat(share("report", "text/csv", "a,b").name()).isEqualTo("report.csv");
        assertThat(share("Mr. Smith notes", "text/plain", "hi").name()).isEqualTo("Mr. Smith notes.txt");
        assertThat(share("notes.TXT", "text/plain", "hi").name()).isEqualTo("notes.TXT");
        assertThat(share("photo.jpeg", "image/jpeg", new String(new char[] {0xFF, 0xD8, 0xFF}, 0, 3)).name())
                .isEqualTo("photo.jpeg");
        assertThat(share("invoice.", "text/plain", "hi").name()).isEqualTo("invoice.txt");
    }

    @Test
    void namesLoseBidiOverridesZeroWidthAndControlCharacters_andAreNfc() {
        assertThat(share("invoice\u202Etxt.exe", "text/plain", "hi").name()).isEqualTo("invoicetxt.txt");
        assertThat(share("in\u200Bvo\u200Dice\u2066\uFEFF.txt", "text/plain", "hi").name()).isEqualTo("invoice.txt");
        assertThat(share("line\u2028two\u0007.txt", "text/plain", "hi").name()).isEqualTo("line two.txt");
        assertThat(share("Cafe\u0301.txt", "text/plain", "hi").name()).isEqualTo("Caf\u00E9.txt");
        assertRejected(() -> share("\u202E\u200B", "text/plain", "hi"), ErrorCode.INVALID_VALUE);
    }

    @Test
    void aLongNameIsCutOnACodePoint_andKeepsItsExtension() {
        String name = share("a".repeat(250) + "\uD83D\uDE00".repeat(10) + ".txt", "text/plain", "hi").name();

        assertThat(name).hasSizeLessThanOrEqualTo(255).endsWith(".txt");
        assertThat(name.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)).isTrue();
        String longer = new FileUpload("a".repeat(254) + "\uD83D\uDE00", "text/plain", InputStream.nullInputStream())
                .name();
        assertThat(longer).isEqualTo("a".repeat(254));
    }

    // ---- streams and stored content ----

    @Test
    void aStreamReturningNothingOnceThenData_isStoredWhole_inALocalStore() throws IOException {
        FileLibrary local = portalOn(LocalFileStore.in(directory)).files();
        StaffPrincipal localOwner = fixture.workspace("Local", USD);
        Client client = fixture.client(localOwner, "Globex");
        String first = "the brief ".repeat(1000);
        String rest = "and the rest of it";

        SharedFile shared = local.share(localOwner, client.id(), new FileUpload("brief.txt", "text/plain",
                hiccup(first.getBytes(StandardCharsets.UTF_8), rest.getBytes(StandardCharsets.UTF_8))));

        assertThat(shared.content().size()).isEqualTo(first.length() + rest.length());
        try (InputStream in = local.open(localOwner, shared.id()).content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first + rest);
        }
    }

    @Test
    void aStreamThatNeverProgresses_failsAsUnreadable_insteadOfSpinning() {
        InputStream stuck = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return 0;
            }
        };
        assertRejected(() -> files.share(owner, globex.id(), new FileUpload("stuck.txt", "text/plain", stuck)),
                ErrorCode.FILE_UNREADABLE);
        assertThat(files.library(owner, globex.id())).isEmpty();
    }

    @Test
    void aFileTamperedWithOnDisk_isRefusedWhenServed_notHandedOut() throws IOException {
        ClientPortal local = portalOn(LocalFileStore.in(directory));
        SharedFile shared = local.files().share(owner, globex.id(), upload("brief.txt", "text/plain",
                "the real brief".getBytes(StandardCharsets.UTF_8)));
        String hex = shared.content().hash().hex();
        Files.writeString(directory.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex),
                "<script>alert(1)</script>");

        assertRejected(() -> local.files().open(owner, shared.id()), ErrorCode.FILE_CONTENT_CORRUPTED)
                .hasMessageContaining(hex);
        var ana = fixture.signedInAs(owner, fixture.contact(owner, globex, "Ana Ruiz", Role.BILLING));
        assertRejected(() -> local.files().open(ana, shared.id(), BROWSER), ErrorCode.FILE_CONTENT_CORRUPTED);
    }

    @Test
    void contentChangedWhileBeingServed_failsTheStreamAtItsEnd() throws IOException {
        ClientPortal local = portalOn(LocalFileStore.in(directory));
        SharedFile shared = local.files().share(owner, globex.id(), upload("brief.txt", "text/plain",
                "the real brief".getBytes(StandardCharsets.UTF_8)));
        String hex = shared.content().hash().hex();
        Path path = directory.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);

        InputStream content = local.files().open(owner, shared.id()).content();
        Files.writeString(path, "the fake brief");

        try (content) {
            assertThatThrownBy(content::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining(hex);
        }
    }

    // ---- download headers ----

    @Test
    void aDownloadCarriesHeadersThatKeepBrowsersFromRunningIt() {
        SharedFile shared = share("Caf\u00E9 \"menu\" 100%.txt", "text/plain", "soup");

        DownloadHeaders headers = files.open(owner, shared.id()).headers();

        assertThat(headers.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(headers.contentLength()).isEqualTo(4);
        assertThat(headers.contentDisposition()).isEqualTo("attachment; filename=\"Cafe _menu_ 100_.txt\"; "
                + "filename*=UTF-8''Caf%C3%A9%20%22menu%22%20100%25.txt");
        assertThat(headers.asMap()).containsExactly(
                entry("Content-Type", "text/plain; charset=utf-8"),
                entry("Content-Length", "4"),
                entry("Content-Disposition", headers.contentDisposition()),
                entry("X-Content-Type-Options", "nosniff"),
                entry("Content-Security-Policy", "sandbox; default-src 'none'"));
    }

    @Test
    void aBinaryDownloadHasNoCharset() {
        SharedFile shared = files.share(owner, globex.id(), upload("scan.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertThat(files.open(owner, shared.id()).headers().contentType()).isEqualTo("application/pdf");
    }

    // ---- the policy ----

    @Test
    void aPolicyCannotAllowTypesThatCarryScript_orTypesWithoutAKnownExtension() {
        for (String type : Set.of("text/html", "image/svg+xml", "application/xhtml+xml", "text/xml",
                "application/x-unknown")) {
            assertThatThrownBy(() -> new FilePolicy(1024, Set.of("text/plain", type)))
                    .isInstanceOf(PortalException.class).hasMessageContaining(type);
        }
        assertThat(new FilePolicy(1024, Set.of("Text/Markdown; charset=utf-8")).storedName("README", "text/markdown"))
                .isEqualTo("README.md");
    }

    private void assertRefusedAsMarkup(String name, String type, String content) {
        assertRejected(() -> files.share(owner, globex.id(), upload(name, type,
                content.getBytes(StandardCharsets.UTF_8))), ErrorCode.FILE_TYPE_NOT_ALLOWED)
                .hasMessageContaining("markup");
        assertThat(files.library(owner, globex.id())).isEmpty();
    }

    private SharedFile share(String name, String type, String content) {
        return files.share(owner, globex.id(), upload(name, type, content.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private ClientPortal portalOn(FileStore store) {
        return ClientPortal.builder().clock(fixture.clock).stores(fixture.stores).fileStore(store).build();
    }

    private static FileUpload upload(String name, String type, byte[] bytes) {
        return new FileUpload(name, type, new ByteArrayInputStream(bytes));
    }

    /** Returns the first part, then nothing once (as a slow network stream may), then the rest. */
    static InputStream hiccup(byte[] first, byte[] rest) {
        return new InputStream() {
            private final ByteArrayInputStream head = new ByteArrayInputStream(first);
            private final ByteArrayInputStream tail = new ByteArrayInputStream(rest);
            private boolean paused;

            @Override
            public int read() {
                byte[] one = new byte[1];
                int read;
                do {
                    read = read(one, 0, 1);
                } while (read == 0);
                return read < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int read = head.read(buffer, offset, length);
                if (read > 0 || length == 0) {
                    return Math.max(read, 0);
                }
                if (!paused) {
                    paused = true;
                    return 0;
                }
                return tail.read(buffer, offset, length);
            }
        };
    }
}
