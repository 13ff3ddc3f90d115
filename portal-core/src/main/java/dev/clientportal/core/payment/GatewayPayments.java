package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.internal.PortalRuntime.EventSink;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Online payments: a client starting one through the {@link PaymentGateway}, and the gateway's events applied
 * exactly once through the {@link GatewayEventInbox}. Payments with a gateway reference change only here (and by
 * staff refunds), so every rule about pending, failed and parked lives in one place.
 */
final class GatewayPayments {

    private static final String SUBJECT = "payment";

    private final PaymentService service;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final GatewayEventInbox inbox;
    private final @Nullable PaymentGateway gateway;
    private final ReceiptNumbers receipts;
    private final ChargebackHold chargebacks;
    private final PortalRuntime runtime;

    GatewayPayments(PaymentService service, WorkspaceRepository workspaces, ClientRepository clients,
                    InvoiceRepository invoices, PaymentRepository payments, GatewayEventInbox inbox,
                    @Nullable PaymentGateway gateway, ReceiptNumbers receipts, ChargebackHold chargebacks,
                    PortalRuntime runtime) {
        this.service = service;
        this.chargebacks = chargebacks;
        this.receipts = receipts;
        this.workspaces = workspaces;
        this.clients = clients;
        this.invoices = invoices;
        this.payments = payments;
        this.inbox = inbox;
        this.gateway = gateway;
        this.runtime = runtime;
    }

    // ---- the client pays ------------------------------------------------------------------------------------

    PaymentOutcome pay(PortalPrincipal principal, PayInvoice command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        PaymentGateway configured = gateway;
        if (configured == null) {
            throw new PortalException(ErrorCode.GATEWAY_NOT_CONFIGURED, "paying online needs a PaymentGateway: build "
                    + "the portal with .gateway(...), e.g. a StripePaymentGateway from portal-stripe");
        }
        CheckoutRequest request = runtime.execute(events -> checkoutFor(principal, command));
        // never inside a transaction: a slow gateway must not hold database locks or connections
        PaymentOutcome outcome = callGateway(configured, () -> configured.startCheckout(request));
        service.retryingConflicts(() -> {
            runtime.run(events -> recordOutcome(events, configured, principal.actor(), request, outcome));
            return null;
        });
        return outcome;
    }

    private CheckoutRequest checkoutFor(PortalPrincipal principal, PayInvoice command) {
        Invoice invoice = invoices.find(principal.workspaceId(), command.invoiceId())
                .filter(found -> found.status() != InvoiceStatus.DRAFT && principal.canSee(found.workspaceId(),
                        found.clientId(), DocumentRef.of(DocumentType.INVOICE, found.id())))
                .orElseThrow(() -> PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice",
                        command.invoiceId()));
        principal.requireAllowed(PortalAction.PAY);
        if (!invoice.status().isPayable() || !invoice.amountDue().isPositive()) {
            throw PortalException.invalid(ErrorCode.INVOICE_NOT_PAYABLE, "invoice", invoice.describe(),
                    "is " + invoice.status() + "; only open, partially paid or uncollectible invoices can be paid");
        }
        Money amount = invoice.amountDue();
        CheckoutPurpose purpose = new CheckoutPurpose.AmountDue();
        if (command.installment() > 0) {
            purpose = installment(invoice, command.installment());
            amount = PayChoice.amountThrough(invoice, command.installment());
        }
        // the invoice version changes with every settlement, so a new key starts a new checkout exactly when the
        // amount owed may have changed; until then a repeated click answers the same session
        String key = "checkout:" + invoice.workspaceId() + ":" + invoice.id() + ":" + command.installment() + ":"
                + amount.minorUnits() + amount.currency() + ":v" + invoice.version();
        return new CheckoutRequest(invoice.workspaceId(), invoice.clientId(), invoice.id(), invoice.requireNumber(),
                amount, purpose, command.returnUrl(), key);
    }

    private static CheckoutPurpose.Installment installment(Invoice invoice, int number) {
        List<Installment> schedule = invoice.content().schedule().installments();
        if (number > schedule.size()) {
            throw PortalException.invalid(ErrorCode.UNKNOWN_INSTALLMENT, "installment", number,
                    "invoice " + invoice.describe() + " has " + schedule.size() + " installments");
        }
        return new CheckoutPurpose.Installment(number, schedule.get(number - 1).label());
    }

    private static PaymentOutcome callGateway(PaymentGateway gateway, Supplier<@Nullable PaymentOutcome> call) {
        PaymentOutcome outcome;
        try {
            outcome = call.get();
        } catch (PortalException e) {
            throw e;
        } catch (RuntimeException e) {
            // an adapter should translate its vendor's failures; if one slips through, it still never crosses
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "payment gateway " + gateway.name()
                    + " failed: " + e.getClass().getSimpleName() + "; try again later", e);
        }
        if (outcome == null) {
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "payment gateway " + gateway.name()
                    + " answered nothing; try again later");
        }
        return outcome;
    }

    /** Records what the gateway answered a client's checkout; a payment it reports at once is applied as an event. */
    private void recordOutcome(EventSink events, PaymentGateway gateway, String actor, CheckoutRequest request,
                               PaymentOutcome outcome) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("invoice", request.invoiceNumber());
        details.put("amount", request.amount().toString());
        details.put("purpose", request.purpose().describe());
        details.put("gateway", gateway.name());
        String action;
        if (outcome instanceof PaymentOutcome.RequiresAction started) {
            action = "payment.checkout_started";
            details.put("session", started.sessionId());
        } else if (outcome instanceof PaymentOutcome.Declined declined) {
            action = "payment.declined";
            details.put("code", declined.code());
            details.put("reference", declined.reference());
        } else if (outcome instanceof PaymentOutcome.Succeeded succeeded) {
            action = "payment.checkout_succeeded";
            details.put("reference", succeeded.paymentReference());
            applyReported(events, new GatewayEvent.Succeeded(gateway.name(), request.idempotencyKey(),
                    request.workspaceId(), request.invoiceId(), succeeded.amount(), succeeded.paymentReference(),
                    succeeded.method(), runtime.clock().instant()));
        } else {
            PaymentOutcome.Pending pending = (PaymentOutcome.Pending) outcome;
            action = "payment.checkout_pending";
            details.put("reference", pending.paymentReference());
            applyReported(events, new GatewayEvent.Pending(gateway.name(), request.idempotencyKey(),
                    request.workspaceId(), request.invoiceId(), pending.amount(), pending.paymentReference(),
                    pending.method(), runtime.clock().instant()));
        }
        runtime.audit().record(request.workspaceId(), actor, action, "invoice", request.invoiceId().toString(),
                details);
    }

    /** Applies an outcome the gateway reported synchronously, as its webhook would, without an inbox entry. */
    private void applyReported(EventSink events, GatewayEvent event) {
        Workspace workspace = workspaces.require(event.workspaceId());
        Applied applied = decide(events, workspace, event, existing(event), event.occurredAt());
        if (applied.payment() != null) {
            applyParked(events, workspace, event, applied.payment());
        }
        settleRacesAfterCommit(event, applied.outcome());
    }

    // ---- gateway events ---------------------------------------------------------------------------------------

    GatewayEventOutcome apply(GatewayEvent event) {
        PortalException.requireField(event, "event");
        return service.retryingConflicts(() -> runtime.execute(events -> applyOnce(events, event)));
    }

    /**
     * Applies an event not received before. The events parked for its payment are read with the check for an
     * earlier delivery, before the payment changes: one parked meanwhile by another transaction is applied after
     * either commit, as {@link #settleRacesAfterCommit} says.
     */
    private GatewayEventOutcome applyOnce(EventSink events, GatewayEvent event) {
        List<GatewayEventEntry> found = inbox.findOrParked(event.workspaceId(), event.gateway(), event.eventId(),
                event.paymentReference());
        Optional<GatewayEventEntry> earlier = found.stream()
                .filter(entry -> entry.eventId().equals(event.eventId())).findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().event().equals(event)) {
                throw PortalException.invalid(ErrorCode.GATEWAY_EVENT_CONFLICT, "eventId", event.eventId(),
                        "was received before with other content: " + earlier.get().event());
            }
            return earlier.get().outcome();
        }
        Workspace workspace = workspaces.require(event.workspaceId());
        Applied applied = decide(events, workspace, event, existing(event), event.occurredAt());
        inbox.save(new GatewayEventEntry(event, applied.outcome(), runtime.clock().instant(), 0));
        if (applied.payment() != null) {
            applyParked(events, workspace, found, applied.payment(), entry -> event.occurredAt());
        }
        settleRacesAfterCommit(event, applied.outcome());
        return applied.outcome();
    }

    /**
     * Parking an event and changing its payment can race: two instances each read the payment as it stood, one
     * parks a refund while the other records the money and finds nothing parked, because the park has not committed
     * yet. Neither transaction sees the other's write, so after its commit each side looks again in a transaction of
     * its own: an event that parked, and one that created its payment or recorded its money (what parked events wait
     * for). Whichever committed second sees both writes and applies what waits. Both may apply it: the payment's
     * version makes one of them lose and retry, and the retry finds the event applied.
     */
    private void settleRacesAfterCommit(GatewayEvent event, GatewayEventOutcome outcome) {
        boolean parkedHere = outcome.status() == GatewayEventOutcome.Status.PARKED;
        boolean mayHaveReleased = outcome.status() == GatewayEventOutcome.Status.APPLIED
                && (event instanceof GatewayEvent.Pending || event instanceof GatewayEvent.Succeeded);
        if (parkedHere || mayHaveReleased) {
            runtime.afterCommit(() -> service.retryingConflicts(() -> {
                runtime.run(events -> applyRacedParked(events, event, parkedHere));
                return null;
            }));
        }
    }

    /**
     * Applies the events parked for an event's payment, if it exists now. Events parked while this one changed the
     * payment count as parked before it (a failure from before it is stale, as in {@link #applyParked}); when this
     * one parked, it and the others count as arriving now, after the payment's change.
     */
    private void applyRacedParked(EventSink events, GatewayEvent event, boolean parkedHere) {
        List<GatewayEventEntry> parked = inbox.parked(event.workspaceId(), event.gateway(), event.paymentReference());
        if (parked.isEmpty()) {
            return;
        }
        Optional<Payment> payment = existing(event);
        if (payment.isPresent()) {
            Workspace workspace = workspaces.require(event.workspaceId());
            applyParked(events, workspace, parked, payment.get(),
                    entry -> parkedHere ? entry.event().occurredAt() : event.occurredAt());
        }
    }

    private Optional<Payment> existing(GatewayEvent event) {
        Optional<Payment> payment = payments.findByReference(event.workspaceId(), event.paymentReference());
        if (payment.isPresent() && !payment.get().gateway().equals(event.gateway())) {
            throw PortalException.invalid(ErrorCode.PAYMENT_REFERENCE_CONFLICT, "paymentReference",
                    event.paymentReference(), "belongs to a payment recorded "
                            + (payment.get().viaGateway() ? "through " + payment.get().gateway() : "manually"));
        }
        return payment;
    }

    /**
     * Tries the events parked for a payment that just changed, oldest first; each either applies, is ignored, or
     * stays parked (a refund while the payment is still pending).
     */
    private void applyParked(EventSink events, Workspace workspace, GatewayEvent trigger, Payment changed) {
        applyParked(events, workspace, inbox.parked(workspace.id(), trigger.gateway(), trigger.paymentReference()),
                changed, entry -> trigger.occurredAt());
    }

    private void applyParked(EventSink events, Workspace workspace, List<GatewayEventEntry> parked, Payment changed,
                             Function<GatewayEventEntry, Instant> since) {
        for (GatewayEventEntry entry : parked) {
            Payment current = payments.find(workspace.id(), changed.id()).orElseThrow();
            Applied applied = decide(events, workspace, entry.event(), Optional.of(current), since.apply(entry));
            if (applied.outcome().status() != GatewayEventOutcome.Status.PARKED) {
                inbox.save(entry.withOutcome(applied.outcome()));
            }
        }
    }

    /**
     * What an event does to its payment as it stands. {@code since} is when the payment was last started: a parked
     * failure from before it belongs to an earlier attempt and is stale.
     */
    private Applied decide(EventSink events, Workspace workspace, GatewayEvent event, Optional<Payment> current,
                           Instant since) {
        if (event instanceof GatewayEvent.Pending pending) {
            return current.map(payment -> pendingAgain(events, payment, pending))
                    .orElseGet(() -> recordPending(events, workspace, pending));
        }
        if (event instanceof GatewayEvent.Succeeded succeeded) {
            return current.map(payment -> payment.isReceived() ? ignored(payment, "already received")
                            : received(events, payment, succeeded, "pending payment succeeded", Map.of()))
                    .orElseGet(() -> {
                        Invoice invoice = invoice(workspace, succeeded.invoiceId());
                        return received(events, planned(workspace, invoice, succeeded, succeeded.method()),
                                succeeded, "payment recorded", Map.of(invoice.id(), invoice));
                    });
        }
        if (event instanceof GatewayEvent.Failed failed) {
            return current.map(payment -> failed(events, payment, failed, since))
                    .orElseGet(() -> parked("waiting for payment " + failed.paymentReference()));
        }
        if (event instanceof GatewayEvent.Refunded refunded) {
            return current.filter(Payment::isReceived)
                    .map(payment -> refunded(events, workspace, payment, refunded))
                    .orElseGet(() -> parked("waiting for payment " + refunded.paymentReference() + " to succeed"));
        }
        GatewayEvent.Disputed disputed = (GatewayEvent.Disputed) event;
        return current.map(payment -> disputed(events, payment, disputed))
                .orElseGet(() -> parked("waiting for payment " + disputed.paymentReference()));
    }

    private Applied recordPending(EventSink events, Workspace workspace, GatewayEvent.Pending event) {
        Payment payment = payments.save(planned(workspace, invoice(workspace, event.invoiceId()), event,
                event.method()));
        audit(payment, "payment.pending", Map.of("reference", payment.reference(), "amount",
                payment.amount().toString(), "gateway", payment.gateway(), "event", event.eventId()));
        events.raise(new PaymentPending(runtime.ids().next(),
                payment.workspaceId(), payment.id(), payment.clientId(), payment.amount(),
                payment.reference(), runtime.clock().instant()));
        return new Applied(GatewayEventOutcome.applied(payment, "pending payment recorded"), payment);
    }

    private Applied pendingAgain(EventSink events, Payment payment, GatewayEvent.Pending event) {
        if (payment.status() != PaymentStatus.FAILED) {
            return ignored(payment, payment.isReceived() ? "stale: already received" : "already pending");
        }
        Payment pending = payments.save(payment.pendingAgain());
        audit(pending, "payment.pending", Map.of("reference", pending.reference(), "amount",
                pending.amount().toString(), "gateway", pending.gateway(), "event", event.eventId()));
        events.raise(new PaymentPending(runtime.ids().next(),
                pending.workspaceId(), pending.id(), pending.clientId(), pending.amount(),
                pending.reference(), runtime.clock().instant()));
        return new Applied(GatewayEventOutcome.applied(pending, "failed payment pending again"), pending);
    }

    private Invoice invoice(Workspace workspace, InvoiceId invoiceId) {
        return invoices.find(workspace.id(), invoiceId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
    }

    /**
     * A not-yet-stored PENDING payment of an event's amount for one invoice: as much as it owes now, the rest as
     * credit. What it settles is planned again when the money arrives.
     */
    private Payment planned(Workspace workspace, Invoice invoice, GatewayEvent event, PaymentMethod method) {
        Money amount = event.amount().requireCurrency(invoice.content().currency(), "amount");
        Money toInvoice = invoice.status().isPayable() ? amount.min(invoice.amountDue())
                : Money.zero(amount.currency());
        List<Allocation> allocations = toInvoice.isPositive()
                ? List.of(new Allocation(invoice.id(), invoice.requireNumber(), toInvoice,
                        Money.zero(amount.currency())))
                : List.of();
        LocalDate receivedOn = LocalDate.ofInstant(event.occurredAt(), workspace.settings().timeZone());
        return new Payment(new PaymentId(runtime.ids().next()), workspace.id(), invoice.clientId(), amount, method,
                event.gateway(), event.paymentReference(), receivedOn, allocations, amount.minus(toInvoice),
                List.of(), "", runtime.clock().instant(), PaymentStatus.PENDING, "", 0);
    }

    /**
     * The money of a pending (or new, or failed and retried) payment arrived: its planned allocations apply as far
     * as the invoices still owe — they may have been settled otherwise meanwhile — and the rest becomes credit.
     * {@code read} holds invoices this transaction read a moment ago to plan the payment, which are not read again.
     */
    private Applied received(EventSink events, Payment planned, GatewayEvent event, String detail,
                             Map<InvoiceId, Invoice> read) {
        Money zero = Money.zero(planned.amount().currency());
        Money left = planned.amount();
        Map<InvoiceId, Invoice> settled = new LinkedHashMap<>();
        List<Allocation> applied = new ArrayList<>();
        for (Allocation intended : planned.allocations()) {
            Optional<Invoice> invoice = Optional.ofNullable(read.get(intended.invoiceId()))
                    .or(() -> invoices.find(planned.workspaceId(), intended.invoiceId()))
                    .filter(found -> found.status().isPayable());
            Money amount = invoice.map(found -> intended.amount().min(found.amountDue())).orElse(zero).min(left);
            if (amount.isPositive()) {
                settled.put(invoice.get().id(), invoice.get().withPayment(amount));
                applied.add(new Allocation(intended.invoiceId(), intended.invoiceNumber(), amount, zero));
                left = left.minus(amount);
            }
        }
        Payment payment = payments.save(planned.succeeded(applied, left,
                receipts.next(planned.workspaceId(), planned.receivedOn())));
        service.saveSettled(events, settled.values());
        if (left.isPositive()) {
            Client client = clients.requireForUpdate(payment.workspaceId(), payment.clientId());
            clients.save(client.withCreditAdded(left));
        }
        audit(payment, "payment.recorded", Map.of("reference", payment.reference(), "amount",
                payment.amount().toString(), "method", payment.method().name(), "gateway", payment.gateway(),
                "toCredit", left.toString(), "event", event.eventId()));
        events.raise(new PaymentRecorded(runtime.ids().next(), payment.workspaceId(), payment.id(),
                payment.clientId(), payment.amount(), payment.reference(), left, runtime.clock().instant()));
        return new Applied(GatewayEventOutcome.applied(payment, detail), payment);
    }

    private Applied failed(EventSink events, Payment payment, GatewayEvent.Failed event, Instant since) {
        if (payment.isReceived()) {
            return ignored(payment, "stale: the payment succeeded");
        }
        if (payment.status() == PaymentStatus.FAILED) {
            return ignored(payment, "already failed");
        }
        if (event.occurredAt().isBefore(since)) {
            return ignored(payment, "stale: failed before the payment was started again");
        }
        Payment failed = payments.save(payment.failed());
        audit(failed, "payment.failed", Map.of("reference", failed.reference(), "amount", failed.amount().toString(),
                "reason", event.reason(), "event", event.eventId()));
        events.raise(new PaymentFailed(runtime.ids().next(),
                failed.workspaceId(), failed.id(), failed.clientId(), failed.amount(),
                failed.reference(), event.reason(), runtime.clock().instant()));
        return new Applied(GatewayEventOutcome.applied(failed, "payment failed"), failed);
    }

    private Applied refunded(EventSink events, Workspace workspace, Payment payment, GatewayEvent.Refunded event) {
        if (payment.refundByReference(event.refundReference()).isPresent()) {
            return ignored(payment, "refund " + event.refundReference() + " already applied");
        }
        LocalDate refundedOn = LocalDate.ofInstant(event.occurredAt(), workspace.settings().timeZone());
        Payment refunded = service.refundIn(events, payment, RefundPayment.of(payment.id(), event.amount(),
                event.refundReference(), event.reason()).refundedOn(refundedOn), actor(event));
        return new Applied(GatewayEventOutcome.applied(refunded, "refund " + event.refundReference() + " applied"),
                refunded);
    }

    /** Records a chargeback and stops, at once, the reminders of the invoices the payment paid. */
    private Applied disputed(EventSink events, Payment payment, GatewayEvent.Disputed event) {
        List<InvoiceId> paid = payment.allocations().stream().map(Allocation::invoiceId).distinct().toList();
        if (!paid.isEmpty()) {
            chargebacks.hold(payment.workspaceId(), paid, chargebackReason(event), actor(event));
        }
        audit(payment, "payment.disputed", Map.of("reference", payment.reference(), "amount",
                event.amount().toString(), "dispute", event.disputeReference(), "reason", event.reason(), "event",
                event.eventId()));
        events.raise(new PaymentDisputed(runtime.ids().next(),
                payment.workspaceId(), payment.id(), payment.clientId(), event.amount(),
                payment.reference(), event.disputeReference(), event.reason(), runtime.clock().instant()));
        return new Applied(GatewayEventOutcome.applied(payment, "dispute " + event.disputeReference() + " recorded"),
                payment);
    }

    /** "chargeback dp_1: fraudulent", cut to fit one reference-long line. */
    private static String chargebackReason(GatewayEvent.Disputed event) {
        String reason = ("chargeback " + event.disputeReference() + ": " + event.reason())
                .replaceAll("\\p{Cntrl}", " ").strip();
        return reason.length() <= InputLimits.REFERENCE ? reason : reason.substring(0, InputLimits.REFERENCE);
    }

    private static Applied ignored(Payment payment, String detail) {
        return new Applied(GatewayEventOutcome.ignored(payment, detail), payment);
    }

    private static Applied parked(String detail) {
        return new Applied(GatewayEventOutcome.parked(detail), null);
    }

    private void audit(Payment payment, String action, Map<String, String> details) {
        runtime.audit().record(payment.workspaceId(), "gateway:" + payment.gateway(), action, SUBJECT,
                payment.id().toString(), details);
    }

    private static String actor(GatewayEvent event) {
        return "gateway:" + event.gateway();
    }

    /** What an event did, and the payment as it stands after it ({@code null} while parked). */
    private record Applied(GatewayEventOutcome outcome, @Nullable Payment payment) {
    }
}
