package dev.clientportal.core.files;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A SHA-256 content hash in lower-case hex: the address of stored content and the fingerprint that decisions,
 * signatures and approvals record as evidence of exactly what was decided on.
 *
 * @param hex 64 lower-case hex digits
 */
public record ContentHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final HexFormat FORMAT = HexFormat.of();

    /**
     * Requires 64 lower-case hex digits, so a hash can never carry a path or anything else.
     *
     * @param hex 64 lower-case hex digits
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} otherwise
     */
    public ContentHash {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "contentHash", hex,
                    "must be a SHA-256 in 64 lower-case hex digits");
        }
    }

    /**
     * The hash of a finished digest.
     *
     * @param digest a SHA-256 digest that has read all the content; it is reset by this call
     * @return the hash of what the digest read
     */
    public static ContentHash of(MessageDigest digest) {
        return new ContentHash(FORMAT.formatHex(digest.digest()));
    }

    /**
     * The hash of a text, as UTF-8.
     *
     * @param text the text to hash
     * @return the SHA-256 of the text's UTF-8 bytes
     */
    public static ContentHash ofText(String text) {
        MessageDigest digest = sha256();
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        return of(digest);
    }

    /**
     * A fresh SHA-256 digest.
     *
     * @return a new SHA-256 {@link MessageDigest}
     */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
