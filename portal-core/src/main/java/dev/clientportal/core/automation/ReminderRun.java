package dev.clientportal.core.automation;

import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.notices.NotificationDraft;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * One reminder run: pages through the amounts owed, decides per client what is due (core's rules, here and in
 * {@link ReminderPlan}), and sends in batches of clients: one transaction claims the batch's client days, logs each
 * step under the log's unique key, completes the days and queues the messages for after commit. A batch
 * whose unit of work fails as a whole is done again client by client, so one client's problem holds back only itself.
 */
final class ReminderRun {

    /** How long a claim holds while its instance sends; a dead instance's claims are free again after it. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);
    /** Facts per page read from the store. */
    static final int PAGE = 500;
    /** Clients whose day one transaction claims and whose messages one unit of work logs and queues. */
    static final int BATCH = 100;
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
        Notices.HeldRecords held = new Notices.HeldRecords();
        try {
            return runPages(dueFrom, dueTo, now, budget, tally, held, progress);
        } finally {
            // the sent-log records of the last batch, which no later unit of work wrote
            notifier.recordHeld(held);
        }
    }

    private RunResult runPages(LocalDate dueFrom, LocalDate dueTo, Instant now, RunBudget budget, Tally tally,
                               Notices.HeldRecords held, Consumer<RunProgress> progress) {
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
            handlePage(byClient, now, budget, tally, held, progress);
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

    /** Plans the page's clients in one read, then sends batch by batch within the budget. */
    private void handlePage(List<List<ReminderFacts>> byClient, Instant now, RunBudget budget, Tally tally,
                            Notices.HeldRecords held, Consumer<RunProgress> progress) {
        List<Job> planned = runtime.read(() -> plan(byClient, now));
        List<Job> jobs = new ArrayList<>();
        for (Job job : withEngagement(planned)) {
            if (tally.messages + jobs.size() >= budget.maxMessages()) {
                tally.remaining++;
            } else {
                jobs.add(job);
            }
        }
        // Instances running at once read the same pages; each takes the page's batches in an order of its own (a
        // random permutation), so they mostly claim different batches. In one order for all (or one rotated), an
        // instance that once met another's batch would meet it again at every following batch, each time waiting
        // for that batch's commit to find it done.
        List<Integer> order = new ArrayList<>();
        for (int from = 0; from < jobs.size(); from += BATCH) {
            order.add(from);
        }
        Collections.shuffle(order, ThreadLocalRandom.current());
        for (int from : order) {
            sendBatch(jobs.subList(from, Math.min(from + BATCH, jobs.size())), now, tally, held);
            progress.accept(tally.progress());
        }
    }

    /**
     * The clients of a page with steps due now, read in a few statements per workspace: its policy, the clients' own
     * settings and the invoices paused. Paused clients, clients in their quiet hours and paused invoices get nothing.
     */
    private List<Job> plan(List<List<ReminderFacts>> byClient, Instant now) {
        List<Job> jobs = new ArrayList<>();
        Map<WorkspaceId, List<List<ReminderFacts>>> byWorkspace = byWorkspace(byClient,
                facts -> facts.get(0).workspaceId());
        for (Map.Entry<WorkspaceId, List<List<ReminderFacts>>> group : byWorkspace.entrySet()) {
            WorkspaceId workspaceId = group.getKey();
            Optional<Workspace> workspace = workspaces.find(workspaceId);
            if (workspace.isEmpty()) {
                continue;
            }
            ReminderPolicies policies = stores.policies();
            Optional<ReminderPolicy> workspacePolicy = policies.workspacePolicy(workspaceId);
            Map<ClientId, ClientReminderSettings> own = policies.clientSettings(workspaceId,
                    group.getValue().stream().map(facts -> facts.get(0).clientId()).toList());
            Map<InvoiceId, String> paused = policies.pausedInvoices(workspaceId, group.getValue().stream()
                    .flatMap(List::stream).map(ReminderFacts::invoiceId).distinct().toList());
            for (List<ReminderFacts> facts : group.getValue()) {
                ClientId clientId = facts.get(0).clientId();
                ReminderSettingsInEffect settings = ReminderSettingsInEffect.of(workspace.get(), workspacePolicy,
                        Optional.ofNullable(own.get(clientId)));
                if (settings.paused() || settings.policy().isQuiet(now, settings.zone())) {
                    continue;
                }
                List<ReminderPlan> plans = facts.stream()
                        .filter(fact -> !paused.containsKey(fact.invoiceId()))
                        .map(fact -> ReminderPlan.of(fact, settings.policy(), settings.zone(), now))
                        .flatMap(Optional::stream)
                        .toList();
                if (!plans.isEmpty()) {
                    LocalDate clientToday = LocalDate.ofInstant(now, settings.zone());
                    jobs.add(new Job(workspaceId, clientId, WorkKey.reminderDay(clientId, clientToday), clientToday,
                            plans, Set.of()));
                }
            }
        }
        return jobs;
    }

    /** The jobs with the invoices their clients viewed, which decides the wording; analytics are read outside. */
    private List<Job> withEngagement(List<Job> jobs) {
        List<Job> withViews = new ArrayList<>(jobs.size());
        for (Map.Entry<WorkspaceId, List<Job>> group : byWorkspace(jobs, Job::workspaceId).entrySet()) {
            Set<DocumentRef> viewed = views.viewed(group.getKey(), group.getValue().stream()
                    .flatMap(job -> job.plans().stream())
                    .map(plan -> DocumentRef.of(DocumentType.INVOICE, plan.facts().invoiceId()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            for (Job job : group.getValue()) {
                withViews.add(job.withViewed(job.plans().stream().map(plan -> plan.facts().invoiceId())
                        .filter(id -> viewed.contains(DocumentRef.of(DocumentType.INVOICE, id)))
                        .collect(Collectors.toSet())));
            }
        }
        return withViews;
    }

    /**
     * Claims the batch's client days and sends to those won in one transaction; a batch whose unit of work fails as a
     * whole (a deadlock, a conflict with another instance) rolls its claims back with it and is done again client by
     * client.
     */
    private void sendBatch(List<Job> batch, Instant now, Tally tally, Notices.HeldRecords held) {
        List<Sent> sent;
        try {
            sent = runtime.execute(events -> {
                notifier.writeHeld(held);
                return claimLogCompleteAndSend(batch, now, held);
            });
        } catch (RuntimeException e) {
            // the records the failed unit of work would have written, apart, so that they fail nobody's reminders
            notifier.recordHeld(held);
            if (batch.size() == 1) {
                LOG.warn("reminders to client {} of workspace {} failed and stay due: {}", batch.get(0).clientId(),
                        batch.get(0).workspaceId(), e.toString());
                tally.failed += steps(batch);
                return;
            }
            LOG.debug("reminders to {} clients failed as one unit of work; sending them one by one: {}",
                    batch.size(), e.toString());
            batch.forEach(job -> sendOne(job, now, tally, held));
            return;
        }
        tally.add(sent);
    }

    /** One client's reminders in a unit of work of its own: the fallback of a batch that failed. */
    private void sendOne(Job job, Instant now, Tally tally, Notices.HeldRecords held) {
        try {
            tally.add(runtime.execute(events -> claimLogCompleteAndSend(List.of(job), now, held)));
        } catch (RuntimeException e) {
            LOG.warn("reminders to client {} of workspace {} failed and stay due: {}", job.clientId(),
                    job.workspaceId(), e.toString());
            tally.failed += job.plans().size();
        }
    }

    /**
     * The unit of work of a batch: claims the clients' days, then logs, completes and queues the messages of those
     * it claimed, and gives back the days it claimed but found nothing to send for. One transaction, so a failure
     * leaves no claim behind, and another instance claiming the same days waits for this one's commit and then finds
     * them done (sending happens after commit; the claims only decide who sends). The messages' sent-log records
     * wait in {@code held} for the next batch's unit of work, which writes them first: one commit fewer a batch.
     */
    private List<Sent> claimLogCompleteAndSend(List<Job> jobs, Instant now, Notices.HeldRecords held) {
        List<Job> claimed = claimDays(jobs, now);
        if (claimed.isEmpty()) {
            return List.of();
        }
        List<Sent> sent = logCompleteAndSend(claimed, now, held);
        Set<WorkKey> done = sent.stream().map(message -> message.job().day()).collect(Collectors.toSet());
        for (Job job : claimed) {
            if (!done.contains(job.day())) {
                claims.release(job.workspaceId(), job.day(), owner);
            }
        }
        return sent;
    }

    /** The jobs whose client day this owner now holds, claimed workspace by workspace in the caller's transaction. */
    private List<Job> claimDays(List<Job> jobs, Instant now) {
        List<Job> claimed = new ArrayList<>();
        for (Map.Entry<WorkspaceId, List<Job>> group : byWorkspace(jobs, Job::workspaceId).entrySet()) {
            Set<WorkKey> held = claims.tryClaimAll(group.getKey(), group.getValue().stream().map(Job::day).toList(),
                    owner, now, CLAIM_LEASE);
            group.getValue().stream().filter(job -> held.contains(job.day())).forEach(claimed::add);
        }
        return claimed;
    }

    /**
     * The unit of work of a batch of messages: checks again, inside the transaction, that each client is there and
     * not paused and each amount still owed and not paused; logs each sent step and the steps it skips (a step logged
     * meanwhile by another run is left out), completes the days of the clients with something to send, and queues
     * their messages for after commit. Answers what it sent.
     */
    private List<Sent> logCompleteAndSend(List<Job> jobs, Instant now, Notices.HeldRecords held) {
        List<Sent> sent = new ArrayList<>();
        List<Supplier<NotificationDraft>> messagesToSend = new ArrayList<>();
        for (Map.Entry<WorkspaceId, List<Job>> group : byWorkspace(jobs, Job::workspaceId).entrySet()) {
            WorkspaceId workspaceId = group.getKey();
            Optional<Workspace> workspace = workspaces.find(workspaceId);
            if (workspace.isEmpty()) {
                continue;
            }
            List<ClientId> clientIds = group.getValue().stream().map(Job::clientId).toList();
            Map<ClientId, Client> recipients = new HashMap<>();
            clients.findAll(workspaceId, clientIds).forEach(client -> recipients.put(client.id(), client));
            ReminderPolicies policies = stores.policies();
            Map<ClientId, ClientReminderSettings> own = policies.clientSettings(workspaceId, clientIds);
            List<InvoiceId> ids = group.getValue().stream().flatMap(job -> job.plans().stream())
                    .map(plan -> plan.facts().invoiceId()).distinct().toList();
            Map<InvoiceId, Invoice> current = new HashMap<>();
            invoices.findAll(workspaceId, ids).forEach(invoice -> current.put(invoice.id(), invoice));
            Map<InvoiceId, String> paused = policies.pausedInvoices(workspaceId, ids);
            List<Candidate> candidates = new ArrayList<>();
            for (Job job : group.getValue()) {
                Client client = recipients.get(job.clientId());
                ClientReminderSettings settings = own.get(job.clientId());
                if (client == null || settings != null && settings.paused()) {
                    continue;
                }
                for (ReminderPlan plan : job.plans()) {
                    Invoice invoice = current.get(plan.facts().invoiceId());
                    if (paused.containsKey(plan.facts().invoiceId()) || !plan.stillOwed(invoice)) {
                        continue;
                    }
                    ReminderOutcome outcome = job.viewed().contains(plan.facts().invoiceId())
                            ? ReminderOutcome.NUDGED_VIEWED : ReminderOutcome.RESENT_WITH_LINK;
                    candidates.add(new Candidate(job, client, plan, Objects.requireNonNull(invoice, "still owed"),
                            outcome, plan.entry(plan.step(), outcome, client.email(), now)));
                }
            }
            // a step logged before (by a run whose claim lapsed after it logged) is not sent again
            Set<ReminderLogEntry> logged = new HashSet<>(stores.log().recordAll(workspaceId,
                    candidates.stream().map(Candidate::entry).toList()));
            List<Candidate> toSend = candidates.stream().filter(candidate -> logged.contains(candidate.entry()))
                    .toList();
            Map<ReminderLogEntry, ClientId> skippedBy = new HashMap<>();
            for (Candidate candidate : toSend) {
                for (ReminderStep step : candidate.plan().skipped()) {
                    skippedBy.put(candidate.plan().entry(step, ReminderOutcome.SKIPPED_BY_CATCH_UP, "", now),
                            candidate.job().clientId());
                }
            }
            Map<ClientId, Integer> skippedOf = new HashMap<>();
            stores.log().recordAll(workspaceId, List.copyOf(skippedBy.keySet()))
                    .forEach(entry -> skippedOf.merge(skippedBy.get(entry), 1, Integer::sum));
            Map<ClientId, List<ReminderMessages.Line>> linesOf = new LinkedHashMap<>();
            Map<ClientId, Candidate> firstOf = new HashMap<>();
            for (Candidate candidate : toSend) {
                firstOf.putIfAbsent(candidate.job().clientId(), candidate);
                linesOf.computeIfAbsent(candidate.job().clientId(), id -> new ArrayList<>()).add(new ReminderMessages.Line(
                        candidate.invoice(), candidate.plan().facts(), candidate.plan().step(), candidate.outcome()));
            }
            List<WorkKey> done = new ArrayList<>();
            Workspace sender = workspace.get();
            linesOf.forEach((clientId, lines) -> {
                Candidate first = Objects.requireNonNull(firstOf.get(clientId), "a line's candidate");
                Job job = first.job();
                Client client = first.client();
                done.add(job.day());
                messagesToSend.add(() -> messages.compose(sender, client, lines, job.clientToday()));
                sent.add(new Sent(job, lines.size(), skippedOf.getOrDefault(clientId, 0)));
            });
            claims.completeAll(workspaceId, done, owner);
        }
        notifier.sendAllAfterCommit(messagesToSend, held);
        return sent;
    }

    private static int steps(List<Job> jobs) {
        return jobs.stream().mapToInt(job -> job.plans().size()).sum();
    }

    private static <T> Map<WorkspaceId, List<T>> byWorkspace(List<T> items, Function<T, WorkspaceId> workspaceOf) {
        Map<WorkspaceId, List<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(workspaceOf.apply(item), id -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    private record ClientKey(WorkspaceId workspaceId, ClientId clientId) {
    }

    /**
     * A client with steps due now.
     *
     * @param day         the key of the client's day, claimed so it gets one message a day
     * @param clientToday the day in the client's zone
     * @param plans       the steps due, one per amount owed
     * @param viewed      the invoices among them the client viewed
     */
    private record Job(WorkspaceId workspaceId, ClientId clientId, WorkKey day, LocalDate clientToday,
                       List<ReminderPlan> plans, Set<InvoiceId> viewed) {

        Job withViewed(Set<InvoiceId> seen) {
            return new Job(workspaceId, clientId, day, clientToday, plans, Set.copyOf(seen));
        }
    }

    /** A message queued: its client, the steps it sends and the earlier steps it skipped. */
    private record Candidate(Job job, Client client, ReminderPlan plan, Invoice invoice, ReminderOutcome outcome,
                             ReminderLogEntry entry) {
    }

    private record Sent(Job job, int steps, int skipped) {
    }

    /** Counts of one run; touched by the run's thread only. */
    private static final class Tally {
        private int messages;
        private int sent;
        private int skipped;
        private int failed;
        private int remaining;

        void add(List<Sent> batch) {
            for (Sent message : batch) {
                messages++;
                sent += message.steps();
                skipped += message.skipped();
            }
        }

        RunProgress progress() {
            return new RunProgress(messages, sent, skipped, failed);
        }

        RunResult result() {
            return new RunResult(messages, sent, skipped, failed, remaining);
        }
    }
}
