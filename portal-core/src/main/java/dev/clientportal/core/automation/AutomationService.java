package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The reminder use cases: settings for the business, with tenancy checked here, and the run for the host. */
final class AutomationService implements Automation {

    private final ReminderStores stores;
    private final ClientRepository clients;
    private final InvoiceRepository invoices;
    private final ReminderRun run;
    private final Optional<Recurring> recurring;
    private final InvoiceDisputes disputes;
    private final PortalRuntime runtime;

    AutomationService(ReminderStores stores, ClientRepository clients, InvoiceRepository invoices, ReminderRun run,
                      Optional<Recurring> recurring, InvoiceDisputes disputes, PortalRuntime runtime) {
        this.disputes = disputes;
        this.stores = stores;
        this.clients = clients;
        this.invoices = invoices;
        this.run = run;
        this.recurring = recurring;
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
        RunResult reminders = run.run(now, budget, step -> progress.accept(step.withCharges(charges)));
        return new RunResult(reminders.messages(), reminders.sent(), reminders.skipped(),
                reminders.failedWillRetry() + periods.failedWillRetry() + charges.failedWillRetry(),
                reminders.remaining() + periods.remaining() + charges.remaining(), periods.issued(),
                charges.charged(), charges.needsAction(), charges.declined());
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
