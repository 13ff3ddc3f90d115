package dev.clientportal.core.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Creates 256-bit secrets and hashes them for storage. Raw secrets leave the SDK once, in the result of the call
 * that created them; only hashes are stored.
 */
final class SecretTokens {

    private static final int SECRET_BYTES = 32;
    private static final int PREFIX_LENGTH = 8;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(SecretTokens::sha256);

    private final SecureRandom random;

    SecretTokens(SecureRandom random) {
        this.random = random;
    }

    /** A new secret: 256 random bits, URL-safe Base64 (43 characters). */
    String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return ENCODER.encodeToString(secret);
    }

    /** The hex SHA-256 of a secret, as stored and looked up. */
    static String hash(String secret) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return HEX.formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares two hashes in time independent of where they differ. */
    static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    /** The first characters of a secret, the unit of per-token rate limiting; reveals nothing usable. */
    static String prefix(String secret) {
        return secret.length() <= PREFIX_LENGTH ? secret : secret.substring(0, PREFIX_LENGTH);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
