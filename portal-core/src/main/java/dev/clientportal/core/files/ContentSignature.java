package dev.clientportal.core.files;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Checks that content starts the way its declared type says (a "PNG" that is really an HTML page is refused), by
 * peeking at the first bytes before the stream is stored. Types without a fixed signature (text, CSV) pass.
 */
final class ContentSignature {

    private static final int PEEK = 12;
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

    private static byte[] expectedSignature(String contentType) {
        if (contentType.startsWith("application/vnd.openxmlformats-officedocument.")
                || contentType.startsWith("application/vnd.oasis.opendocument.")) {
            return ZIP;
        }
        return SIGNATURES.get(contentType);
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
