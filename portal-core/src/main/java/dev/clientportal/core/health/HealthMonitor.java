package dev.clientportal.core.health;

import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.outbox.RelayResult;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Follows the portal's scheduled work on one instance and tells whether it keeps up. The host's scheduler reports
 * every relay run ({@code portal.eventRelay().deliverDue}) and automation run ({@code portal.automation().runDue}),
 * or its failure; the host's health endpoint asks {@link #check}. Safe to use from several threads.
 *
 * <p>The portal is degraded when a job has not completed within its silence (counted from the monitor's start
 * before the first run), when its last attempt failed, when more events wait in the outbox than allowed, or when
 * events or automated work failed and wait for a retry.
 */
public final class HealthMonitor {

    private final HealthThresholds thresholds;
    private final Instant startedAt;

    private @Nullable Instant lastRelay;
    private @Nullable RelayResult relayResult;
    private @Nullable String relayFailure;
    private @Nullable Instant lastAutomationRun;
    private @Nullable RunResult automationResult;
    private @Nullable String automationFailure;

    /**
     * A monitor whose silences count from {@code startedAt} until the first run completes.
     *
     * @param thresholds when the portal counts as degraded
     * @param startedAt  when the instance started its scheduler
     */
    public HealthMonitor(HealthThresholds thresholds, Instant startedAt) {
        this.thresholds = PortalException.requireField(thresholds, "thresholds");
        this.startedAt = PortalException.requireField(startedAt, "startedAt");
    }

    /**
     * Records a completed relay run.
     *
     * @param result what the run did, with the events still undelivered
     * @param at     when it completed
     */
    public synchronized void relayRan(RelayResult result, Instant at) {
        relayResult = Objects.requireNonNull(result, "result");
        lastRelay = Objects.requireNonNull(at, "at");
        relayFailure = null;
    }

    /**
     * Records a relay run that threw.
     *
     * @param failure what it threw
     * @param at      when
     */
    public synchronized void relayFailed(RuntimeException failure, Instant at) {
        relayFailure = describe(failure, at);
    }

    /**
     * Records a completed automation run.
     *
     * @param result what the run did, with the work it left over and the work that failed
     * @param at     when it completed
     */
    public synchronized void automationRan(RunResult result, Instant at) {
        automationResult = Objects.requireNonNull(result, "result");
        lastAutomationRun = Objects.requireNonNull(at, "at");
        automationFailure = null;
    }

    /**
     * Records an automation run that threw.
     *
     * @param failure what it threw
     * @param at      when
     */
    public synchronized void automationFailed(RuntimeException failure, Instant at) {
        automationFailure = describe(failure, at);
    }

    /**
     * The portal's health now.
     *
     * @param now the current time
     * @return UP, or DEGRADED with what is wrong
     */
    public synchronized PortalHealth check(Instant now) {
        Objects.requireNonNull(now, "now");
        List<String> problems = new ArrayList<>(4);
        silence(problems, "the outbox relay", lastRelay, thresholds.relaySilence(), now);
        silence(problems, "the automation", lastAutomationRun, thresholds.automationSilence(), now);
        if (relayFailure != null) {
            problems.add("the outbox relay failed " + relayFailure);
        }
        if (automationFailure != null) {
            problems.add("the automation run failed " + automationFailure);
        }
        long backlog = relayResult == null ? 0 : relayResult.remaining();
        if (backlog > thresholds.maxOutboxBacklog()) {
            problems.add(backlog + " events wait in the outbox (more than " + thresholds.maxOutboxBacklog() + ")");
        }
        if (relayResult != null && relayResult.failed() > 0) {
            problems.add(relayResult.failed() + " events could not be published in the last relay run; they are "
                    + "retried after a backoff");
        }
        if (automationResult != null && automationResult.failedWillRetry() > 0) {
            problems.add(automationResult.failedWillRetry() + " pieces of automated work failed in the last run; "
                    + "they are retried in the next");
        }
        return new PortalHealth(problems.isEmpty() ? PortalHealth.Status.UP : PortalHealth.Status.DEGRADED,
                problems, backlog, lastRelay, lastAutomationRun,
                automationResult == null ? 0 : automationResult.remaining());
    }

    private void silence(List<String> problems, String job, @Nullable Instant last, Duration limit, Instant now) {
        Instant since = last == null ? startedAt : last;
        Duration quiet = Duration.between(since, now);
        if (quiet.compareTo(limit) > 0) {
            problems.add(job + (last == null ? " has not completed a run since the start, " : " last completed ")
                    + quiet.toSeconds() + " s ago (limit " + limit.toSeconds() + " s)");
        }
    }

    private static String describe(RuntimeException failure, Instant at) {
        String code = failure instanceof PortalException portal ? " [" + portal.errorCode().code() + "]" : "";
        return "at " + at + ": " + failure.getClass().getSimpleName() + code;
    }
}
