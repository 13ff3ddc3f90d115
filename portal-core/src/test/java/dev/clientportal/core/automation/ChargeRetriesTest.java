package dev.clientportal.core.automation;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry schedule of declined auto-charges: 1, 3 and 5 days after the first decline, then none. */
class ChargeRetriesTest {

    private static final Instant FIRST_DECLINE = Instant.parse("2026-03-02T10:15:00Z");

    @Test
    void retriesFollowTheFirstDecline_after1_3_and5Days() {
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 1)).contains(Instant.parse("2026-03-03T10:15:00Z"));
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 2)).contains(Instant.parse("2026-03-05T10:15:00Z"));
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 3)).contains(Instant.parse("2026-03-07T10:15:00Z"));
    }

    @Test
    void afterTheFourthAttempt_nothingIsRetried() {
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 4)).isEmpty();
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 5)).isEmpty();
        assertThat(ChargeRetries.MAX_ATTEMPTS).isEqualTo(4);
    }

    @Test
    void aRetryIsCountedFromTheFirstDecline_notFromTheRetryBeforeIt() {
        Instant lateSecondAttempt = FIRST_DECLINE.plusSeconds(2 * 86_400);

        Optional<Instant> third = ChargeRetries.nextAttempt(FIRST_DECLINE, 2);

        assertThat(third).contains(FIRST_DECLINE.plusSeconds(3 * 86_400));
        assertThat(third.get()).isBefore(lateSecondAttempt.plusSeconds(2 * 86_400));
    }

    @Test
    void attemptNumbersBelowOne_haveNoRetry() {
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 0)).isEmpty();
    }
}
