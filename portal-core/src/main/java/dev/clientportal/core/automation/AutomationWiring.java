package dev.clientportal.core.automation;

import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.document.PayLinks;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.DatedIssuing;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.GatewayCustomers;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.Payments;
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
                                    PayLinks payLinks, Notices notifier, String owner, PortalRuntime runtime) {
        ReminderRun run = new ReminderRun(stores, claims, workspaces, clients, invoices, views,
                new ReminderMessages(payLinks), notifier, owner, runtime);
        Optional<Recurring> recurring = recurringTemplates.map(templates -> new Recurring(
                new RecurringService(templates, workspaces, clients, chargeAttempts, gateway, customers, runtime),
                new RecurringRun(templates, claims, workspaces, clients, issuing, payLinks, notifier, chargeAttempts,
                        owner, runtime),
                chargeAttempts.flatMap(attempts -> Optional.ofNullable(gateway).map(configured -> new ChargeRun(
                        attempts, templates, claims, workspaces, clients, invoices, configured, customers, payments,
                        payLinks, notifier, owner, runtime)))));
        return new AutomationService(stores, clients, invoices, run, recurring, runtime);
    }
}
