package dev.clientportal.core.health;

import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.outbox.RelayResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class HealthMonitorTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
    private static final HealthThresholds THRESHOLDS = new HealthThresholds(100, Duration.ofMinutes(1),
            Duration.ofMinutes(30));

    private final HealthMonitor monitor = new HealthMonitor(THRESHOLDS, START);

    @Test
    void jobsThatRunOnTime_withNothingWaiting_areUp() {
        monitor.relayRan(new RelayResult(12, 0, 3), START.plusSeconds(5));
        monitor.automationRan(new RunResult(2, 3, 0, 0, 4), START.plusSeconds(20));

        PortalHealth health = monitor.check(START.plusSeconds(50));

        assertThat(health.isUp()).isTrue();
        assertThat(health.problems()).isEmpty();
        assertThat(health.outboxBacklog()).isEqualTo(3);
        assertThat(health.lastRelay()).isEqualTo(START.plusSeconds(5));
        assertThat(health.lastAutomationRun()).isEqualTo(START.plusSeconds(20));
        assertThat(health.automationLeftOver()).as("a run whose budget ran out is not a problem").isEqualTo(4);
    }

    @Test
    void beforeTheFirstRuns_theSilenceCountsFromTheStart() {
        assertThat(monitor.check(START.plusSeconds(59)).isUp()).isTrue();

        PortalHealth late = monitor.check(START.plusSeconds(61));

        assertThat(late.status()).isEqualTo(PortalHealth.Status.DEGRADED);
        assertThat(late.problems()).containsExactly(
                "the outbox relay has not completed a run since the start, 61 s ago (limit 60 s)");
    }

    @Test
    void aJobThatStopsRunning_degradesThePortal_untilItRunsAgain() {
        monitor.relayRan(new RelayResult(0, 0, 0), START.plusSeconds(10));
        monitor.automationRan(new RunResult(0, 0, 0, 0, 0), START.plusSeconds(10));

        PortalHealth stalled = monitor.check(START.plus(Duration.ofMinutes(31)));
        assertThat(stalled.problems()).containsExactly(
                "the outbox relay last completed 1850 s ago (limit 60 s)",
                "the automation last completed 1850 s ago (limit 1800 s)");

        monitor.relayRan(new RelayResult(0, 0, 0), START.plus(Duration.ofMinutes(31)));
        monitor.automationRan(new RunResult(0, 0, 0, 0, 0), START.plus(Duration.ofMinutes(31)));
        assertThat(monitor.check(START.plus(Duration.ofMinutes(31))).isUp()).isTrue();
    }

    @Test
    void aFailedRun_degradesThePortal_untilTheNextRunCompletes() {
        monitor.relayRan(new RelayResult(0, 0, 0), START);
        monitor.automationRan(new RunResult(0, 0, 0, 0, 0), START);
        monitor.relayFailed(new PortalException(ErrorCode.STORE_UNAVAILABLE, "database down"), START.plusSeconds(5));
        monitor.automationFailed(new IllegalStateException("boom"), START.plusSeconds(6));

        PortalHealth failing = monitor.check(START.plusSeconds(7));
        assertThat(failing.problems()).containsExactly(
                "the outbox relay failed at 2026-12-07T09:00:05Z: PortalException [" + ErrorCode.STORE_UNAVAILABLE.code()
                        + "]",
                "the automation run failed at 2026-12-07T09:00:06Z: IllegalStateException");

        monitor.relayRan(new RelayResult(1, 0, 0), START.plusSeconds(10));
        monitor.automationRan(new RunResult(0, 0, 0, 0, 0), START.plusSeconds(10));
        assertThat(monitor.check(START.plusSeconds(11)).isUp()).isTrue();
    }

    @Test
    void aBacklogBeyondTheLimit_andWorkWaitingForARetry_degradeThePortal() {
        monitor.relayRan(new RelayResult(500, 2, 101), START.plusSeconds(5));
        monitor.automationRan(new RunResult(1, 1, 0, 3, 0), START.plusSeconds(5));

        PortalHealth health = monitor.check(START.plusSeconds(6));

        assertThat(health.outboxBacklog()).isEqualTo(101);
        assertThat(health.problems()).containsExactly(
                "101 events wait in the outbox (more than 100)",
                "2 events could not be published in the last relay run; they are retried after a backoff",
                "3 pieces of automated work failed in the last run; they are retried in the next");
    }

    @Test
    void thresholdsMustMakeSense() {
        assertRejected(() -> new HealthThresholds(-1, Duration.ofMinutes(1), Duration.ofHours(1)),
                ErrorCode.INVALID_VALUE);
        assertRejected(() -> new HealthThresholds(10, Duration.ZERO, Duration.ofHours(1)), ErrorCode.INVALID_VALUE);
        assertRejected(() -> new HealthThresholds(10, Duration.ofMinutes(1), Duration.ofSeconds(-1)),
                ErrorCode.INVALID_VALUE);
        assertThat(HealthThresholds.defaults().maxOutboxBacklog()).isEqualTo(1_000);
    }
}
