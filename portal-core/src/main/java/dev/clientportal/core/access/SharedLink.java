package dev.clientportal.core.access;

import java.util.Objects;

/**
 * A document link just created, with its raw secret for the host to put into a URL. Only its hash is stored.
 *
 * @param link  the stored link
 * @param token the raw secret
 */
public record SharedLink(DocumentLink link, String token) {

    /**
     * Requires both parts.
     *
     * @param link  the stored link
     * @param token the raw secret
     */
    public SharedLink {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(token, "token");
    }

    /** Leaves the secret out. */
    @Override
    public String toString() {
        return "SharedLink[" + link.id() + " → " + link.document() + ", expiresAt=" + link.expiresAt() + "]";
    }
}
