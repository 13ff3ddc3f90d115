package dev.clientportal.core.automation;

import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.document.PayLinks;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.DatedIssuing;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.ChargebackHold;
import dev.clientportal.core.payment.GatewayCustomers;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/** Builds {@link Automation} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class AutomationWiring {

    private AutomationWiring() {
    }

    /**
     * The use cases over their stores; {@code owner} names this instance in its work claims. Without recurring
     * templates, {@link Automation#recurring()} fails with {@code MISSING_PORT} and runs issue nothing; without a
     * gateway or charge attempts, runs charge nothing and templates cannot turn auto-charge on.
     */
    public static Automation create(ReminderStores stores, Optional<RecurringTemplates> recurringTemplates,
                                    Optional<ChargeAttempts> chargeAttempts, WorkClaims claims,
                                    WorkspaceRepository workspaces, ClientRepository clients,
                                    InvoiceRepository invoices, DatedIssuing issuing, ViewStore views,
                                    @Nullable PaymentGateway gateway, GatewayCustomers customers, Payments payments,
                                    PayLinks payLinks, Notices notifier, PeriodLocks periodLocks, String owner,
                                    PortalRuntime runtime) {
        return create(stores, recurringTemplates, chargeAttempts, Optional.empty(), claims, workspaces, clients,
                invoices, issuing, views, gateway, customers, payments, payLinks, notifier, periodLocks, owner,
                runtime);
    }

    /**
     * The use cases over their stores, with late fees when {@code lateFees} is present: runs then charge them and
     * staff can remove them; without it runs charge none and removing one fails with {@code MISSING_PORT}. Fees are
     * dated and removed only in open periods ({@code periodLocks}).
     */
    public static Automation create(ReminderStores stores, Optional<RecurringTemplates> recurringTemplates,
                                    Optional<ChargeAttempts> chargeAttempts, Optional<LateFeeLedger> lateFees,
                                    WorkClaims claims, WorkspaceRepository workspaces, ClientRepository clients,
                                    InvoiceRepository invoices, DatedIssuing issuing, ViewStore views,
                                    @Nullable PaymentGateway gateway, GatewayCustomers customers, Payments payments,
                                    PayLinks payLinks, Notices notifier, PeriodLocks periodLocks, String owner,
                                    PortalRuntime runtime) {
        ReminderRun run = new ReminderRun(stores, claims, workspaces, clients, invoices, views,
                new ReminderMessages(payLinks), notifier, owner, runtime);
        Optional<Recurring> recurring = recurringTemplates.map(templates -> new Recurring(
                new RecurringService(templates, workspaces, clients, chargeAttempts, gateway, customers, runtime),
                new RecurringRun(templates, claims, workspaces, clients, issuing, payLinks, notifier, chargeAttempts,
                        owner, runtime),
                chargeAttempts.flatMap(attempts -> Optional.ofNullable(gateway).map(configured -> new ChargeRun(
                        attempts, templates, claims, workspaces, clients, invoices, configured, customers, payments,
                        payLinks, notifier, owner, runtime)))));
        Optional<LateFeeRun> lateFeeRun = lateFees.map(ledger -> new LateFeeRun(ledger, stores.policies(), claims,
                workspaces, invoices, periodLocks, owner, runtime));
        return new AutomationService(stores, clients, invoices, run, recurring,
                new InvoiceDisputes(stores.policies(), runtime), lateFees, lateFeeRun, periodLocks, runtime);
    }

    /**
     * What a chargeback stops, for {@code Payments}: the invoices its payment paid are marked disputed, audited, in
     * the unit of work that applies it.
     */
    public static ChargebackHold chargebacks(ReminderStores stores, PortalRuntime runtime) {
        return new InvoiceDisputes(stores.policies(), runtime);
    }
}
