package dev.clientportal.core.access;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Counts redemption attempts per token prefix and per client address in fixed windows and refuses those over the
 * limit. The counts live in a {@link RateLimitCounter}: this instance's memory by default, the database when the
 * stores count there, so that several instances share one limit.
 */
final class SignInRateLimiter {

    private static final int MAX_PLAIN_VALUE = 256;

    private final RateLimitCounter counter;
    private final Clock clock;
    private final Duration window;
    private final int perPrefix;
    private final int perAddress;

    SignInRateLimiter(AccessSettings settings, RateLimitCounter counter, Clock clock) {
        this.counter = counter;
        this.clock = clock;
        this.window = settings.rateLimitWindow();
        this.perPrefix = settings.attemptsPerTokenPrefix();
        this.perAddress = settings.attemptsPerAddress();
    }

    /**
     * Refuses a redemption when its token prefix or the client address has failed too often in the window. Only
     * failures count (see {@link #failed}): an office behind one address opening its links is never limited.
     *
     * @throws PortalException {@link ErrorCode#RATE_LIMITED} when over a limit
     */
    void check(String secret, String address) {
        if (counter.count(prefixKey(secret), window, clock.instant()) >= perPrefix
                || (!address.isEmpty() && counter.count(addressKey(address), window, clock.instant()) >= perAddress)) {
            throw limited();
        }
    }

    /** Counts a failed redemption (unknown, expired, used or revoked secret) against its prefix and address. */
    void failed(String secret, String address) {
        counter.hit(prefixKey(secret), window, clock.instant());
        if (!address.isEmpty()) {
            counter.hit(addressKey(address), window, clock.instant());
        }
    }

    /**
     * Counts one request for sign-in links to an email address in a workspace, successful or not — each sends an
     * email, so every request counts; the whole address is the unit, so people whose addresses begin alike do not
     * share a limit.
     *
     * @throws PortalException {@link ErrorCode#RATE_LIMITED} when the email or the client address is over its limit
     */
    void attemptForEmail(WorkspaceId workspaceId, String email, String address) {
        int emailRequests = counter.hit(key("email:" + workspaceId + ":", email.toLowerCase(Locale.ROOT)), window,
                clock.instant());
        int addressRequests = address.isEmpty() ? 0 : counter.hit(addressKey(address), window, clock.instant());
        if (emailRequests > perPrefix || addressRequests > perAddress) {
            throw limited();
        }
    }

    private static String prefixKey(String secret) {
        return key("prefix:", SecretTokens.prefix(secret));
    }

    private static String addressKey(String address) {
        return key("address:", address);
    }

    /** A counter key; values are caller input of any length, so long ones are counted by their hash. */
    private static String key(String kind, String value) {
        return kind + (value.length() <= MAX_PLAIN_VALUE ? value : "sha256:" + SecretTokens.hash(value));
    }

    private static PortalException limited() {
        return new PortalException(ErrorCode.RATE_LIMITED,
                "too many sign-in attempts from this address or for this link; try again later");
    }
}
