package dev.clientportal.core.automation;

import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One reminder run: pages through the amounts owed, decides per client what is due (core's rules, here and in
 * {@link ReminderPlan}), claims the client's day and each step, and logs, completes and sends in one unit of work.
 */
final class ReminderRun {

    /** How long a claim holds while its instance sends; a dead instance's claims are free again after it. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);
    /** Facts per page read from the store. */
    static final int PAGE = 500;
    /** Zones are at most 14 hours from UTC: one day of margin either side of the UTC date. */
    private static final int ZONE_MARGIN_DAYS = 1;

    private static final Logger LOG = LoggerFactory.getLogger(ReminderRun.class);

    private final ReminderStores stores;
    private final WorkClaims claims;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final InvoiceRepository invoices;
    private final ViewStore views;
    private final ReminderMessages messages;
    private final Notices notifier;
    private final String owner;
    private final PortalRuntime runtime;

    ReminderRun(ReminderStores stores, WorkClaims claims, WorkspaceRepository workspaces, ClientRepository clients,
                InvoiceRepository invoices, ViewStore views, ReminderMessages messages, Notices notifier,
                String owner, PortalRuntime runtime) {
        this.stores = stores;
        this.claims = claims;
        this.workspaces = workspaces;
        this.clients = clients;
        this.invoices = invoices;
        this.views = views;
        this.messages = messages;
        this.notifier = notifier;
        this.owner = owner;
        this.runtime = runtime;
    }

    /** Fails unless notifications go somewhere: a run that cannot remind must not look like one with nothing due. */
    void requireSender() {
        if (!notifier.sends()) {
            throw new PortalException(ErrorCode.MISSING_PORT, "reminders need a NotificationSender: build the portal "
                    + "with .notifications(...) and .signInPage(...)");
        }
    }

    RunResult run(Instant now, RunBudget budget, Consumer<RunProgress> progress) {
        requireSender();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate dueFrom = today.minusDays(ReminderStep.MAX_DAYS + ZONE_MARGIN_DAYS);
        LocalDate dueTo = today.minusDays(ReminderStep.MIN_DAYS - ZONE_MARGIN_DAYS);
        Tally tally = new Tally();
        List<ReminderFacts> carried = new ArrayList<>();
        Optional<ReminderCursor> after = Optional.empty();
        while (true) {
            Optional<ReminderCursor> from = after;
            List<ReminderFacts> page = runtime.read(() -> stores.queries().openAmountsDue(dueFrom, dueTo, from, PAGE));
            List<ReminderFacts> facts = new ArrayList<>(carried);
            facts.addAll(page);
            boolean last = page.size() < PAGE;
            List<List<ReminderFacts>> byClient = byClient(facts);
            // a client's facts may go on in the next page: its message waits until all of them are read
            carried = last || byClient.isEmpty() ? List.of() : byClient.remove(byClient.size() - 1);
            for (List<ReminderFacts> clientFacts : byClient) {
                handleClient(clientFacts, now, budget, tally);
                progress.accept(tally.progress());
            }
            if (last) {
                return tally.result();
            }
            after = Optional.of(page.get(page.size() - 1).cursor());
        }
    }

    private static List<List<ReminderFacts>> byClient(List<ReminderFacts> facts) {
        Map<ClientKey, List<ReminderFacts>> groups = new LinkedHashMap<>();
        for (ReminderFacts fact : facts) {
            groups.computeIfAbsent(new ClientKey(fact.workspaceId(), fact.clientId()), key -> new ArrayList<>())
                    .add(fact);
        }
        return new ArrayList<>(groups.values());
    }

    private void handleClient(List<ReminderFacts> facts, Instant now, RunBudget budget, Tally tally) {
        WorkspaceId workspaceId = facts.get(0).workspaceId();
        ClientId clientId = facts.get(0).clientId();
        Optional<ClientRules> found = runtime.read(() -> rules(workspaceId, clientId, facts));
        if (found.isEmpty()) {
            return;
        }
        ClientRules rules = found.get();
        if (rules.policy().isQuiet(now, rules.settings().zone())) {
            return;
        }
        List<ReminderPlan> plans = facts.stream()
                .filter(fact -> !rules.pausedInvoices().containsKey(fact.invoiceId()))
                .map(fact -> ReminderPlan.of(fact, rules.policy(), rules.settings().zone(), now))
                .flatMap(Optional::stream)
                .toList();
        if (plans.isEmpty()) {
            return;
        }
        if (tally.messages >= budget.maxMessages()) {
            tally.remaining++;
            return;
        }
        LocalDate clientToday = LocalDate.ofInstant(now, rules.settings().zone());
        WorkKey day = WorkKey.reminderDay(clientId, clientToday);
        List<WorkKey> held = new ArrayList<>();
        try {
            if (!claim(workspaceId, day, now)) {
                return;
            }
            held.add(day);
            List<ReminderPlan> claimed = new ArrayList<>();
            for (ReminderPlan plan : plans) {
                if (claim(workspaceId, plan.key(), now)) {
                    claimed.add(plan);
                    held.add(plan.key());
                }
            }
            List<ReminderPlan> done = claimed.isEmpty() ? List.of() : send(workspaceId, clientId, day, claimed, now,
                    clientToday);
            if (!done.isEmpty()) {
                held.remove(day);
                done.forEach(plan -> held.remove(plan.key()));
                tally.messages++;
                tally.sent += done.size();
                tally.skipped += done.stream().mapToInt(plan -> plan.skipped().size()).sum();
            }
        } catch (RuntimeException e) {
            LOG.warn("reminders to client {} of workspace {} failed and stay due: {}", clientId, workspaceId,
                    e.toString());
            tally.failed += plans.size();
        } finally {
            held.forEach(key -> release(workspaceId, key));
        }
    }

    /** Sends what was claimed in one unit of work, with the wording each invoice's engagement calls for. */
    private List<ReminderPlan> send(WorkspaceId workspaceId, ClientId clientId, WorkKey day,
                                    List<ReminderPlan> claimed, Instant now, LocalDate clientToday) {
        Map<InvoiceId, Boolean> viewed = new LinkedHashMap<>();
        for (ReminderPlan plan : claimed) {
            viewed.computeIfAbsent(plan.facts().invoiceId(), id -> views.engagement(workspaceId,
                    DocumentRef.of(DocumentType.INVOICE, id)).isPresent());
        }
        return runtime.execute(events -> logCompleteAndSend(workspaceId, clientId, day, claimed, viewed, now,
                clientToday));
    }

    /** The client's settings as they stand; empty when the client is gone or paused. */
    private Optional<ClientRules> rules(WorkspaceId workspaceId, ClientId clientId, List<ReminderFacts> facts) {
        Optional<Workspace> workspace = workspaces.find(workspaceId);
        if (workspace.isEmpty()) {
            return Optional.empty();
        }
        ReminderPolicies policies = stores.policies();
        ReminderSettingsInEffect settings = ReminderSettingsInEffect.of(workspace.get(),
                policies.workspacePolicy(workspaceId), policies.clientSettings(workspaceId, clientId));
        if (settings.paused()) {
            return Optional.empty();
        }
        Map<InvoiceId, String> paused = policies.pausedInvoices(workspaceId,
                facts.stream().map(ReminderFacts::invoiceId).distinct().toList());
        return Optional.of(new ClientRules(settings, settings.policy(), paused));
    }

    /**
     * The unit of work of one message: checks again, inside the transaction, that each claimed amount is still owed
     * and not paused; logs the sent and skipped steps, completes their claims and the client's day, and queues the
     * message for after commit. Answers the plans it sent; none when nothing is owed any more.
     */
    private List<ReminderPlan> logCompleteAndSend(WorkspaceId workspaceId, ClientId clientId, WorkKey day,
                                                  List<ReminderPlan> claimed, Map<InvoiceId, Boolean> viewed,
                                                  Instant now, LocalDate clientToday) {
        Optional<Workspace> workspace = workspaces.find(workspaceId);
        Optional<Client> client = clients.find(workspaceId, clientId);
        ReminderPolicies policies = stores.policies();
        if (workspace.isEmpty() || client.isEmpty() || policies.clientSettings(workspaceId, clientId)
                .map(ClientReminderSettings::paused).orElse(false)) {
            return List.of();
        }
        List<InvoiceId> ids = claimed.stream().map(plan -> plan.facts().invoiceId()).distinct().toList();
        Map<InvoiceId, Invoice> current = new LinkedHashMap<>();
        invoices.findAll(workspaceId, ids).forEach(invoice -> current.put(invoice.id(), invoice));
        Map<InvoiceId, String> paused = policies.pausedInvoices(workspaceId, ids);
        List<ReminderPlan> due = claimed.stream()
                .filter(plan -> !paused.containsKey(plan.facts().invoiceId()))
                .filter(plan -> plan.stillOwed(current.get(plan.facts().invoiceId())))
                .toList();
        if (due.isEmpty()) {
            return List.of();
        }
        String recipient = client.get().email();
        List<ReminderMessages.Line> lines = new ArrayList<>();
        for (ReminderPlan plan : due) {
            ReminderOutcome outcome = Boolean.TRUE.equals(viewed.get(plan.facts().invoiceId()))
                    ? ReminderOutcome.NUDGED_VIEWED : ReminderOutcome.RESENT_WITH_LINK;
            stores.log().record(plan.entry(plan.step(), outcome, recipient, now));
            for (ReminderStep skipped : plan.skipped()) {
                stores.log().record(plan.entry(skipped, ReminderOutcome.SKIPPED_BY_CATCH_UP, "", now));
            }
            claims.complete(workspaceId, plan.key(), owner);
            Invoice invoice = Objects.requireNonNull(current.get(plan.facts().invoiceId()), "still owed");
            lines.add(new ReminderMessages.Line(invoice, plan.facts(), plan.step(), outcome));
        }
        claims.complete(workspaceId, day, owner);
        Workspace sender = workspace.get();
        Client to = client.get();
        notifier.sendAfterCommit(() -> messages.compose(sender, to, lines, clientToday));
        return due;
    }

    private boolean claim(WorkspaceId workspaceId, WorkKey key, Instant now) {
        return runtime.execute(events -> claims.tryClaim(workspaceId, key, owner, now, CLAIM_LEASE));
    }

    /** Gives a claim up so a later run may do the work; a claim lost meanwhile is someone else's now. */
    private void release(WorkspaceId workspaceId, WorkKey key) {
        try {
            runtime.run(events -> claims.release(workspaceId, key, owner));
        } catch (PortalException e) {
            if (e.errorCode() != ErrorCode.WORK_CLAIM_LOST) {
                LOG.warn("claim {} of workspace {} not released; it is free again when its lease ends: {}", key,
                        workspaceId, e.toString());
            }
        }
    }

    private record ClientKey(WorkspaceId workspaceId, ClientId clientId) {
    }

    private record ClientRules(ReminderSettingsInEffect settings, ReminderPolicy policy,
                               Map<InvoiceId, String> pausedInvoices) {
    }

    /** Counts of one run; touched by the run's thread only. */
    private static final class Tally {
        private int messages;
        private int sent;
        private int skipped;
        private int failed;
        private int remaining;

        RunProgress progress() {
            return new RunProgress(messages, sent, skipped, failed);
        }

        RunResult result() {
            return new RunResult(messages, sent, skipped, failed, remaining);
        }
    }
}
