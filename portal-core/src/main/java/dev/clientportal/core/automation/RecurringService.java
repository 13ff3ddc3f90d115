package dev.clientportal.core.automation;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.payment.GatewayCustomers;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The recurring-invoice use cases, with tenancy checked and every change audited here. */
final class RecurringService implements RecurringInvoices {

    private static final String SUBJECT = "recurring_template";

    private final RecurringTemplates templates;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final Optional<ChargeAttempts> attempts;
    private final @Nullable PaymentGateway gateway;
    private final GatewayCustomers customers;
    private final PortalRuntime runtime;

    RecurringService(RecurringTemplates templates, WorkspaceRepository workspaces, ClientRepository clients,
                     Optional<ChargeAttempts> attempts, @Nullable PaymentGateway gateway, GatewayCustomers customers,
                     PortalRuntime runtime) {
        this.templates = templates;
        this.workspaces = workspaces;
        this.clients = clients;
        this.attempts = attempts;
        this.gateway = gateway;
        this.customers = customers;
        this.runtime = runtime;
    }

    @Override
    public RecurringTemplate create(StaffPrincipal principal, NewRecurringInvoice command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Workspace workspace = workspaces.require(principal.workspaceId());
            Client client = client(principal, command.clientId()).requireActive();
            LocalDate today = runtime.today(workspace.settings().timeZone());
            if (command.start().isBefore(today)) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "start", command.start(),
                        "must not be before today, " + today + " in the workspace's zone");
            }
            RecurringTemplate template = templates.save(new RecurringTemplate(
                    new RecurringTemplateId(runtime.ids().next()), workspace.id(), client.id(),
                    inCurrencyOf(client, command.lines()), command.notes(), command.paymentTerms(),
                    command.cadence(), command.start(), command.until(), command.maxCycles(), command.autoSend(),
                    List.of(), RecurringStatus.ACTIVE, 0, chargeable(client, command.autoCharge())));
            templates.advance(workspace.id(), template.id(), 0, template.nextDate(0));
            Map<String, String> details = new TreeMap<>();
            details.put("client", client.id().toString());
            details.put("cadence", template.cadence().toString());
            details.put("start", template.start().toString());
            details.put("until", String.valueOf(template.until()));
            details.put("maxCycles", Integer.toString(template.maxCycles()));
            details.put("autoSend", Boolean.toString(template.autoSend()));
            details.put("autoCharge", describe(template.autoCharge()));
            audit(principal, template, "recurring.created", details);
            return template;
        });
    }

    @Override
    public RecurringTemplate get(StaffPrincipal principal, RecurringTemplateId id) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> load(principal, id));
    }

    @Override
    public RecurringProgress progress(StaffPrincipal principal, RecurringTemplateId id) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> {
            RecurringTemplate template = load(principal, id);
            return templates.progress(principal.workspaceId(), template.id()).orElseThrow(() ->
                    new IllegalStateException("template " + id + " has no progress; it was stored without create"));
        });
    }

    @Override
    public List<RecurringTemplate> ofClient(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(clientId, "clientId");
        return runtime.read(() -> templates.ofClient(principal.workspaceId(), client(principal, clientId).id()));
    }

    @Override
    public RecurringTemplate changeLines(StaffPrincipal principal, RecurringTemplateId id, LineChange change) {
        PortalException.requireField(change, "change");
        return update(principal, id, template -> {
            Client client = clients.require(principal.workspaceId(), template.clientId());
            return template.withChange(new LineChange(change.effectiveFrom(), inCurrencyOf(client, change.lines())));
        }, "recurring.lines_changed", Map.of("effectiveFrom", change.effectiveFrom().toString(),
                "lines", Integer.toString(change.lines().size())));
    }

    @Override
    public RecurringTemplate pause(StaffPrincipal principal, RecurringTemplateId id) {
        return update(principal, id, template -> template.withStatus(RecurringStatus.PAUSED), "recurring.paused",
                Map.of());
    }

    @Override
    public RecurringTemplate resume(StaffPrincipal principal, RecurringTemplateId id) {
        return update(principal, id, template -> {
            if (template.status() != RecurringStatus.PAUSED) {
                throw PortalException.invalid(ErrorCode.RECURRING_TRANSITION, "status", template.status(),
                        "only a paused template can be resumed");
            }
            LocalDate today = runtime.today(workspaces.require(principal.workspaceId()).settings().timeZone());
            int from = template.firstPeriodFrom(today);
            templates.advance(template.workspaceId(), template.id(), from, template.nextDate(from));
            return template.withStatus(RecurringStatus.ACTIVE);
        }, "recurring.resumed", Map.of());
    }

    @Override
    public RecurringTemplate cancel(StaffPrincipal principal, RecurringTemplateId id, String reason) {
        String why = PortalException.requireLine(reason, "reason", InputLimits.REFERENCE);
        return update(principal, id, template -> template.withStatus(RecurringStatus.CANCELLED), "recurring.cancelled",
                Map.of("reason", why));
    }

    @Override
    public RecurringTemplate changeAutoCharge(StaffPrincipal principal, RecurringTemplateId id,
                                              @Nullable AutoCharge charge) {
        return update(principal, id, template -> template.withAutoCharge(
                        chargeable(clients.require(principal.workspaceId(), template.clientId()), charge)),
                "recurring.auto_charge_changed", Map.of("autoCharge", describe(charge)));
    }

    @Override
    public List<ChargeAttempt> chargeAttempts(StaffPrincipal principal, RecurringTemplateId id) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> {
            RecurringTemplate template = load(principal, id);
            return attempts.map(log -> log.ofTemplate(principal.workspaceId(), template.id())).orElse(List.of());
        });
    }

    /**
     * Auto-charge as the template will keep it, checked: the gateway and the attempt log must be there, and the
     * client must have a customer at the gateway in this workspace, whose saved methods are the only ones the gateway
     * charges for it.
     */
    private @Nullable AutoCharge chargeable(Client client, @Nullable AutoCharge charge) {
        if (charge == null) {
            return null;
        }
        PaymentGateway configured = gateway;
        if (configured == null) {
            throw new PortalException(ErrorCode.GATEWAY_NOT_CONFIGURED, "auto-charge needs a PaymentGateway: build "
                    + "the portal with .gateway(...), e.g. a StripePaymentGateway from portal-stripe");
        }
        if (attempts.isEmpty()) {
            throw new PortalException(ErrorCode.MISSING_PORT,
                    "auto-charge needs stores that keep charge attempts: PortalStores.chargeAttempts() is empty");
        }
        if (customers.find(client.workspaceId(), client.id(), configured.name()).isEmpty()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "autoCharge", charge.paymentMethodReference(),
                    "client " + client.id() + " has no customer at " + configured.name()
                            + " in this workspace; the client saves a payment method first");
        }
        return charge;
    }

    private static String describe(@Nullable AutoCharge charge) {
        return charge == null ? "off" : charge.paymentMethodReference();
    }

    /** Loads, changes, saves and audits a template in one unit of work. */
    private RecurringTemplate update(StaffPrincipal principal, RecurringTemplateId id,
                                     UnaryOperator<RecurringTemplate> change, String action,
                                     Map<String, String> details) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            RecurringTemplate saved = templates.save(change.apply(load(principal, id)));
            audit(principal, saved, action, details);
            return saved;
        });
    }

    private void audit(StaffPrincipal principal, RecurringTemplate template, String action,
                       Map<String, String> details) {
        runtime.audit().record(principal.workspaceId(), principal.actor(), action, SUBJECT, template.id().toString(),
                details);
    }

    private static List<LineItem> inCurrencyOf(Client client, List<LineItem> lines) {
        return LineItem.documentLines(RecurringTemplate.requireLines(lines), client.currency(),
                RecurringTemplate.MAX_LINES, "recurring invoice");
    }

    private Client client(StaffPrincipal principal, ClientId clientId) {
        return clients.find(principal.workspaceId(), clientId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.CLIENT_NOT_FOUND, "client", clientId));
    }

    private RecurringTemplate load(StaffPrincipal principal, RecurringTemplateId id) {
        PortalException.requireField(id, "id");
        return templates.find(principal.workspaceId(), id).orElseThrow(() ->
                PortalException.notFound(ErrorCode.RECURRING_NOT_FOUND, "recurring template", id));
    }
}
