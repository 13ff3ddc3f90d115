package dev.clientportal.core.automation;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.invoice.LateFeeCharge;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.PeriodLock;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The late-fee part of a run: pages through the invoices whose stored next late-fee day has come (in the latest zone
 * of any workspace, then checked in the invoice's workspace's zone) and decides each due period once. A period is
 * claimed by its natural key ({@code late-fee:<invoice>:<period>}); in the unit of work that completes the claim the
 * invoice is read again, the period charged — or passed over while the invoice or its client is paused (a dispute is
 * such a pause) — the invoice saved under its version and the period recorded under its unique key, then audited.
 * After an outage, every period missed is decided in turn, each once. A fee whose period started in a closed period
 * is charged dated on the first open day, never in the closed period.
 */
final class LateFeeRun {

    private static final Logger LOG = LoggerFactory.getLogger(LateFeeRun.class);
    /** Every zone's today is on or before today at UTC+18:00. */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.MAX;

    private final LateFeeLedger ledger;
    private final ReminderPolicies pauses;
    private final WorkClaims claims;
    private final WorkspaceRepository workspaces;
    private final InvoiceRepository invoices;
    private final PeriodLocks periodLocks;
    private final String owner;
    private final PortalRuntime runtime;

    LateFeeRun(LateFeeLedger ledger, ReminderPolicies pauses, WorkClaims claims, WorkspaceRepository workspaces,
               InvoiceRepository invoices, PeriodLocks periodLocks, String owner, PortalRuntime runtime) {
        this.ledger = ledger;
        this.pauses = pauses;
        this.claims = claims;
        this.workspaces = workspaces;
        this.invoices = invoices;
        this.periodLocks = periodLocks;
        this.owner = owner;
        this.runtime = runtime;
    }

    /**
     * What the late-fee part of a run did.
     *
     * @param applied         fees charged
     * @param passedOver      periods passed over without a fee (paused, or a fee that came to nothing)
     * @param failedWillRetry periods whose unit of work failed; they stay due
     * @param remaining       invoices with periods due the run did not reach because its budget ran out
     */
    record Outcome(int applied, int passedOver, int failedWillRetry, int remaining) {

        static final Outcome NONE = new Outcome(0, 0, 0, 0);
    }

    Outcome run(Instant now, int maxFees) {
        Counts counts = new Counts();
        LocalDate latestToday = LocalDate.ofInstant(now, LATEST_ZONE);
        Map<WorkspaceId, ZoneId> zones = new HashMap<>();
        Optional<LateFeeCandidate> after = Optional.empty();
        while (true) {
            Optional<LateFeeCandidate> from = after;
            List<LateFeeCandidate> page = runtime.read(() -> ledger.due(latestToday, from, RecurringRun.PAGE));
            for (LateFeeCandidate candidate : page) {
                if (counts.applied + counts.passedOver >= maxFees) {
                    counts.remaining++;
                } else {
                    ZoneId zone = zones.computeIfAbsent(candidate.workspaceId(), id -> runtime.read(
                            () -> workspaces.require(id).settings().timeZone()));
                    decideDuePeriods(candidate, LocalDate.ofInstant(now, zone), now, maxFees, counts);
                }
            }
            if (page.size() < RecurringRun.PAGE) {
                return new Outcome(counts.applied, counts.passedOver, counts.failed, counts.remaining);
            }
            after = Optional.of(page.get(page.size() - 1));
        }
    }

    /** Decides the invoice's due periods in turn, each in its own unit of work, until none is due or one fails. */
    private void decideDuePeriods(LateFeeCandidate candidate, LocalDate today, Instant now, int maxFees,
                                  Counts counts) {
        WorkspaceId workspaceId = candidate.workspaceId();
        while (true) {
            Optional<Invoice> invoice = runtime.read(() -> invoices.find(workspaceId, candidate.invoiceId()));
            LocalDate next = invoice.map(Invoice::nextLateFeeOn).orElse(null);
            if (next == null || next.isAfter(today)) {
                return;
            }
            if (counts.applied + counts.passedOver >= maxFees) {
                counts.remaining++;
                return;
            }
            int period = invoice.get().balance().lateFees().lastPeriod() + 1;
            if (!decide(workspaceId, invoice.get(), period, today, now, counts)) {
                return;
            }
        }
    }

    /** Claims and decides one period; false when another instance holds it or the work failed. */
    private boolean decide(WorkspaceId workspaceId, Invoice seen, int period, LocalDate today, Instant now,
                           Counts counts) {
        WorkKey key = WorkKey.lateFee(seen.id(), period);
        if (!runtime.execute(events -> claims.tryClaim(workspaceId, key, owner, now, ReminderRun.CLAIM_LEASE))) {
            return false;
        }
        boolean completed = false;
        try {
            Decision decision = runtime.execute(events -> decideClaimed(workspaceId, seen, period, key, today, now,
                    events));
            if (decision == Decision.WAITS_FOR_OPEN_DAY) {
                return false;
            }
            completed = true;
            if (decision == Decision.CHARGED) {
                counts.applied++;
            } else {
                counts.passedOver++;
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("late fee {} of workspace {} failed and stays due: {}", key, workspaceId, e.toString());
            counts.failed++;
            return false;
        } finally {
            if (!completed) {
                RecurringRun.release(runtime, claims, workspaceId, key, owner);
            }
        }
    }

    /**
     * Decides a claimed period in the caller's unit of work. The workspace's period lock is read first, under its
     * shared row lock, before anything is written or audited (the order every dated use case keeps, so a concurrent
     * lock change cannot deadlock with it). A fee whose period started in a closed period is charged dated on the
     * first open day: the closed books stay as they were and the fee the client owes is booked in the open period;
     * while that day is still to come (the lock is on today) nothing is written and the period waits for it.
     */
    private Decision decideClaimed(WorkspaceId workspaceId, Invoice seen, int period, WorkKey key, LocalDate today,
                                   Instant now, PortalRuntime.EventSink events) {
        PeriodLock lock = periodLocks.readShared(workspaceId).orElseGet(() -> PeriodLock.none(workspaceId));
        Invoice invoice = invoices.find(workspaceId, seen.id()).orElseThrow();
        String paused = pauseReason(workspaceId, invoice);
        LocalDate periodStart = Objects.requireNonNull(invoice.nextLateFeeOn(), "no late fee is due");
        LocalDate datedOn = lock.firstOpenDayFrom(periodStart);
        if (paused.isEmpty() && datedOn.isAfter(today)) {
            return Decision.WAITS_FOR_OPEN_DAY;
        }
        Invoice decided = invoice.withLateFeePeriod(period, today, paused.isEmpty(),
                paused.isEmpty() ? datedOn : periodStart);
        Invoice saved = invoices.save(decided);
        Optional<LateFeeCharge> charge = saved.balance().lateFees().of(period);
        Money amount = charge.map(LateFeeCharge::amount).orElse(invoice.content().lateFee()
                .feePerPeriod(invoice.amountDueBeforeLateFees()));
        String why = !paused.isEmpty() ? "paused: " + paused : "the fee comes to nothing";
        ledger.add(new LateFee(workspaceId, invoice.id(), period, amount, periodStart, now,
                charge.isPresent() ? null : now, charge.isPresent() ? "" : StaffPrincipal.system(workspaceId)
                .actor(), charge.isPresent() ? "" : why));
        claims.complete(workspaceId, key, owner);
        Map<String, String> details = new TreeMap<>();
        details.put("period", Integer.toString(period));
        details.put("amount", amount.toString());
        details.put("periodStart", periodStart.toString());
        charge.filter(fee -> !fee.dueDate().equals(periodStart)).ifPresent(fee -> details.put("datedOn",
                fee.dueDate() + " (the period started in a period closed through " + lock.lockedThrough() + ")"));
        if (charge.isEmpty()) {
            details.put("passedOver", why);
        }
        runtime.audit().record(workspaceId, StaffPrincipal.system(workspaceId).actor(),
                charge.isPresent() ? "invoice.late_fee_applied" : "invoice.late_fee_passed_over", "invoice",
                invoice.id().toString(), details);
        charge.ifPresent(fee -> events.raise(new LateFeeApplied(runtime.ids().next(), workspaceId,
                invoice.id(), invoice.clientId(), invoice.requireNumber(), period, fee.amount(),
                fee.dueDate(), now)));
        return charge.isPresent() ? Decision.CHARGED : Decision.PASSED_OVER;
    }

    /** How a claimed period was decided. */
    private enum Decision {
        CHARGED, PASSED_OVER, WAITS_FOR_OPEN_DAY
    }

    /** Why fees are paused for the invoice (its own pause, a dispute among them, or its client's); empty if not. */
    private String pauseReason(WorkspaceId workspaceId, Invoice invoice) {
        String invoicePause = pauses.pausedInvoices(workspaceId, List.of(invoice.id())).get(invoice.id());
        if (invoicePause != null) {
            return invoicePause;
        }
        boolean clientPaused = pauses.clientSettings(workspaceId, invoice.clientId())
                .map(ClientReminderSettings::paused).orElse(false);
        return clientPaused ? "the client's reminders are paused" : "";
    }

    /** Counts of one run; touched by the run's thread only. */
    private static final class Counts {
        private int applied;
        private int passedOver;
        private int failed;
        private int remaining;
    }
}
