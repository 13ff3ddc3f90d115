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
     * Counts one attempt.
     *
     * @throws PortalException {@link ErrorCode#RATE_LIMITED} when the token prefix or the address is over its limit
     */
    void attempt(String secret, String address) {
        count(SecretTokens.prefix(secret), address);
    }

    /**
     * Counts one request for sign-in links to an email address; the whole address is the unit, so that people whose
     * addresses begin alike do not share a limit.
     *
     * @throws PortalException {@link ErrorCode#RATE_LIMITED} when the email or the client address is over its limit
     */
    void attemptForEmail(String email, String address) {
        count("email:" + email.toLowerCase(Locale.ROOT), address);
    }

    /** An {@code email:} key is longer than any token prefix, so the two kinds of subject never share a counter. */
    private void count(String subject, String address) {
        int prefixAttempts = byPrefix.get(subject, key -> new AtomicInteger()).incrementAndGet();
        int addressAttempts = address.isEmpty() ? 0
                : byAddress.get(address, key -> new AtomicInteger()).incrementAndGet();
        if (prefixAttempts > perPrefix || addressAttempts > perAddress) {
            throw new PortalException(ErrorCode.RATE_LIMITED,
                    "too many sign-in attempts from this address or for this link; try again later");
        }
    }
}
