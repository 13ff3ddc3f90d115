package dev.clientportal.core.access;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of redeeming a magic link: the signed-in principal and its session secret. The host stores
 * {@link #sessionToken()} in an HttpOnly, Secure cookie and passes it to {@link Access#authenticate} on each request.
 *
 * @param principal        who signed in
 * @param sessionToken     the raw session secret; only its hash is stored
 * @param sessionExpiresAt when the session ends at the latest (its absolute lifetime)
 */
public record SignedIn(ContactPrincipal principal, String sessionToken, Instant sessionExpiresAt) {

    /**
     * Requires every field.
     *
     * @param principal        who signed in
     * @param sessionToken     the raw session secret; only its hash is stored
     * @param sessionExpiresAt when the session ends at the latest (its absolute lifetime)
     */
    public SignedIn {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(sessionToken, "sessionToken");
        Objects.requireNonNull(sessionExpiresAt, "sessionExpiresAt");
    }

    /** Leaves the secret out. */
    @Override
    public String toString() {
        return "SignedIn[" + principal + ", sessionExpiresAt=" + sessionExpiresAt + "]";
    }
}
