package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts failed redemptions per token prefix and per client address, and requests for sign-in links per email
 * address and per client address, in fixed windows, and refuses those over their limit. The counts live in a
 * {@link RateLimitCounter}: this instance's memory by default, the database when the stores count there, so that
 * several instances share one limit.
 *
 * <p>Each kind of count has keys of its own ({@link Kind#key}): requests never use up the failure budget of an
 * address, so a valid token is never refused because links were asked for; and the in-memory counter bounds every
 * kind apart, so a flood of one kind cannot evict the counts of another.
 */
final class SignInRateLimiter {

    private static final int MAX_PLAIN_VALUE = 256;

    /** What a count is about; the name starts every key of the kind. */
    enum Kind {
        /** Failed redemptions of tokens beginning alike. */
        FAILED_PREFIX("failed-prefix"),
        /** Failed redemptions from one client address. */
        FAILED_ADDRESS("failed-address"),
        /** Requests for sign-in links to one email address of one workspace. */
        REQUESTED_EMAIL("requested-email"),
        /** Requests for sign-in links from one client address. */
        REQUESTED_ADDRESS("requested-address");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** The counter key of a value of this kind; values are caller input of any length, long ones go by hash. */
        String key(String value) {
            return prefix + ":" + (value.length() <= MAX_PLAIN_VALUE ? value : "sha256:" + SecretTokens.hash(value));
        }

        /** The kind's name as audit entries show it. */
        String label() {
            return prefix;
        }
    }

    /** How a counted request stands against its limit. */
    enum Verdict {
        /** Within the limit. */
        ALLOWED,
        /** The first request over the limit in its window: the moment worth reporting. */
        TRIPPED,
        /** Over the limit, and reported already. */
        REFUSED;

        boolean refused() {
            return this != ALLOWED;
        }
    }

    private final RateLimitCounter counter;
    private final Clock clock;
    private final Duration window;
    private final int perPrefix;
    private final int perAddress;
    private final int requestsPerEmail;
    private final int requestsPerAddress;

    SignInRateLimiter(AccessSettings settings, RateLimitCounter counter, Clock clock) {
        this.counter = counter;
        this.clock = clock;
        this.window = settings.rateLimitWindow();
        this.perPrefix = settings.attemptsPerTokenPrefix();
        this.perAddress = settings.attemptsPerAddress();
        this.requestsPerEmail = settings.requestsPerEmail();
        this.requestsPerAddress = settings.requestsPerAddress();
    }

    /**
     * Refuses a redemption when its token prefix or the client address has failed too often in the window. Only
     * failures count (see {@link #failed}): an office behind one address opening or asking for its links is never
     * limited.
     *
     * @throws PortalException {@link ErrorCode#RATE_LIMITED} when over a limit
     */
    void check(String secret, String address) {
        if (counter.count(Kind.FAILED_PREFIX.key(SecretTokens.prefix(secret)), window, clock.instant()) >= perPrefix
                || (!address.isEmpty() && counter.count(Kind.FAILED_ADDRESS.key(address), window, clock.instant())
                >= perAddress)) {
            throw limited();
        }
    }

    /**
     * Counts a failed redemption (unknown, expired, used or revoked secret) against its prefix and address.
     *
     * @return the kinds this failure used up (their next redemption is refused), empty when none
     */
    List<Kind> failed(String secret, String address) {
        List<Kind> exhausted = new ArrayList<>(2);
        if (counter.hit(Kind.FAILED_PREFIX.key(SecretTokens.prefix(secret)), window, clock.instant()) == perPrefix) {
            exhausted.add(Kind.FAILED_PREFIX);
        }
        if (!address.isEmpty() && counter.hit(Kind.FAILED_ADDRESS.key(address), window, clock.instant())
                == perAddress) {
            exhausted.add(Kind.FAILED_ADDRESS);
        }
        return exhausted;
    }

    /** Counts one request for sign-in links from a client address (none when the address is unknown). */
    Verdict requestFrom(String address) {
        return address.isEmpty() ? Verdict.ALLOWED
                : verdict(counter.hit(Kind.REQUESTED_ADDRESS.key(address), window, clock.instant()),
                requestsPerAddress);
    }

    /**
     * Counts one request for sign-in links to an email address of an existing workspace, successful or not — each
     * sends an email. The caller passes the address as contacts are looked up by
     * ({@link dev.clientportal.core.client.ContactRepository#emailKey}), so no spelling of it counts apart.
     */
    Verdict requestFor(WorkspaceId workspaceId, String emailKey) {
        return verdict(counter.hit(Kind.REQUESTED_EMAIL.key(workspaceId + ":" + emailKey), window, clock.instant()),
                requestsPerEmail);
    }

    private static Verdict verdict(int hits, int limit) {
        if (hits <= limit) {
            return Verdict.ALLOWED;
        }
        return hits == limit + 1 ? Verdict.TRIPPED : Verdict.REFUSED;
    }

    static PortalException limited() {
        return new PortalException(ErrorCode.RATE_LIMITED,
                "too many sign-in attempts from this address or for this link; try again later");
    }
}
