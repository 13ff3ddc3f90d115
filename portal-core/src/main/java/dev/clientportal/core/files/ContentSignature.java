package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that content starts the way its declared type says (a "PNG" that is really an HTML page is refused), by
 * peeking at the first bytes before the stream is stored. Text types have no signature; they are refused when they
 * look like markup a browser would run (a browser that sniffs, or a host that serves them inline, would otherwise
 * turn an uploaded {@code text/plain} into a page) or hold a NUL byte (binary content, or UTF-16 text whose markup an
 * ASCII scan would miss).
 */
final class ContentSignature {

    private static final int PEEK = 12;
    /** How much of a text is scanned for markup; browsers sniff at most the first 1445 bytes. */
    private static final int TEXT_PEEK = 4096;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Markup openers refused at the start of a text (the WHATWG sniffing table, plus SVG, MathML and friends). */
    private static final List<String> STARTS = List.of("!doctype", "html", "head", "body", "script", "iframe",
            "frameset", "frame", "object", "embed", "applet", "svg", "math", "xml", "xsl", "style", "title", "meta",
            "link", "base", "form", "img", "table", "font", "div", "h1", "a", "b", "br", "p", "?xml");
    /** Markup openers refused anywhere in the scanned part of a text: those that run script or load content. */
    private static final List<String> ANYWHERE = List.of("!doctype", "html", "body", "script", "iframe", "frameset",
            "frame", "object", "embed", "applet", "svg", "math", "xml", "xsl", "meta", "base", "?xml");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/gif", "GIF8".getBytes(StandardCharsets.US_ASCII),
            "application/zip", ZIP);

    private ContentSignature() {
    }

    /** The stream, unchanged, once its first bytes matched the declared type. */
    static InputStream verified(InputStream content, String contentType) {
        if (contentType.startsWith("text/")) {
            return verifiedText(content, contentType);
        }
        PushbackInputStream stream = new PushbackInputStream(content, PEEK);
        byte[] head = new byte[PEEK];
        int read;
        try {
            read = stream.readNBytes(head, 0, PEEK);
            stream.unread(head, 0, read);
        } catch (IOException e) {
            throw new PortalException(ErrorCode.FILE_UNREADABLE, "the upload could not be read: " + e.getMessage(), e);
        }
        byte[] expected = expectedSignature(contentType);
        boolean webp = contentType.equals("image/webp");
        boolean matches = webp ? read >= 12 && startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && Arrays.equals(head, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4)
                : expected == null || (read >= expected.length && startsWith(head, expected));
        if (!matches) {
            throw PortalException.invalid(ErrorCode.FILE_TYPE_NOT_ALLOWED, "contentType", contentType,
                    "the content does not start like a " + contentType + " file");
        }
        return stream;
    }

    private static InputStream verifiedText(InputStream content, String contentType) {
        PushbackInputStream stream = new PushbackInputStream(content, TEXT_PEEK);
        byte[] head = new byte[TEXT_PEEK];
        int read;
        try {
            read = stream.readNBytes(head, 0, TEXT_PEEK);
            stream.unread(head, 0, read);
        } catch (IOException e) {
            throw new PortalException(ErrorCode.FILE_UNREADABLE, "the upload could not be read: " + e.getMessage(), e);
        }
        String text = new String(head, 0, read, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int start = read >= UTF8_BOM.length && startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (start < text.length() && isWhitespace(text.charAt(start))) {
            start++;
        }
        if (text.startsWith("<!--", start) || opensTag(text, start, STARTS) || opensTagAnywhere(text)) {
            throw PortalException.invalid(ErrorCode.FILE_TYPE_NOT_ALLOWED, "contentType", contentType,
                    "the content is markup (HTML, SVG or XML) that a browser could run as a page, not plain "
                            + contentType);
        }
        return new NulRefusingStream(stream, contentType);
    }

    private static boolean opensTagAnywhere(String text) {
        for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
            if (opensTag(text, at, ANYWHERE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code <} at {@code at} opens one of the tags (its name followed by white space, > or /). */
    private static boolean opensTag(String text, int at, List<String> tags) {
        if (at >= text.length() || text.charAt(at) != '<') {
            return false;
        }
        for (String tag : tags) {
            int end = at + 1 + tag.length();
            if (text.startsWith(tag, at + 1) && (end == text.length() || endsTagName(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsTagName(char next) {
        return isWhitespace(next) || next == '>' || next == '/' || next == ':';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static byte @Nullable [] expectedSignature(String contentType) {
        if (contentType.startsWith("application/vnd.openxmlformats-officedocument.")
                || contentType.startsWith("application/vnd.oasis.opendocument.")) {
            return ZIP;
        }
        return SIGNATURES.get(contentType);
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Fails the read that meets a NUL byte, anywhere in the stream, with {@link ErrorCode#FILE_TYPE_NOT_ALLOWED}. */
    private static final class NulRefusingStream extends FilterInputStream {

        private final String contentType;

        NulRefusingStream(InputStream in, String contentType) {
            super(in);
            this.contentType = contentType;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next == 0) {
                throw refused();
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            for (int i = offset; i < offset + count; i++) {
                if (buffer[i] == 0) {
                    throw refused();
                }
            }
            return count;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes would go unchecked
            return n > 0 && read() >= 0 ? 1 : 0;
        }

        private PortalException refused() {
            return PortalException.invalid(ErrorCode.FILE_TYPE_NOT_ALLOWED, "contentType", contentType,
                    "the content holds a NUL byte, so it is binary (or UTF-16) rather than " + contentType);
        }
    }
}
