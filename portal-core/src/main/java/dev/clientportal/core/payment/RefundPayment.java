package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Returns money from a payment. By default the refund comes first from client credit the payment created (if the
 * client still has it), then from its invoice allocations, latest first; name invoices to choose instead.
 *
 * @param paymentId  the payment
 * @param amount     how much, positive
 * @param reference  external reference (gateway refund id), one line of at most 200 characters; refunding with
 *                   the same reference again is a no-op
 * @param reason     why, at most 2,000 characters
 * @param refundedOn the refund date, between 1900-01-01 and 2999-12-31; {@code null} means today in the
 *                   workspace's zone
 * @param fromInvoices explicit parts taken from invoice allocations (no {@code null} element, each positive, in the
 *                   refund's currency); the rest comes from client credit
 */
public record RefundPayment(PaymentId paymentId, Money amount, String reference, String reason,
                            @Nullable LocalDate refundedOn, List<Refund.Part> fromInvoices) {

    /**
     * Validates every field.
     *
     * @param paymentId    the payment
     * @param amount       how much, positive
     * @param reference    external reference (gateway refund id), one line of at most 200 characters; refunding with
     *                     the same reference again is a no-op
     * @param reason       why, at most 2,000 characters
     * @param refundedOn   the refund date, between 1900-01-01 and 2999-12-31; {@code null} means today in the
     *                     workspace's zone
     * @param fromInvoices explicit parts taken from invoice allocations (no {@code null} element, each positive, in the
     *                     refund's currency); the rest comes from client credit
     */
    public RefundPayment {
        PortalException.requireField(paymentId, "paymentId");
        PortalException.requireField(amount, "amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "amount", amount, "a refund must be positive");
        }
        reference = PortalException.requireLine(reference, "reference", InputLimits.REFERENCE);
        reason = PortalException.optionalText(reason, "reason", InputLimits.REASON);
        InputLimits.requireDate(refundedOn, "refundedOn");
        fromInvoices = PortalException.elements(fromInvoices, "fromInvoices", InputLimits.LIST);
        Money named = Money.zero(amount.currency());
        for (Refund.Part part : fromInvoices) {
            part.amount().requireCurrency(amount.currency(), "fromInvoices.amount");
            named = named.plus(part.amount());
        }
        if (named.isGreaterThan(amount)) {
            throw PortalException.invalid(ErrorCode.REFUND_EXCEEDS_PAYMENT, "fromInvoices", named,
                    "the named invoice parts exceed the refund amount " + amount);
        }
    }

    /**
     * A refund taken from credit first, then from the latest allocations.
     *
     * @param paymentId the payment
     * @param amount    how much, positive
     * @param reference external reference (gateway refund id), one line of at most 200 characters; refunding with the
     *                  same reference again is a no-op
     * @param reason    why, at most 2,000 characters
     * @return the command
     */
    public static RefundPayment of(PaymentId paymentId, Money amount, String reference, String reason) {
        return new RefundPayment(paymentId, amount, reference, reason, null, List.of());
    }

    /**
     * This refund taking an exact amount from one invoice's allocation.
     *
     * @param invoiceId the invoice whose allocation is reduced
     * @param part      the amount taken from it, positive
     * @return this command with the part
     */
    public RefundPayment fromInvoice(dev.clientportal.core.invoice.InvoiceId invoiceId, Money part) {
        List<Refund.Part> more = new ArrayList<>(fromInvoices);
        more.add(new Refund.Part(invoiceId, part));
        return new RefundPayment(paymentId, amount, reference, reason, refundedOn, more);
    }

    /**
     * This refund dated to a given day.
     *
     * @param date the refund date
     * @return this command with the date
     */
    public RefundPayment refundedOn(LocalDate date) {
        return new RefundPayment(paymentId, amount, reference, reason, date, fromInvoices);
    }
}
