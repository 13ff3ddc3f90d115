package dev.clientportal.stripe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stripe idempotency keys derived from the portal's: prefixed by what the call does (a key never serves two kinds of
 * request), and hashed when Stripe would not take it as it is (longer than 255 characters, or not printable ASCII).
 * The same portal key always gives the same Stripe key, so a retry after a crash reuses it.
 */
final class IdempotencyKeys {

    private static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    static String derive(String operation, String portalKey) {
        String key = "portal:" + operation + ":" + portalKey;
        if (key.length() <= MAX_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return key;
        }
        return "portal:" + operation + ":sha256:" + sha256(portalKey);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
