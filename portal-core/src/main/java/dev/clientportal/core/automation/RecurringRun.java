package dev.clientportal.core.automation;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.document.PayLinks;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.DatedIssuing;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.notices.NotificationDraft;
import dev.clientportal.core.notices.Part;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One recurring run: pages through the templates with a period due, and issues each template's due periods in
 * order, one unit of work per period that issues the invoice dated to the period, moves the progress on and
 * completes the period's claim. A period another instance holds ends the template's turn in this run, so periods
 * are never done out of order and progress never passes a period that was not issued.
 */
final class RecurringRun {

    /** Templates per page read from the store. */
    static final int PAGE = 200;
    /** Zones are at most 14 hours ahead of UTC: a period may be due one UTC day early. */
    private static final int ZONE_MARGIN_DAYS = 1;
    private static final Logger LOG = LoggerFactory.getLogger(RecurringRun.class);

    private final RecurringTemplates templates;
    private final WorkClaims claims;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final DatedIssuing issuing;
    private final PayLinks payLinks;
    private final Notices notifier;
    private final Optional<ChargeAttempts> attempts;
    private final String owner;
    private final PortalRuntime runtime;

    RecurringRun(RecurringTemplates templates, WorkClaims claims, WorkspaceRepository workspaces,
                 ClientRepository clients, DatedIssuing issuing, PayLinks payLinks, Notices notifier,
                 Optional<ChargeAttempts> attempts, String owner, PortalRuntime runtime) {
        this.attempts = attempts;
        this.templates = templates;
        this.claims = claims;
        this.workspaces = workspaces;
        this.clients = clients;
        this.issuing = issuing;
        this.payLinks = payLinks;
        this.notifier = notifier;
        this.owner = owner;
        this.runtime = runtime;
    }

    /** What a recurring run did: periods issued, periods that failed and stay due, templates left for later. */
    record Outcome(int issued, int failedWillRetry, int remaining) {
    }

    Outcome run(Instant now, int maxIssues) {
        LocalDate through = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(ZONE_MARGIN_DAYS);
        Counts counts = new Counts();
        Optional<RecurringTemplateId> after = Optional.empty();
        while (true) {
            Optional<RecurringTemplateId> from = after;
            List<RecurringProgress> page = runtime.read(() -> templates.due(through, from, PAGE));
            for (RecurringProgress progress : page) {
                if (counts.issued >= maxIssues) {
                    counts.remaining++;
                } else {
                    issueDuePeriods(progress, now, maxIssues, counts);
                }
            }
            if (page.size() < PAGE) {
                return new Outcome(counts.issued, counts.failed, counts.remaining);
            }
            after = Optional.of(page.get(page.size() - 1).templateId());
        }
    }

    private void issueDuePeriods(RecurringProgress progress, Instant now, int maxIssues, Counts counts) {
        WorkspaceId workspaceId = progress.workspaceId();
        Optional<Workspace> workspace = runtime.read(() -> workspaces.find(workspaceId));
        Optional<RecurringTemplate> found = runtime.read(() -> templates.find(workspaceId, progress.templateId()));
        if (workspace.isEmpty() || found.isEmpty() || found.get().status() != RecurringStatus.ACTIVE) {
            return;
        }
        RecurringTemplate template = found.get();
        LocalDate today = LocalDate.ofInstant(now, workspace.get().settings().timeZone());
        for (int index = progress.issued(); template.hasPeriod(index)
                && !template.periodDate(index).isAfter(today); index++) {
            if (counts.issued >= maxIssues) {
                counts.remaining++;
                return;
            }
            if (!issuePeriod(template, index, now, counts)) {
                return;
            }
        }
    }

    /** Claims, issues and completes one period; answers whether the template may go on to the next one. */
    private boolean issuePeriod(RecurringTemplate template, int index, Instant now, Counts counts) {
        WorkspaceId workspaceId = template.workspaceId();
        LocalDate date = template.periodDate(index);
        WorkKey key = WorkKey.recurring(template.id().value(), date.toString());
        if (!runtime.execute(events -> claims.tryClaim(workspaceId, key, owner, now, ReminderRun.CLAIM_LEASE))) {
            return false;
        }
        boolean issued = false;
        try {
            issued = runtime.execute(events -> issueAndComplete(template.id(), workspaceId, index, date, key, now));
            if (issued) {
                counts.issued++;
            }
            return issued;
        } catch (RuntimeException e) {
            LOG.warn("recurring invoice {} of workspace {}, period {}, failed and stays due: {}", template.id(),
                    workspaceId, date, e.toString());
            counts.failed++;
            return false;
        } finally {
            if (!issued) {
                release(runtime, claims, workspaceId, key, owner);
            }
        }
    }

    /**
     * The unit of work of one period: checks again that the template is active and the period is next, issues the
     * invoice dated to the period, moves the progress on, schedules its first charge when auto-charge is on,
     * completes the claim and queues the invoice's message.
     */
    private boolean issueAndComplete(RecurringTemplateId id, WorkspaceId workspaceId, int index, LocalDate date,
                                     WorkKey key, Instant now) {
        Optional<RecurringTemplate> current = templates.find(workspaceId, id);
        Optional<RecurringProgress> progress = templates.progress(workspaceId, id);
        if (current.isEmpty() || current.get().status() != RecurringStatus.ACTIVE || progress.isEmpty()
                || progress.get().issued() != index) {
            return false;
        }
        RecurringTemplate template = current.get();
        StaffPrincipal system = StaffPrincipal.system(workspaceId);
        Invoice invoice = issuing.createAndIssueOn(system, template.draftOn(date), date);
        templates.advance(workspaceId, id, index + 1, template.nextDate(index + 1));
        if (template.autoCharge() != null) {
            attempts.ifPresent(log -> log.schedule(ChargeAttempt.due(template, date, 1, invoice.id(), now, null)));
        }
        claims.complete(workspaceId, key, owner);
        runtime.audit().record(workspaceId, system.actor(), "recurring.period_issued", "recurring_template",
                id.toString(), Map.of("period", date.toString(), "invoice", invoice.id().toString(),
                        "number", invoice.requireNumber()));
        if (template.autoSend() && notifier.sends()) {
            Workspace workspace = workspaces.require(workspaceId);
            Client client = clients.require(workspaceId, template.clientId());
            notifier.sendAfterCommit(() -> invoiceMessage(workspace, client, invoice, date));
        }
        return true;
    }

    private NotificationDraft invoiceMessage(Workspace workspace, Client client, Invoice invoice, LocalDate period) {
        Locale workspaceLanguage = workspace.settings().locale();
        Optional<URI> payUrl = payLinks.payUrl(invoice);
        Part link = payUrl.map(Part::value).orElseGet(() -> Part.phrase(language ->
                "de".equals(language.getLanguage()) ? "Ihrem Kundenportal" : "your client portal"));
        return NotificationDraft.of(workspace.id(), Notification.Kind.INVOICE_ISSUED, client.email(),
                        client.documentLocale(workspaceLanguage), workspaceLanguage,
                        Map.of("business.name", Part.value(workspace.settings().name()),
                                "business.email", Part.value(workspace.settings().email()),
                                "client.name", Part.value(client.name()),
                                "invoice.number", Part.value(invoice.requireNumber()),
                                "invoice.date", Part.value(invoice.requireIssueDate()),
                                "amount", Part.value(invoice.total()),
                                "due.date", Part.value(invoice.requireDueDate()), "link", link))
                .about(DocumentRef.of(DocumentType.INVOICE, invoice.id())).forClient(client.id())
                .step("period " + period);
    }

    /** Gives a claim up so a later run issues the period; a claim lost meanwhile is someone else's now. */
    static void release(PortalRuntime runtime, WorkClaims claims, WorkspaceId workspaceId, WorkKey key,
                        String owner) {
        try {
            runtime.run(events -> claims.release(workspaceId, key, owner));
        } catch (PortalException e) {
            if (e.errorCode() != ErrorCode.WORK_CLAIM_LOST) {
                LOG.warn("claim {} of workspace {} not released; it is free again when its lease ends: {}", key,
                        workspaceId, e.toString());
            }
        }
    }

    /** Counts of one run; touched by the run's thread only. */
    private static final class Counts {
        private int issued;
        private int failed;
        private int remaining;
    }
}
