package dev.clientportal.core.automation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry schedule of declined auto-charges: 1, 3 and 5 days after the first decline, then none; never within a
 * day of the attempt before.
 */
class ChargeRetriesTest {

    private static final Instant FIRST_DECLINE = Instant.parse("2026-03-02T10:15:00Z");

    @Test
    void retriesFollowTheFirstDecline_after1_3_and5Days() {
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 1, FIRST_DECLINE))
                .contains(Instant.parse("2026-03-03T10:15:00Z"));
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 2, Instant.parse("2026-03-03T10:15:00Z")))
                .contains(Instant.parse("2026-03-05T10:15:00Z"));
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 3, Instant.parse("2026-03-05T10:15:00Z")))
                .contains(Instant.parse("2026-03-07T10:15:00Z"));
    }

    @Test
    void afterTheFourthAttempt_nothingIsRetried() {
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 4, Instant.parse("2026-03-07T10:15:00Z"))).isEmpty();
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 5, Instant.parse("2026-03-08T10:15:00Z"))).isEmpty();
        assertThat(ChargeRetries.MAX_ATTEMPTS).isEqualTo(4);
    }

    @Test
    void aLateRetry_doesNotPushTheNextOneBack_whenADayIsLeftBetweenThem() {
        Instant lateSecond = Instant.parse("2026-03-03T22:15:00Z");

        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 2, lateSecond))
                .contains(Instant.parse("2026-03-05T10:15:00Z"));
    }

    @Test
    void afterAnOutage_theMissedRetriesAreMadeADayApart_notInARow() {
        Instant afterOutage = Instant.parse("2026-03-09T08:00:00Z");

        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 2, afterOutage))
                .contains(afterOutage.plus(Duration.ofDays(1)));
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 3, afterOutage.plus(Duration.ofDays(1))))
                .contains(afterOutage.plus(Duration.ofDays(2)));
    }

    @Test
    void attemptNumbersBelowOne_haveNoRetry() {
        assertThat(ChargeRetries.nextAttempt(FIRST_DECLINE, 0, FIRST_DECLINE)).isEmpty();
    }
}
