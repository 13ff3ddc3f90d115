package dev.clientportal.examples.springhost;

import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.health.HealthMonitor;
import dev.clientportal.core.health.HealthThresholds;
import dev.clientportal.core.outbox.RelayResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's component of {@code /actuator/health}: UP while the jobs keep up, DEGRADED with the reasons. */
class PortalHealthIndicatorTest {

    private static final Instant START = Instant.parse("2026-12-07T09:00:00Z");

    private final HealthMonitor monitor = new HealthMonitor(
            new HealthThresholds(100, Duration.ofMinutes(1), Duration.ofHours(1)), START);
    private final PortalHealthIndicator indicator = new PortalHealthIndicator(monitor);

    @Test
    void jobsOnTime_areUp_withTheBacklogInTheDetails() {
        monitor.relayRan(new RelayResult(4, 0, 2), START.plusSeconds(5));
        monitor.automationRan(new RunResult(1, 1, 0, 0, 0), START.plusSeconds(6));

        Health health = indicator.healthAt(START.plusSeconds(10));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("outboxBacklog", 2L)
                .containsEntry("lastRelay", "2026-12-07T09:00:05Z").doesNotContainKey("problems");
    }

    @Test
    void aStalledRelay_andAPilingBacklog_areDegraded_withTheProblemsNamed() {
        monitor.relayRan(new RelayResult(0, 0, 250), START.plusSeconds(5));

        Health health = indicator.healthAt(START.plusSeconds(90));

        assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.getDetails().get("problems")).isEqualTo(List.of(
                "the outbox relay last completed 85 s ago (limit 60 s)",
                "250 events wait in the outbox (more than 100)"));
    }
}
