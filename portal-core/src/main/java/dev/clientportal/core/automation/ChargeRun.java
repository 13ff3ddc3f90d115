package dev.clientportal.core.automation;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.document.PayLinks;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.notices.NotificationDraft;
import dev.clientportal.core.notices.Part;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.payment.CheckoutPurpose;
import dev.clientportal.core.payment.GatewayCustomers;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.OffSessionCharge;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The auto-charge part of a run: pages through the due charge attempts and makes each once. An attempt is claimed by
 * its natural key, the gateway is called outside any transaction with the attempt's idempotency key, and the outcome
 * is recorded — the payment applied, a pay link queued, or the next retry scheduled — in the unit of work that
 * completes the claim. A gateway that cannot be reached leaves the attempt due under the same number and key, so a
 * later run sends the same request and the gateway answers it once.
 */
final class ChargeRun {

    private static final Logger LOG = LoggerFactory.getLogger(ChargeRun.class);
    private static final String SUBJECT = "recurring_template";

    private final ChargeAttempts attempts;
    private final RecurringTemplates templates;
    private final WorkClaims claims;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final InvoiceRepository invoices;
    private final PaymentGateway gateway;
    private final GatewayCustomers customers;
    private final Payments payments;
    private final PayLinks payLinks;
    private final Notices notifier;
    private final String owner;
    private final PortalRuntime runtime;

    ChargeRun(ChargeAttempts attempts, RecurringTemplates templates, WorkClaims claims, WorkspaceRepository workspaces,
              ClientRepository clients, InvoiceRepository invoices, PaymentGateway gateway,
              GatewayCustomers customers, Payments payments, PayLinks payLinks, Notices notifier, String owner,
              PortalRuntime runtime) {
        this.attempts = attempts;
        this.templates = templates;
        this.claims = claims;
        this.workspaces = workspaces;
        this.clients = clients;
        this.invoices = invoices;
        this.gateway = gateway;
        this.customers = customers;
        this.payments = payments;
        this.payLinks = payLinks;
        this.notifier = notifier;
        this.owner = owner;
        this.runtime = runtime;
    }

    /**
     * What the charge part of a run did.
     *
     * @param charged         attempts the gateway took (succeeded, or pending while a debit clears)
     * @param needsAction     attempts the client must confirm; a pay link was sent
     * @param declined        attempts declined; the next is scheduled while the retry schedule has one
     * @param failedWillRetry attempts not made (gateway unreachable, a failure); they stay due under their number
     * @param remaining       due attempts the run did not reach because its budget ran out
     */
    record Outcome(int charged, int needsAction, int declined, int failedWillRetry, int remaining) {

        static final Outcome NONE = new Outcome(0, 0, 0, 0, 0);
    }

    Outcome run(Instant now, int maxCharges) {
        Counts counts = new Counts();
        Optional<WorkKey> after = Optional.empty();
        while (true) {
            Optional<WorkKey> from = after;
            List<ChargeAttempt> page = runtime.read(() -> attempts.due(now, from, RecurringRun.PAGE));
            for (ChargeAttempt due : page) {
                if (counts.made() >= maxCharges) {
                    counts.remaining++;
                } else {
                    attempt(due, now, counts);
                }
            }
            if (page.size() < RecurringRun.PAGE) {
                return new Outcome(counts.charged, counts.needsAction, counts.declined, counts.failed,
                        counts.remaining);
            }
            after = Optional.of(page.get(page.size() - 1).key());
        }
    }

    private void attempt(ChargeAttempt due, Instant now, Counts counts) {
        WorkspaceId workspaceId = due.workspaceId();
        WorkKey key = due.key();
        if (!runtime.execute(events -> claims.tryClaim(workspaceId, key, owner, now, ReminderRun.CLAIM_LEASE))) {
            return;
        }
        boolean completed = false;
        try {
            Optional<Prepared> prepared = runtime.read(() -> prepare(due));
            if (prepared.isEmpty()) {
                return;
            }
            Decision decision = decide(prepared.get());
            ChargeStatus status = runtime.execute(events -> recordAndComplete(due, prepared.get(), decision, now));
            completed = true;
            counts.add(status);
        } catch (RuntimeException e) {
            LOG.warn("auto-charge {} of workspace {} failed and stays due: {}", key, workspaceId, e.toString());
            counts.failed++;
        } finally {
            if (!completed) {
                RecurringRun.release(runtime, claims, workspaceId, key, owner);
            }
        }
    }

    /**
     * What the attempt works on, read fresh under the claim; empty when another instance recorded it meanwhile.
     * Without a charge, the attempt is not needed any more (the reason says why).
     */
    private Optional<Prepared> prepare(ChargeAttempt due) {
        Optional<ChargeAttempt> stored = attempts.find(due.workspaceId(), due.templateId(), due.period(),
                due.attempt());
        if (stored.isEmpty() || stored.get().status() != ChargeStatus.DUE) {
            return Optional.empty();
        }
        Optional<RecurringTemplate> template = templates.find(due.workspaceId(), due.templateId());
        Optional<Invoice> invoice = invoices.find(due.workspaceId(), due.invoiceId());
        AutoCharge setting = template.map(RecurringTemplate::autoCharge).orElse(null);
        if (template.isEmpty() || template.get().status() != RecurringStatus.ACTIVE || setting == null) {
            return Optional.of(Prepared.notNeeded("auto-charge is off, or the template is not active"));
        }
        if (invoice.isEmpty() || !invoice.get().status().isPayable() || !invoice.get().amountDue().isPositive()
                || invoice.get().status() == InvoiceStatus.UNCOLLECTIBLE) {
            return Optional.of(Prepared.notNeeded("the invoice is "
                    + invoice.map(found -> found.status().toString()).orElse("gone")
                    + ": nothing to charge (paid, void or written off)"));
        }
        Optional<String> customer = customers.find(due.workspaceId(), due.clientId(), gateway.name());
        if (customer.isEmpty()) {
            return Optional.of(new Prepared(null, invoice.get(), "no customer at " + gateway.name()));
        }
        return Optional.of(new Prepared(new OffSessionCharge(due.workspaceId(), due.clientId(), due.invoiceId(),
                invoice.get().amountDue(), customer.get(), setting.paymentMethodReference(),
                new CheckoutPurpose.AmountDue(), due.idempotencyKey()), invoice.get(), ""));
    }

    /** Calls the gateway, outside any transaction, when there is something to charge. */
    private Decision decide(Prepared prepared) {
        OffSessionCharge charge = prepared.charge();
        if (charge == null) {
            return prepared.invoice() == null
                    ? new Decision(ChargeStatus.NOT_NEEDED, prepared.why(), "", null)
                    : new Decision(ChargeStatus.DECLINED, "no_customer: " + prepared.why(), "", null);
        }
        PaymentOutcome outcome;
        try {
            outcome = gateway.chargeSavedMethod(charge);
        } catch (PortalException e) {
            throw e;
        } catch (RuntimeException e) {
            // an adapter should translate its vendor's failures; one that slips through is not counted as an attempt
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "payment gateway " + gateway.name()
                    + " failed: " + e.getClass().getSimpleName() + "; the charge stays due", e);
        }
        if (outcome == null) {
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "payment gateway " + gateway.name()
                    + " answered nothing; the charge stays due");
        }
        if (outcome instanceof PaymentOutcome.Succeeded succeeded) {
            return new Decision(ChargeStatus.SUCCEEDED, "", succeeded.paymentReference(), outcome);
        }
        if (outcome instanceof PaymentOutcome.Pending pending) {
            return new Decision(ChargeStatus.PENDING, "", pending.paymentReference(), outcome);
        }
        if (outcome instanceof PaymentOutcome.RequiresAction action) {
            return new Decision(ChargeStatus.REQUIRES_ACTION, "", action.sessionId(), outcome);
        }
        PaymentOutcome.Declined declined = (PaymentOutcome.Declined) outcome;
        String reason = declined.message().isBlank() ? declined.code() : declined.code() + ": " + declined.message();
        return new Decision(ChargeStatus.DECLINED, reason, declined.reference(), outcome);
    }

    /**
     * The unit of work of one attempt: records its outcome, applies what follows from it (the payment, the pay link,
     * the next retry), completes the claim and audits; a lost claim rolls it all back.
     */
    private ChargeStatus recordAndComplete(ChargeAttempt due, Prepared prepared, Decision decision, Instant now) {
        ChargeAttempt recorded = due.recorded(decision.status(), decision.reason(), decision.reference(), now);
        attempts.record(recorded);
        if (decision.outcome() instanceof PaymentOutcome.Succeeded succeeded) {
            payments.applyGatewayEvent(new GatewayEvent.Succeeded(gateway.name(), due.idempotencyKey(),
                    due.workspaceId(), due.invoiceId(), succeeded.amount(), succeeded.paymentReference(),
                    succeeded.method(), now));
        } else if (decision.outcome() instanceof PaymentOutcome.Pending pending) {
            payments.applyGatewayEvent(new GatewayEvent.Pending(gateway.name(), due.idempotencyKey(),
                    due.workspaceId(), due.invoiceId(), pending.amount(), pending.paymentReference(),
                    pending.method(), now));
        } else if (decision.outcome() instanceof PaymentOutcome.RequiresAction action && notifier.sends()) {
            Invoice invoice = prepared.invoice();
            Workspace workspace = workspaces.require(due.workspaceId());
            Client client = clients.require(due.workspaceId(), due.clientId());
            notifier.sendAfterCommit(() -> actionMessage(workspace, client, invoice, action, due));
        }
        Instant firstFailedAt = recorded.firstFailedAt();
        if (decision.status() == ChargeStatus.DECLINED && firstFailedAt != null) {
            ChargeRetries.nextAttempt(firstFailedAt, due.attempt(), now).ifPresent(next -> attempts.schedule(
                    new ChargeAttempt(due.workspaceId(), due.templateId(), due.period(), due.attempt() + 1,
                            due.invoiceId(), due.clientId(), next, ChargeStatus.DUE, "", "", firstFailedAt, null)));
        }
        claims.complete(due.workspaceId(), due.key(), owner);
        String action = "recurring.charge_" + decision.status().name().toLowerCase(Locale.ROOT);
        runtime.audit().record(due.workspaceId(), StaffPrincipal.system(due.workspaceId()).actor(), action, SUBJECT,
                due.templateId().toString(),
                Map.of("period", due.period().toString(), "attempt", Integer.toString(due.attempt()),
                        "invoice", due.invoiceId().toString(), "reason", decision.reason(),
                        "reference", decision.reference()));
        return decision.status();
    }

    private NotificationDraft actionMessage(Workspace workspace, Client client, @Nullable Invoice invoice,
                                  PaymentOutcome.RequiresAction action, ChargeAttempt due) {
        Locale workspaceLanguage = workspace.settings().locale();
        Optional<URI> url = (invoice == null ? Optional.<URI>empty() : payLinks.payUrl(invoice))
                .or(() -> Optional.ofNullable(action.actionUrl()));
        Part link = url.map(Part::value).orElseGet(() -> Part.phrase(language ->
                "de".equals(language.getLanguage()) ? "Ihrem Kundenportal" : "your client portal"));
        NotificationDraft message = NotificationDraft.of(workspace.id(), Notification.Kind.PAYMENT_ACTION_REQUIRED,
                        client.email(),
                        client.documentLocale(workspaceLanguage), workspaceLanguage,
                        Map.of("business.name", Part.value(workspace.settings().name()),
                                "business.email", Part.value(workspace.settings().email()),
                                "client.name", Part.value(client.name()),
                                "invoice.number", Part.value(invoice == null ? "" : invoice.requireNumber()),
                                "link", link))
                .forClient(client.id()).step("charge " + due.period() + " attempt " + due.attempt());
        return invoice == null ? message : message.about(DocumentRef.of(DocumentType.INVOICE, invoice.id()));
    }

    /** What to charge ({@code null}: nothing; with no invoice, not needed; else declined for {@code why}). */
    private record Prepared(@Nullable OffSessionCharge charge, @Nullable Invoice invoice, String why) {

        static Prepared notNeeded(String why) {
            return new Prepared(null, null, why);
        }
    }

    /** An attempt's outcome: its status, decline reason, the gateway's reference and answer. */
    private record Decision(ChargeStatus status, String reason, String reference, @Nullable PaymentOutcome outcome) {
    }

    /** Counts of one run; touched by the run's thread only. */
    private static final class Counts {
        private int charged;
        private int needsAction;
        private int declined;
        private int failed;
        private int remaining;

        int made() {
            return charged + needsAction + declined;
        }

        void add(ChargeStatus status) {
            switch (status) {
                case SUCCEEDED, PENDING -> charged++;
                case REQUIRES_ACTION -> needsAction++;
                case DECLINED -> declined++;
                default -> { }
            }
        }
    }
}
