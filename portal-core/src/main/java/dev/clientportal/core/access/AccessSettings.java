package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.time.Duration;

/**
 * How long portal credentials live and how hard sign-in may be tried.
 *
 * @param signInLinkTtl          validity of a requested magic link (default 15 minutes)
 * @param invitationTtl          validity of an invitation link (default 7 days)
 * @param sessionIdleTimeout     a session ends after this long without a request (default 2 hours, sliding)
 * @param sessionLifetime        a session ends this long after sign-in however active (default 7 days)
 * @param documentLinkTtl        a document link lives this long after the document's due date, or after it was
 *                               shared when the document has no due date (default 30 days)
 * @param attemptsPerTokenPrefix failed redemptions allowed per token prefix per window (default 5)
 * @param attemptsPerAddress     failed redemptions allowed per client address per window (default 30)
 * @param rateLimitWindow        the rate-limit window (default 15 minutes)
 * @param requestsPerEmail       sign-in link requests allowed per email address and workspace per window (default 5);
 *                               each one sends an email, so this bounds the mail one address receives
 * @param requestsPerAddress     sign-in link requests allowed per client address per window (default 100); counted
 *                               apart from failed redemptions, so an office behind one address asking for its own
 *                               links never stops those links from opening
 */
public record AccessSettings(Duration signInLinkTtl, Duration invitationTtl, Duration sessionIdleTimeout,
                             Duration sessionLifetime, Duration documentLinkTtl, int attemptsPerTokenPrefix,
                             int attemptsPerAddress, Duration rateLimitWindow, int requestsPerEmail,
                             int requestsPerAddress) {

    /** The defaults listed on the components. */
    public static final AccessSettings DEFAULTS = new AccessSettings(Duration.ofMinutes(15), Duration.ofDays(7),
            Duration.ofHours(2), Duration.ofDays(7), Duration.ofDays(30), 5, 30, Duration.ofMinutes(15), 5, 100);

    /**
     * Requires positive durations and limits.
     *
     * @param signInLinkTtl          validity of a requested magic link (default 15 minutes)
     * @param invitationTtl          validity of an invitation link (default 7 days)
     * @param sessionIdleTimeout     a session ends after this long without a request (default 2 hours, sliding)
     * @param sessionLifetime        a session ends this long after sign-in however active (default 7 days)
     * @param documentLinkTtl        a document link lives this long after the document's due date, or after it was
     *                               shared when the document has no due date (default 30 days)
     * @param attemptsPerTokenPrefix failed redemptions allowed per token prefix per window (default 5)
     * @param attemptsPerAddress     failed redemptions allowed per client address per window (default 30)
     * @param rateLimitWindow        the rate-limit window (default 15 minutes)
     * @param requestsPerEmail       sign-in link requests allowed per email address and workspace per window (default
     *                               5); each one sends an email, so this bounds the mail one address receives
     * @param requestsPerAddress     sign-in link requests allowed per client address per window (default 100); counted
     *                               apart from failed redemptions, so an office behind one address asking for its own
     *                               links never stops those links from opening
     */
    public AccessSettings {
        positive(signInLinkTtl, "signInLinkTtl");
        positive(invitationTtl, "invitationTtl");
        positive(sessionIdleTimeout, "sessionIdleTimeout");
        positive(sessionLifetime, "sessionLifetime");
        positive(documentLinkTtl, "documentLinkTtl");
        positive(rateLimitWindow, "rateLimitWindow");
        if (attemptsPerTokenPrefix < 1 || attemptsPerAddress < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "attempts",
                    attemptsPerTokenPrefix + "/" + attemptsPerAddress, "limits must be at least 1");
        }
        if (requestsPerEmail < 1 || requestsPerAddress < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "requests",
                    requestsPerEmail + "/" + requestsPerAddress, "limits must be at least 1");
        }
    }

    private static void positive(Duration value, String field) {
        PortalException.requireField(value, field);
        if (value.isNegative() || value.isZero()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, value, "must be positive");
        }
    }

    /**
     * These settings with another magic-link validity.
     *
     * @param ttl how long a requested magic link stays valid; positive
     * @return these settings with another magic-link validity
     */
    public AccessSettings withSignInLinkTtl(Duration ttl) {
        return new AccessSettings(ttl, invitationTtl, sessionIdleTimeout, sessionLifetime, documentLinkTtl,
                attemptsPerTokenPrefix, attemptsPerAddress, rateLimitWindow, requestsPerEmail, requestsPerAddress);
    }

    /**
     * These settings with other session timeouts.
     *
     * @param idleTimeout a session ends after this long without a request; positive
     * @param lifetime    a session ends this long after sign-in however active; positive
     * @return these settings with other session timeouts
     */
    public AccessSettings withSessions(Duration idleTimeout, Duration lifetime) {
        return new AccessSettings(signInLinkTtl, invitationTtl, idleTimeout, lifetime, documentLinkTtl,
                attemptsPerTokenPrefix, attemptsPerAddress, rateLimitWindow, requestsPerEmail, requestsPerAddress);
    }

    /**
     * These settings with other rate limits.
     *
     * @param perTokenPrefix failed redemptions allowed per token prefix per window
     * @param perAddress     failed redemptions allowed per client address per window
     * @param window         the rate-limit window
     * @return these settings with other rate limits
     */
    public AccessSettings withRateLimits(int perTokenPrefix, int perAddress, Duration window) {
        return new AccessSettings(signInLinkTtl, invitationTtl, sessionIdleTimeout, sessionLifetime, documentLinkTtl,
                perTokenPrefix, perAddress, window, requestsPerEmail, requestsPerAddress);
    }

    /**
     * These settings with other limits on requests for sign-in links (in the same window as failures).
     *
     * @param perEmail   sign-in link requests allowed per email address and workspace per window
     * @param perAddress sign-in link requests allowed per client address per window
     * @return these settings with other limits on requests for sign-in links (in the same window as failures)
     */
    public AccessSettings withRequestLimits(int perEmail, int perAddress) {
        return new AccessSettings(signInLinkTtl, invitationTtl, sessionIdleTimeout, sessionLifetime, documentLinkTtl,
                attemptsPerTokenPrefix, attemptsPerAddress, rateLimitWindow, perEmail, perAddress);
    }
}
