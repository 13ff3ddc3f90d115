package dev.clientportal.core.kernel;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryOnConflictTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aTransactionThatLostRaces_runsAgainUntilItCommits() {
        String result = RetryOnConflict.run(() -> {
            if (runs.incrementAndGet() < 3) {
                throw lostRace();
            }
            return "committed";
        });

        assertThat(result).isEqualTo("committed");
        assertThat(runs).hasValue(3);
    }

    @Test
    void aTransactionThatKeepsLosing_endsWithTheLastLostRace_afterTheAttemptsAsked() {
        PortalException last = lostRace();

        assertThatThrownBy(() -> RetryOnConflict.run(4, () -> {
            runs.incrementAndGet();
            throw runs.get() == 4 ? last : lostRace();
        })).isSameAs(last);
        assertThat(runs).hasValue(4);
    }

    @Test
    void otherFailures_reachTheCallerAtOnce_evenRetryableOnes() {
        PortalException unavailable = new PortalException(ErrorCode.STORE_UNAVAILABLE, "the database is down");
        PortalException conflict = new PortalException(ErrorCode.DUPLICATE_KEY, "INV-7 exists");
        IllegalStateException bug = new IllegalStateException("a bug");

        for (RuntimeException failure : new RuntimeException[] {unavailable, conflict, bug}) {
            runs.set(0);
            assertThatThrownBy(() -> RetryOnConflict.run(() -> {
                runs.incrementAndGet();
                throw failure;
            })).isSameAs(failure);
            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void anAttemptCountOutOfRange_isRejectedBeforeAnythingRuns() {
        for (int attempts : new int[] {0, -1, RetryOnConflict.MAX_ATTEMPTS + 1}) {
            assertThatThrownBy(() -> RetryOnConflict.run(attempts, runs::incrementAndGet))
                    .isInstanceOfSatisfying(PortalException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
                        assertThat(e.field()).contains("attempts");
                    });
        }
        assertThat(runs).hasValue(0);
    }

    @Test
    void anInterruptDuringThePause_endsTheRetries_withTheLostRaceAndTheInterruptKept() {
        PortalException lost = lostRace();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> RetryOnConflict.run(() -> {
                runs.incrementAndGet();
                throw lost;
            })).isSameAs(lost);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(lost.getSuppressed()).singleElement().isInstanceOf(InterruptedException.class);
            assertThat(runs).hasValue(1);
        } finally {
            Thread.interrupted();
        }
    }

    private static PortalException lostRace() {
        return new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "invoice INV-7 changed meanwhile");
    }
}
