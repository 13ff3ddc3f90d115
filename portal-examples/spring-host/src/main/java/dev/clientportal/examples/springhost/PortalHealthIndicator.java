package dev.clientportal.examples.springhost;

import dev.clientportal.core.health.HealthMonitor;
import dev.clientportal.core.health.PortalHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The portal's own health under {@code /actuator/health}, beside Boot's database check: whether this instance's
 * outbox relay and automation runs happen and keep up. A degraded portal still serves pages, so its status
 * {@code DEGRADED} answers 200 (see {@code application.properties}); an operator sees the problems in the details.
 */
@Component("portal")
class PortalHealthIndicator implements HealthIndicator {

    /** The status of a portal whose scheduled work is late, failing or piling up. */
    static final Status DEGRADED = new Status("DEGRADED", "the portal's scheduled work is late, failing or piling up");

    private final HealthMonitor monitor;

    PortalHealthIndicator(HealthMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Health health() {
        return healthAt(Instant.now());
    }

    /** The health as of {@code now}. */
    Health healthAt(Instant now) {
        PortalHealth health = monitor.check(now);
        Health.Builder builder = health.isUp() ? Health.up() : Health.status(DEGRADED);
        builder.withDetail("outboxBacklog", health.outboxBacklog())
                .withDetail("automationLeftOver", health.automationLeftOver());
        if (health.lastRelay() != null) {
            builder.withDetail("lastRelay", health.lastRelay().toString());
        }
        if (health.lastAutomationRun() != null) {
            builder.withDetail("lastAutomationRun", health.lastAutomationRun().toString());
        }
        if (!health.problems().isEmpty()) {
            builder.withDetail("problems", health.problems());
        }
        return builder.build();
    }
}
