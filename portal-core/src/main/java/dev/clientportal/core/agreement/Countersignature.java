package dev.clientportal.core.agreement;

import dev.clientportal.core.access.Evidence;

import java.util.Objects;

/**
 * The business's signature on one agreement version.
 *
 * @param user     the workspace user who countersigned, as the host names them
 * @param evidence when, on which document hash, under which typed name (address and user agent are empty: the host
 *                 authenticates its own users)
 */
public record Countersignature(String user, Evidence evidence) {

    /**
     * Requires every part.
     *
     * @param user     the workspace user who countersigned, as the host names them
     * @param evidence when, on which document hash, under which typed name (address and user agent are empty: the host
     *                 authenticates its own users)
     */
    public Countersignature {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(evidence, "evidence");
    }
}
