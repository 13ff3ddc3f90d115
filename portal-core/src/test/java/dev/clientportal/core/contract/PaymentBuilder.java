package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds payments whose amount is what their allocations and credit add up to, with refunds applied through
 * {@link Payment#withRefund}: {@code aPayment(ws, client, "wire-1").allocate(invoice, "300.00").toCredit("50.00")
 * .refundFromCredit("re-1", "10.00", date).build()}. Defaults: USD, bank transfer, received 2026-03-10.
 */
public final class PaymentBuilder {

    private final WorkspaceId workspaceId;
    private final ClientId clientId;
    private final String reference;
    private PaymentId id = new PaymentId(UUID.randomUUID());
    private CurrencyUnit currency = CurrencyUnit.USD;
    private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
    private String gateway = "";
    private String note = "";
    private LocalDate receivedOn = LocalDate.of(2026, 3, 10);
    private Instant recordedAt = Samples.CREATED;
    private final List<Allocation> allocations = new ArrayList<>();
    private String toCredit = "0";
    private final List<RefundSpec> refunds = new ArrayList<>();
    private boolean pending;

    private PaymentBuilder(WorkspaceId workspaceId, ClientId clientId, String reference) {
        this.workspaceId = workspaceId;
        this.clientId = clientId;
        this.reference = reference;
    }

    /** A payment of a client with an external reference. */
    public static PaymentBuilder aPayment(WorkspaceId workspaceId, ClientId clientId, String reference) {
        return new PaymentBuilder(workspaceId, clientId, reference);
    }

    /** With a given id. */
    public PaymentBuilder id(PaymentId value) {
        this.id = value;
        return this;
    }

    /** In a currency other than USD; call before amounts. */
    public PaymentBuilder currency(CurrencyUnit value) {
        this.currency = value;
        return this;
    }

    /** Taken by a gateway with a method. */
    public PaymentBuilder via(String gatewayName, PaymentMethod value) {
        this.gateway = gatewayName;
        this.method = value;
        return this;
    }

    /** With a note. */
    public PaymentBuilder note(String value) {
        this.note = value;
        return this;
    }

    /** Received on a day. */
    public PaymentBuilder receivedOn(LocalDate value) {
        this.receivedOn = value;
        return this;
    }

    /** Recorded at an instant. */
    public PaymentBuilder recordedAt(Instant value) {
        this.recordedAt = value;
        return this;
    }

    /** Settling an amount of an issued invoice. */
    public PaymentBuilder allocate(Invoice invoice, String amount) {
        allocations.add(new Allocation(invoice.id(), invoice.number(), Money.of(amount, currency),
                Money.zero(currency)));
        return this;
    }

    /** Leaving an amount as client credit. */
    public PaymentBuilder toCredit(String amount) {
        this.toCredit = amount;
        return this;
    }

    /** With a refund taken from the credit it created. */
    public PaymentBuilder refundFromCredit(String refundReference, String amount, LocalDate on) {
        refunds.add(new RefundSpec(refundReference, amount, amount, null, "0", on));
        return this;
    }

    /** With a refund taken partly from credit and partly from one invoice's allocation. */
    public PaymentBuilder refund(String refundReference, String fromCredit, Invoice invoice, String fromInvoice,
                                 LocalDate on) {
        String total = Money.of(fromCredit, currency).plus(Money.of(fromInvoice, currency)).amount().toPlainString();
        refunds.add(new RefundSpec(refundReference, total, fromCredit, invoice, fromInvoice, on));
        return this;
    }

    /** Still PENDING (a bank debit clearing): what it allocates is planned, not applied; it takes no refunds. */
    public PaymentBuilder pending() {
        this.pending = true;
        return this;
    }

    /** The payment, version 0. */
    public Payment build() {
        Money credit = Money.of(toCredit, currency);
        Money amount = credit;
        for (Allocation allocation : allocations) {
            amount = amount.plus(allocation.amount());
        }
        Payment payment = new Payment(id, workspaceId, clientId, amount, method, gateway, reference, receivedOn,
                allocations, credit, List.of(), note, recordedAt, pending ? PaymentStatus.PENDING
                : PaymentStatus.SUCCEEDED, pending ? "" : "RCT-" + reference, 0);
        for (RefundSpec spec : refunds) {
            payment = payment.withRefund(spec.toRefund(currency, recordedAt));
        }
        return payment;
    }

    private record RefundSpec(String reference, String amount, String fromCredit, Invoice invoice,
                              String fromInvoice, LocalDate on) {
        Refund toRefund(CurrencyUnit currency, Instant recordedAt) {
            List<Refund.Part> parts = invoice == null ? List.of()
                    : List.of(new Refund.Part(invoice.id(), Money.of(fromInvoice, currency)));
            return new Refund(new RefundId(UUID.randomUUID()), reference, Money.of(amount, currency),
                    Money.of(fromCredit, currency), parts, on, "Refund " + reference, recordedAt.plusSeconds(86_400));
        }
    }
}
