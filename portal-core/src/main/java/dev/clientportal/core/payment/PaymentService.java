package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.invoice.InvoiceReopened;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.PeriodLock;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

final class PaymentService implements Payments {

    private static final String SUBJECT = "payment";
    private static final int MAX_ATTEMPTS = 3;

    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final TransactionRunner transactions;
    private final PortalRuntime runtime;
    private final GatewayPayments gatewayPayments;
    private final Notices notifier;
    private final ReceiptNumbers receipts;
    private final PeriodLocks periodLocks;

    PaymentService(WorkspaceRepository workspaces, ClientRepository clients, InvoiceRepository invoices,
                   PaymentRepository payments, GatewayEventInbox inbox, TransactionRunner transactions,
                   @Nullable PaymentGateway gateway, Notices notifier, NumberSequence numbers,
                   ChargebackHold chargebacks, PeriodLocks periodLocks, PortalRuntime runtime) {
        this.workspaces = workspaces;
        this.periodLocks = periodLocks;
        this.receipts = new ReceiptNumbers(numbers);
        this.notifier = notifier;
        this.clients = clients;
        this.invoices = invoices;
        this.payments = payments;
        this.transactions = transactions;
        this.runtime = runtime;
        this.gatewayPayments = new GatewayPayments(this, workspaces, clients, invoices, payments, inbox, gateway,
                receipts, chargebacks, runtime);
    }

    /**
     * Records a payment. Another instance may record the same reference between this one's read and its insert:
     * the unique (workspace, reference) key then refuses the insert (or the invoices it settled are no longer
     * open), and a new transaction reads what won — the same payment is returned, a different one is a conflict.
     * Inside a transaction the host owns, the failure propagates: that transaction cannot go on after it.
     */
    @Override
    public Payment record(StaffPrincipal principal, RecordPayment command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        try {
            return runtime.execute(events -> recordIn(events, principal, command));
        } catch (PortalException e) {
            if (transactions.isTransactionOpen()) {
                throw e;
            }
            Optional<Payment> winner = runtime.execute(events ->
                    payments.findByReference(principal.workspaceId(), command.reference()));
            if (winner.isEmpty()) {
                throw e;
            }
            return sameOrConflict(winner.get(), command);
        }
    }

    private Payment recordIn(PortalRuntime.EventSink events, StaffPrincipal principal, RecordPayment command) {
        Optional<Payment> earlier = payments.findByReference(principal.workspaceId(), command.reference());
        if (earlier.isPresent()) {
            return sameOrConflict(earlier.get(), command);
        }
        Workspace workspace = workspace(principal);
        Client client = client(principal, command.clientId());
        Money left = command.amount();
        Map<InvoiceId, Invoice> settled = new LinkedHashMap<>();
        List<Allocation> allocations = new ArrayList<>();
        for (RecordPayment.Request request : command.allocations()) {
            Invoice invoice = invoiceOf(principal, client, request.invoiceId(), command.amount());
            Money amount = request.amount() != null ? request.amount() : invoice.amountDue().min(left);
            if (amount.isGreaterThan(left) || !left.isPositive()) {
                throw PortalException.invalid(ErrorCode.ALLOCATION_EXCEEDS_PAYMENT, "allocations",
                        invoice.describe(), "allocating " + amount + " exceeds what is left of the payment: " + left);
            }
            settled.put(invoice.id(), invoice.withPayment(amount));
            allocations.add(new Allocation(invoice.id(), invoice.requireNumber(), amount,
                    Money.zero(amount.currency())));
            left = left.minus(amount);
        }
        if (command.autoAllocate()) {
            for (Invoice invoice : invoices.payable(client.workspaceId(), client.id(), command.amount().currency())) {
                if (!left.isPositive()) {
                    break;
                }
                // written-off invoices are paid only when named explicitly
                if (settled.containsKey(invoice.id()) || !invoice.isOpenForCollection()) {
                    continue;
                }
                Money amount = invoice.amountDue().min(left);
                settled.put(invoice.id(), invoice.withPayment(amount));
                allocations.add(new Allocation(invoice.id(), invoice.requireNumber(), amount,
                        Money.zero(amount.currency())));
                left = left.minus(amount);
            }
        }
        LocalDate receivedOn = command.receivedOn() != null ? command.receivedOn()
                : runtime.today(workspace.settings().timeZone());
        periodLock(workspace).requireOpen(receivedOn, "receivedOn", "payment " + command.reference());
        Payment payment = payments.save(new Payment(new PaymentId(runtime.ids().next()), client.workspaceId(),
                client.id(), command.amount(), command.method(), command.gateway(), command.reference(), receivedOn,
                allocations, left, List.of(), command.note(), runtime.clock().instant(),
                receipts.next(client.workspaceId(), receivedOn), 0));
        saveSettled(events, settled.values());
        if (left.isPositive()) {
            clients.save(client.withCreditAdded(left));
        }
        runtime.audit().record(payment.workspaceId(), principal.actor(), "payment.recorded", SUBJECT,
                payment.id().toString(), Map.of("reference", payment.reference(), "amount",
                        payment.amount().toString(), "method", payment.method().name(), "gateway",
                        payment.gateway(), "allocations", describe(allocations), "toCredit", left.toString()));
        events.raise(new PaymentRecorded(runtime.ids().next(), payment.workspaceId(), payment.id(),
                payment.clientId(), payment.amount(), payment.reference(), left, runtime.clock().instant()));
        if (notifier.sends()) {
            notifier.sendAfterCommit(() -> ReceiptMessages.receipt(workspace, client, payment));
        }
        return payment;
    }

    /** Stores invoices a payment settled, and says which of them it paid in full. */
    void saveSettled(PortalRuntime.EventSink events, Collection<Invoice> settled) {
        for (Invoice invoice : settled) {
            Invoice saved = invoices.save(invoice);
            if (saved.status() == InvoiceStatus.PAID) {
                events.raise(new InvoicePaid(runtime.ids().next(), saved.workspaceId(), saved.id(),
                        saved.clientId(), saved.requireNumber(), runtime.clock().instant()));
            }
        }
    }

    @Override
    public PaymentOutcome pay(PortalPrincipal principal, PayInvoice command) {
        return gatewayPayments.pay(principal, command);
    }

    @Override
    public GatewayEventOutcome applyGatewayEvent(GatewayEvent event) {
        return gatewayPayments.apply(event);
    }

    /**
     * Runs a unit of work that two instances may run at once, again when it loses to the other (a duplicate key
     * or a stale version): the next attempt reads what the winner committed. Only when the portal owns the
     * outermost transaction; inside the host's transaction the failure propagates, as that transaction is lost.
     */
    <T extends @Nullable Object> T retryingConflicts(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PortalException e) {
                boolean lostARace = e.errorCode() == ErrorCode.DUPLICATE_KEY
                        || e.errorCode() == ErrorCode.CONCURRENT_MODIFICATION;
                if (!lostARace || attempt == MAX_ATTEMPTS || transactions.isTransactionOpen()) {
                    throw e;
                }
            }
        }
    }

    private static Payment sameOrConflict(Payment earlier, RecordPayment command) {
        if (earlier.clientId().equals(command.clientId()) && earlier.amount().equals(command.amount())
                && earlier.gateway().equals(command.gateway())) {
            return earlier;
        }
        throw PortalException.invalid(ErrorCode.PAYMENT_REFERENCE_CONFLICT, "reference", command.reference(),
                "was already recorded as " + earlier.amount() + " from client " + earlier.clientId()
                        + "; a reference identifies one payment");
    }

    private Invoice invoiceOf(StaffPrincipal principal, Client client, InvoiceId invoiceId, Money payment) {
        Invoice invoice = invoices.find(principal.workspaceId(), invoiceId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
        if (!invoice.clientId().equals(client.id())) {
            throw PortalException.invalid(ErrorCode.INVALID_ALLOCATION, "allocations", invoice.describe(),
                    "belongs to another client than the payer " + client.name());
        }
        if (!invoice.content().currency().equals(payment.currency())) {
            throw PortalException.invalid(ErrorCode.CURRENCY_MISMATCH, "amount", payment,
                    "invoice " + invoice.describe() + " is in " + invoice.content().currency());
        }
        if (!invoice.status().isPayable()) {
            throw PortalException.invalid(ErrorCode.INVOICE_NOT_PAYABLE, "invoice", invoice.describe(),
                    "is " + invoice.status() + "; only open, partially paid or uncollectible invoices take payments");
        }
        return invoice;
    }

    @Override
    public Payment refund(StaffPrincipal principal, RefundPayment command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Payment payment = load(principal, command.paymentId());
            Workspace workspace = workspace(principal);
            LocalDate refundedOn = command.refundedOn() != null ? command.refundedOn()
                    : runtime.today(workspace.settings().timeZone());
            // a refund asked for again is answered as before (refundIn), even once its day is closed
            if (payments.findByRefundReference(payment.workspaceId(), command.reference()).isEmpty()) {
                periodLock(workspace).requireOpen(refundedOn, "refundedOn", "refund " + command.reference());
            }
            return refundIn(events, payment, command, principal.actor());
        });
    }

    /** The workspace's closed periods, read so that they cannot change before this transaction ends. */
    private PeriodLock periodLock(Workspace workspace) {
        return periodLocks.readShared(workspace.id()).orElseGet(() -> PeriodLock.none(workspace.id()));
    }

    /**
     * Refunds part or all of a payment inside the caller's transaction, idempotently by refund reference: the
     * staff refund and a gateway's refund event share it.
     */
    Payment refundIn(PortalRuntime.EventSink events, Payment payment, RefundPayment command, String actor) {
        Optional<Payment> holder = payments.findByRefundReference(payment.workspaceId(), command.reference());
        if (holder.isPresent()) {
            Refund earlier = holder.get().refundByReference(command.reference()).orElseThrow();
            if (holder.get().id().equals(payment.id()) && earlier.amount().equals(command.amount())) {
                return holder.get();
            }
            throw PortalException.invalid(ErrorCode.REFUND_REFERENCE_CONFLICT, "reference", command.reference(),
                    "was already used for a refund of " + earlier.amount() + " on payment "
                            + holder.get().reference());
        }
        payment.requireRefundable();
        command.amount().requireCurrency(payment.amount().currency(), "amount");
        if (command.amount().isGreaterThan(payment.refundable())) {
            throw PortalException.invalid(ErrorCode.REFUND_EXCEEDS_PAYMENT, "amount", command.amount(),
                    "exceeds what is left to refund on payment " + payment.reference() + ": "
                            + payment.refundable());
        }
        Client client = clients.find(payment.workspaceId(), payment.clientId()).orElseThrow();
        List<Refund.Part> parts = new ArrayList<>(command.fromInvoices());
        Money fromInvoices = Money.zero(command.amount().currency());
        for (Refund.Part part : parts) {
            fromInvoices = fromInvoices.plus(part.amount());
        }
        Money rest = command.amount().minus(fromInvoices);
        Money creditLeft = payment.toCredit().minus(payment.creditRefunded())
                .min(client.creditBalance(payment.amount().currency()));
        Money fromCredit = rest.min(creditLeft);
        rest = rest.minus(fromCredit);
        if (rest.isPositive() && command.fromInvoices().isEmpty()) {
            parts.addAll(latestAllocationsFirst(payment, rest));
            rest = Money.zero(rest.currency());
        }
        if (rest.isPositive()) {
            throw PortalException.invalid(ErrorCode.REFUND_EXCEEDS_PAYMENT, "amount", command.amount(),
                    "the named invoices and the client's remaining credit from this payment cover only "
                            + command.amount().minus(rest));
        }
        Workspace workspace = workspaces.require(payment.workspaceId());
        LocalDate refundedOn = command.refundedOn() != null ? command.refundedOn()
                : runtime.today(workspace.settings().timeZone());
        Refund refund = new Refund(new RefundId(runtime.ids().next()), command.reference(), command.amount(),
                fromCredit, parts, refundedOn, command.reason(), runtime.clock().instant());
        Payment refunded = payment.withRefund(refund);
        Map<InvoiceId, Money> perInvoice = new LinkedHashMap<>();
        for (Refund.Part part : parts) {
            perInvoice.merge(part.invoiceId(), part.amount(), Money::plus);
        }
        List<Invoice> before = new ArrayList<>();
        List<Invoice> after = new ArrayList<>();
        perInvoice.forEach((invoiceId, amount) -> {
            Invoice invoice = invoices.find(payment.workspaceId(), invoiceId).orElseThrow();
            before.add(invoice);
            after.add(invoice.withPaymentRefunded(amount));
        });
        Payment saved = payments.save(refunded);
        for (int i = 0; i < after.size(); i++) {
            Invoice stored = invoices.save(after.get(i));
            if (before.get(i).status() == InvoiceStatus.PAID && stored.status() != InvoiceStatus.PAID) {
                events.raise(new InvoiceReopened(runtime.ids().next(),
                        stored.workspaceId(), stored.id(), stored.clientId(),
                        stored.requireNumber(), stored.amountDue(), runtime.clock().instant()));
            }
        }
        if (fromCredit.isPositive()) {
            clients.save(client.withCreditUsed(fromCredit));
        }
        runtime.audit().record(saved.workspaceId(), actor, "payment.refunded", SUBJECT,
                saved.id().toString(), Map.of("reference", command.reference(), "amount",
                        command.amount().toString(), "fromCredit", fromCredit.toString()),
                Map.of("reason", command.reason()));
        events.raise(new PaymentRefunded(runtime.ids().next(),
                saved.workspaceId(), saved.id(), refund.id(), saved.clientId(),
                refund.amount(), refund.reference(), runtime.clock().instant()));
        return saved;
    }

    private static List<Refund.Part> latestAllocationsFirst(Payment payment, Money amount) {
        List<Refund.Part> parts = new ArrayList<>();
        Money rest = amount;
        List<Allocation> allocations = payment.allocations();
        for (int i = allocations.size() - 1; i >= 0 && rest.isPositive(); i--) {
            Money take = allocations.get(i).net().min(rest);
            if (take.isPositive()) {
                parts.add(new Refund.Part(allocations.get(i).invoiceId(), take));
                rest = rest.minus(take);
            }
        }
        if (rest.isPositive()) {
            throw PortalException.invalid(ErrorCode.REFUND_EXCEEDS_PAYMENT, "amount", amount,
                    "the client credit this payment created has been used elsewhere; only "
                            + amount.minus(rest) + " can be refunded from its invoices");
        }
        return parts;
    }

    @Override
    public Invoice applyCredit(StaffPrincipal principal, ApplyCredit command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Invoice invoice = invoices.find(principal.workspaceId(), command.invoiceId()).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", command.invoiceId()));
            Client client = clients.find(invoice.workspaceId(), invoice.clientId()).orElseThrow();
            Client debited = client.withCreditUsed(command.amount());
            Invoice saved = invoices.save(invoice.withClientCredit(command.amount()));
            clients.save(debited);
            runtime.audit().record(saved.workspaceId(), principal.actor(), "credit.applied", "invoice",
                    saved.id().toString(), Map.of("number", saved.number(), "amount", command.amount().toString()));
            events.raise(new CreditApplied(runtime.ids().next(),
                    saved.workspaceId(), saved.clientId(), saved.id(), command.amount(),
                    runtime.clock().instant()));
            if (saved.status() == InvoiceStatus.PAID) {
                events.raise(new InvoicePaid(runtime.ids().next(),
                        saved.workspaceId(), saved.id(), saved.clientId(), saved.requireNumber(),
                        runtime.clock().instant()));
            }
            return saved;
        });
    }

    @Override
    public Payment get(StaffPrincipal principal, PaymentId paymentId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> load(principal, paymentId));
    }

    @Override
    public Optional<Payment> findByReference(StaffPrincipal principal, String reference) {
        PortalException.requireField(principal, "principal");
        String checked = PortalException.requireLine(reference, "reference", InputLimits.REFERENCE);
        return runtime.execute(events -> payments.findByReference(principal.workspaceId(), checked));
    }

    @Override
    public List<Payment> forClient(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> payments.forClient(principal.workspaceId(),
                client(principal, clientId).id()));
    }

    @Override
    public List<Payment> forInvoice(StaffPrincipal principal, InvoiceId invoiceId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoiceId, "invoiceId");
        return runtime.execute(events -> {
            Invoice invoice = invoices.find(principal.workspaceId(), invoiceId).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
            return payments.forInvoice(invoice.workspaceId(), invoice.id());
        });
    }

    private Payment load(StaffPrincipal principal, PaymentId paymentId) {
        PortalException.requireField(paymentId, "paymentId");
        return payments.find(principal.workspaceId(), paymentId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.PAYMENT_NOT_FOUND, "payment", paymentId));
    }

    private Workspace workspace(StaffPrincipal principal) {
        return workspaces.require(principal.workspaceId());
    }

    private Client client(StaffPrincipal principal, ClientId clientId) {
        return clients.require(principal.workspaceId(), clientId);
    }

    private static String describe(List<Allocation> allocations) {
        StringBuilder out = new StringBuilder();
        for (Allocation allocation : allocations) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(allocation.invoiceNumber()).append('=').append(allocation.amount());
        }
        return out.toString();
    }
}
