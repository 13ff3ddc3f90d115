package dev.clientportal.core.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts redemption attempts per token prefix and per client address in fixed windows and refuses those over the
 * limit. Counters live in this instance (Caffeine); each instance limits on its own, which bounds guessing per
 * instance — the 256-bit secrets are what makes guessing hopeless.
 */
final class SignInRateLimiter {

    private final Cache<String, AtomicInteger> byPrefix;
    private final Cache<String, AtomicInteger> byAddress;
    private final int perPrefix;
    private final int perAddress;

    SignInRateLimiter(AccessSettings settings, Clock clock) {
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.byPrefix = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(settings.rateLimitWindow())
                .maximumSize(100_000).build();
        this.byAddress = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(settings.rateLimitWindow())
                .maximumSize(100_000).build();
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
        AtomicInteger prefixFailures = byPrefix.getIfPresent(SecretTokens.prefix(secret));
        AtomicInteger addressFailures = address.isEmpty() ? null : byAddress.getIfPresent(address);
        if ((prefixFailures != null && prefixFailures.get() >= perPrefix)
                || (addressFailures != null && addressFailures.get() >= perAddress)) {
            throw limited();
        }
    }

    /** Counts a failed redemption (unknown, expired, used or revoked secret) against its prefix and address. */
    void failed(String secret, String address) {
        byPrefix.get(SecretTokens.prefix(secret), key -> new AtomicInteger()).incrementAndGet();
        if (!address.isEmpty()) {
            byAddress.get(address, key -> new AtomicInteger()).incrementAndGet();
        }
    }

    /**
     * Counts one request for sign-in links to an email address, successful or not — each sends an email, so every
     * request counts; the whole address is the unit, so people whose addresses begin alike do not share a limit.
     *
     * @throws PortalException {@link ErrorCode#RATE_LIMITED} when the email or the client address is over its limit
     */
    void attemptForEmail(String email, String address) {
        int emailRequests = byPrefix.get("email:" + email.toLowerCase(Locale.ROOT), key -> new AtomicInteger())
                .incrementAndGet();
        int addressRequests = address.isEmpty() ? 0
                : byAddress.get(address, key -> new AtomicInteger()).incrementAndGet();
        if (emailRequests > perPrefix || addressRequests > perAddress) {
            throw limited();
        }
    }

    private static PortalException limited() {
        return new PortalException(ErrorCode.RATE_LIMITED,
                "too many sign-in attempts from this address or for this link; try again later");
    }
}
