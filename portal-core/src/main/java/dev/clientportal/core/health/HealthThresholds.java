package dev.clientportal.core.health;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.time.Duration;

/**
 * When the portal counts as degraded: more events waiting in the outbox than {@code maxOutboxBacklog}, or a
 * scheduled job that has not completed for longer than its silence. Set the silences from the host's schedule, a few
 * times the delay between runs.
 *
 * @param maxOutboxBacklog  the most undelivered events that are still healthy, at least 0
 * @param relaySilence      the longest time without a completed relay run, positive
 * @param automationSilence the longest time without a completed automation run, positive
 */
public record HealthThresholds(long maxOutboxBacklog, Duration relaySilence, Duration automationSilence) {

    /**
     * Requires a non-negative backlog and positive silences.
     *
     * @param maxOutboxBacklog  the most undelivered events that are still healthy
     * @param relaySilence      the longest time without a completed relay run
     * @param automationSilence the longest time without a completed automation run
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for a negative backlog or a silence that is not positive
     */
    public HealthThresholds {
        if (maxOutboxBacklog < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxOutboxBacklog", maxOutboxBacklog,
                    "must not be negative");
        }
        positive(relaySilence, "relaySilence");
        positive(automationSilence, "automationSilence");
    }

    /**
     * Thresholds for the usual schedule (relay every few seconds, automation every 15 minutes): 1,000 waiting
     * events, one minute without a relay run, one hour without an automation run.
     *
     * @return the default thresholds
     */
    public static HealthThresholds defaults() {
        return new HealthThresholds(1_000, Duration.ofMinutes(1), Duration.ofHours(1));
    }

    private static void positive(Duration silence, String field) {
        PortalException.requireField(silence, field);
        if (silence.isNegative() || silence.isZero()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, silence, "must be positive");
        }
    }
}
