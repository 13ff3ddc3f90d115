package dev.clientportal.core.files;

import java.util.Objects;

/**
 * Content as a {@link FileStore} holds it.
 *
 * @param hash its SHA-256, which is also its address
 * @param size its length in bytes
 */
public record StoredContent(ContentHash hash, long size) {

    /**
     * Requires a hash and a non-negative size.
     *
     * @param hash its SHA-256, which is also its address
     * @param size its length in bytes
     */
    public StoredContent {
        Objects.requireNonNull(hash, "hash");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }
}
