package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.LateFeeCharge;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.PeriodLock;
import dev.clientportal.core.workspace.PeriodLocks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The reminder and late-fee use cases: settings and fee removal for the business, with tenancy checked here, and the
 * run for the host.
 */
final class AutomationService implements Automation {

    private final ReminderStores stores;
    private final ClientRepository clients;
    private final InvoiceRepository invoices;
    private final ReminderRun run;
    private final Optional<Recurring> recurring;
    private final InvoiceDisputes disputes;
    private final Optional<LateFeeLedger> lateFeeLedger;
    private final Optional<LateFeeRun> lateFeeRun;
    private final PeriodLocks periodLocks;
    private final PortalRuntime runtime;

    AutomationService(ReminderStores stores, ClientRepository clients, InvoiceRepository invoices, ReminderRun run,
                      Optional<Recurring> recurring, InvoiceDisputes disputes, Optional<LateFeeLedger> lateFeeLedger,
                      Optional<LateFeeRun> lateFeeRun, PeriodLocks periodLocks, PortalRuntime runtime) {
        this.disputes = disputes;
        this.stores = stores;
        this.clients = clients;
        this.invoices = invoices;
        this.run = run;
        this.recurring = recurring;
        this.lateFeeLedger = lateFeeLedger;
        this.lateFeeRun = lateFeeRun;
        this.periodLocks = periodLocks;
        this.runtime = runtime;
    }

    @Override
    public RecurringInvoices recurring() {
        return recurring.map(Recurring::invoices).orElseThrow(() -> new PortalException(ErrorCode.MISSING_PORT,
                "recurring invoices need stores that keep templates: PortalStores.recurringTemplates() is empty"));
    }

    @Override
    public ReminderPolicy reminderPolicy(StaffPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> stores.policies().workspacePolicy(principal.workspaceId())
                .orElse(ReminderPolicy.DEFAULT));
    }

    @Override
    public ReminderPolicy setReminderPolicy(StaffPrincipal principal, ReminderPolicy policy) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(policy, "policy");
        runtime.run(events -> {
            stores.policies().saveWorkspacePolicy(principal.workspaceId(), policy);
            runtime.audit().record(principal.workspaceId(), principal.actor(), "reminders.policy_set", "workspace",
                    principal.workspaceId().toString(), describe(policy));
        });
        return policy;
    }

    @Override
    public ClientReminderSettings clientReminders(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(clientId, "clientId");
        return runtime.read(() -> {
            requireClient(principal, clientId);
            return stores.policies().clientSettings(principal.workspaceId(), clientId)
                    .orElse(ClientReminderSettings.followWorkspace(clientId));
        });
    }

    @Override
    public ClientReminderSettings setClientReminders(StaffPrincipal principal, ClientReminderSettings settings) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(settings, "settings");
        runtime.run(events -> {
            requireClient(principal, settings.clientId());
            stores.policies().saveClientSettings(principal.workspaceId(), settings);
            Map<String, String> details = new java.util.TreeMap<>(settings.policy().map(AutomationService::describe)
                    .orElse(Map.of("policy", "workspace")));
            details.put("timeZone", settings.timeZone().map(Object::toString).orElse("workspace"));
            details.put("paused", Boolean.toString(settings.paused()));
            runtime.audit().record(principal.workspaceId(), principal.actor(), "reminders.client_settings_set",
                    "client", settings.clientId().toString(), details);
        });
        return settings;
    }

    @Override
    public void pauseReminders(StaffPrincipal principal, InvoiceId invoiceId, String reason) {
        String why = PortalException.requireLine(reason, "reason", InputLimits.REFERENCE);
        onInvoice(principal, invoiceId, () -> {
            stores.policies().pauseInvoice(principal.workspaceId(), invoiceId, InvoicePause.paused(why));
            runtime.audit().record(principal.workspaceId(), principal.actor(), "reminders.invoice_paused", "invoice",
                    invoiceId.toString(), Map.of("reason", why));
        });
    }

    @Override
    public void resumeReminders(StaffPrincipal principal, InvoiceId invoiceId) {
        onInvoice(principal, invoiceId, () -> {
            stores.policies().resumeInvoice(principal.workspaceId(), invoiceId, InvoicePause.Kind.PAUSED);
            runtime.audit().record(principal.workspaceId(), principal.actor(), "reminders.invoice_resumed", "invoice",
                    invoiceId.toString(), Map.of());
        });
    }

    @Override
    public void markDisputed(StaffPrincipal principal, InvoiceId invoiceId, String reason) {
        String why = PortalException.requireLine(reason, "reason", InputLimits.REFERENCE);
        onInvoice(principal, invoiceId,
                () -> disputes.dispute(principal.workspaceId(), invoiceId, why, principal.actor()));
    }

    @Override
    public void resolveDispute(StaffPrincipal principal, InvoiceId invoiceId, String resolution) {
        String how = PortalException.requireLine(resolution, "resolution", InputLimits.REFERENCE);
        onInvoice(principal, invoiceId,
                () -> disputes.resolve(principal.workspaceId(), invoiceId, how, principal.actor()));
    }

    /** Changes how an invoice of the principal's workspace is reminded of, in one unit of work, after checking it. */
    private void onInvoice(StaffPrincipal principal, InvoiceId invoiceId, Runnable change) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoiceId, "invoiceId");
        runtime.run(events -> {
            requireInvoice(principal, invoiceId);
            change.run();
        });
    }

    @Override
    public List<InvoicePause> reminderPauses(StaffPrincipal principal, InvoiceId invoiceId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoiceId, "invoiceId");
        return runtime.read(() -> {
            requireInvoice(principal, invoiceId);
            return stores.policies().invoicePauses(principal.workspaceId(), List.of(invoiceId))
                    .getOrDefault(invoiceId, List.of());
        });
    }

    @Override
    public List<ReminderLogEntry> reminderLog(StaffPrincipal principal, InvoiceId invoiceId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoiceId, "invoiceId");
        return runtime.read(() -> {
            requireInvoice(principal, invoiceId);
            return stores.log().ofInvoice(principal.workspaceId(), invoiceId);
        });
    }

    @Override
    public LateFee removeLateFee(StaffPrincipal principal, InvoiceId invoiceId, int period, String reason) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoiceId, "invoiceId");
        String why = PortalException.requireLine(reason, "reason", InputLimits.REFERENCE);
        LateFeeLedger ledger = lateFeeLedger.orElseThrow(() -> new PortalException(ErrorCode.MISSING_PORT,
                "late fees need stores that keep them: PortalStores.lateFees() is empty"));
        return runtime.execute(events -> {
            // read before anything is written or audited, the order every dated use case keeps
            PeriodLock lock = periodLocks.readShared(principal.workspaceId())
                    .orElseGet(() -> PeriodLock.none(principal.workspaceId()));
            Invoice invoice = invoices.find(principal.workspaceId(), invoiceId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
            LateFee fee = ledger.find(principal.workspaceId(), invoiceId, period).filter(found -> found.amount()
                    .isPositive()).orElseThrow(() -> PortalException.notFound(ErrorCode.LATE_FEE_NOT_FOUND,
                    "late fee", invoice.describe() + " period " + period));
            if (!fee.inForce()) {
                return fee;
            }
            lock.requireOpen(invoice.balance().lateFees().of(period).map(LateFeeCharge::dueDate)
                    .orElse(fee.periodStart()), "lateFee.dueDate", "the late fee of period " + period + " on "
                    + invoice.describe());
            Invoice saved = invoices.save(invoice.withoutLateFee(period));
            LateFee removed = fee.removed(runtime.clock().instant(), principal.actor(), why);
            if (!ledger.markRemoved(removed)) {
                throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "late fee of period " + period + " on "
                        + invoice.describe() + " was removed meanwhile; reload it");
            }
            runtime.audit().record(principal.workspaceId(), principal.actor(), "invoice.late_fee_removed", "invoice",
                    invoiceId.toString(), Map.of("period", Integer.toString(period), "amount",
                            fee.amount().toString(), "reason", why));
            events.raise(new LateFeeRemoved(runtime.ids().next(), principal.workspaceId(), invoiceId,
                    invoice.clientId(), invoice.requireNumber(), period, fee.amount(), why,
                    runtime.clock().instant()));
            if (saved.status() == InvoiceStatus.PAID && invoice.status() != InvoiceStatus.PAID) {
                events.raise(new InvoicePaid(runtime.ids().next(), saved.workspaceId(), saved.id(),
                        saved.clientId(), saved.requireNumber(), runtime.clock().instant()));
            }
            return removed;
        });
    }

    @Override
    public List<LateFee> lateFees(StaffPrincipal principal, InvoiceId invoiceId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoiceId, "invoiceId");
        return runtime.read(() -> {
            requireInvoice(principal, invoiceId);
            return lateFeeLedger.map(ledger -> ledger.ofInvoice(principal.workspaceId(), invoiceId))
                    .orElse(List.of());
        });
    }

    @Override
    public RunResult runDue(Instant now, RunBudget budget) {
        return runDue(now, budget, progress -> { });
    }

    @Override
    public RunResult runDue(Instant now, RunBudget budget, Consumer<RunProgress> progress) {
        PortalException.requireField(now, "now");
        PortalException.requireField(budget, "budget");
        PortalException.requireField(progress, "progress");
        if (runtime.transactionOpen()) {
            throw new PortalException(ErrorCode.RUN_IN_TRANSACTION, "runDue claims work in transactions of its own,"
                    + " committed before the work they guard; call it outside any transaction");
        }
        run.requireSender();
        RecurringRun.Outcome periods = recurring.map(parts -> parts.run().run(now, budget.maxIssues()))
                .orElse(new RecurringRun.Outcome(0, 0, 0));
        // after the periods, so an invoice issued in this run is charged in it too
        ChargeRun.Outcome charges = recurring.flatMap(Recurring::charges)
                .map(charging -> charging.run(now, budget.maxIssues())).orElse(ChargeRun.Outcome.NONE);
        if (!charges.equals(ChargeRun.Outcome.NONE)) {
            progress.accept(new RunProgress(0, 0, 0, 0).withCharges(charges));
        }
        // after the charges, so a period just paid is not charged a fee; before reminders, so they show the fees
        LateFeeRun.Outcome fees = lateFeeRun.map(fee -> fee.run(now, budget.maxIssues()))
                .orElse(LateFeeRun.Outcome.NONE);
        if (!fees.equals(LateFeeRun.Outcome.NONE)) {
            progress.accept(new RunProgress(0, 0, 0, 0).withCharges(charges).withLateFees(fees.applied()));
        }
        RunResult reminders = run.run(now, budget,
                step -> progress.accept(step.withCharges(charges).withLateFees(fees.applied())));
        return new RunResult(reminders.messages(), reminders.sent(), reminders.skipped(),
                reminders.failedWillRetry() + periods.failedWillRetry() + charges.failedWillRetry()
                        + fees.failedWillRetry(),
                reminders.remaining() + periods.remaining() + charges.remaining() + fees.remaining(),
                periods.issued(), charges.charged(), charges.needsAction(), charges.declined(), fees.applied());
    }

    private void requireClient(StaffPrincipal principal, ClientId clientId) {
        if (clients.find(principal.workspaceId(), clientId).isEmpty()) {
            throw PortalException.notFound(ErrorCode.CLIENT_NOT_FOUND, "client", clientId);
        }
    }

    private void requireInvoice(StaffPrincipal principal, InvoiceId invoiceId) {
        if (invoices.find(principal.workspaceId(), invoiceId).isEmpty()) {
            throw PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId);
        }
    }

    private static Map<String, String> describe(ReminderPolicy policy) {
        return Map.of("steps", policy.steps().stream().map(ReminderStep::code).toList().toString(),
                "sendAt", policy.sendAt().toString(),
                "quietHours", policy.quietHours().start() + "-" + policy.quietHours().end());
    }
}
