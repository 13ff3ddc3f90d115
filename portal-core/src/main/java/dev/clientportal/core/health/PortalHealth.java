package dev.clientportal.core.health;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The portal's health on one instance at one moment.
 *
 * @param status            {@link Status#UP}, or {@link Status#DEGRADED} when {@code problems} is not empty
 * @param problems          what is wrong, one sentence each, for an operator; empty when up
 * @param outboxBacklog     undelivered events after the last relay run (0 before the first)
 * @param lastRelay         when the last relay run completed, or {@code null} before the first
 * @param lastAutomationRun when the last automation run completed, or {@code null} before the first
 * @param automationLeftOver work the last automation run left for the next one (its budget ran out)
 */
public record PortalHealth(Status status, List<String> problems, long outboxBacklog, @Nullable Instant lastRelay,
                           @Nullable Instant lastAutomationRun, int automationLeftOver) {

    /** Whether the portal's scheduled work keeps up. */
    public enum Status {
        /** The relay and automation run on time and nothing waits beyond the thresholds. */
        UP,
        /** Something is late, failing or piling up; the portal still serves requests. */
        DEGRADED
    }

    /**
     * Copies the problems and requires the status to agree with them.
     *
     * @param status            UP or DEGRADED
     * @param problems          what is wrong
     * @param outboxBacklog     undelivered events after the last relay run
     * @param lastRelay         when the last relay run completed
     * @param lastAutomationRun when the last automation run completed
     * @param automationLeftOver work the last automation run left over
     */
    public PortalHealth {
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
        if ((status == Status.UP) != problems.isEmpty()) {
            throw new IllegalArgumentException("a portal is UP exactly when it has no problems: " + status + ", "
                    + problems);
        }
    }

    /**
     * Whether nothing is wrong.
     *
     * @return {@code true} when the status is {@link Status#UP}
     */
    public boolean isUp() {
        return status == Status.UP;
    }
}
