package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.automation.RunBudget;
import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.outbox.RelayResult;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * The portal's scheduled work on every instance: relaying events whose after-commit delivery did not happen (a crash
 * between commit and publish), the automation run (reminders, recurring invoices, late fees), and writing the views
 * queued for the view log (every {@code portal.analytics.view-delay}, 1 s, and once more when the host stops). Claims
 * in the database keep two instances from doing the same work twice. Delays: {@code portal.jobs.relay-delay} (5 s)
 * and {@code portal.jobs.automation-delay} (15 min).
 */
@Singleton
class PortalJobs {

    private static final Logger LOG = LoggerFactory.getLogger(PortalJobs.class);
    private static final int BATCH = 500;

    private final ClientPortal portal;

    PortalJobs(ClientPortal portal) {
        this.portal = portal;
    }

    @Scheduled(fixedDelay = "${portal.jobs.relay-delay:5s}", initialDelay = "${portal.jobs.relay-delay:5s}")
    void relay() {
        RelayResult relayed = portal.eventRelay().deliverDue(BATCH);
        if (relayed.delivered() > 0 || relayed.failed() > 0) {
            LOG.info("outbox relay delivered {} events ({} failed, {} still due)", relayed.delivered(),
                    relayed.failed(), relayed.remaining());
        }
    }

    @Scheduled(fixedDelay = "${portal.analytics.view-delay:1s}", initialDelay = "${portal.analytics.view-delay:1s}")
    void writeQueuedViews() {
        portal.analytics().flushViews();
    }

    /** At shutdown, while the database is still open; a failed write is logged by the portal with its count. */
    @PreDestroy
    void writeLastViews() {
        portal.analytics().flushViews();
    }

    @Scheduled(fixedDelay = "${portal.jobs.automation-delay:15m}",
            initialDelay = "${portal.jobs.automation-delay:15m}")
    void automate() {
        RunResult run = portal.automation().runDue(Instant.now(), RunBudget.messages(BATCH));
        LOG.info("automation run sent {} messages, issued {} invoices, applied {} late fees", run.sent(),
                run.issued(), run.lateFeesApplied());
    }
}
