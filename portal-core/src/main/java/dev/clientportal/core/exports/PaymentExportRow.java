package dev.clientportal.core.exports;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;

import java.time.LocalDate;

/**
 * One payment: {@code amount = allocated + toCredit}; {@code refunded ≤ amount}. A PENDING or FAILED payment is listed
 * with its status and settled nothing.
 *
 * @param paymentId     the payment's id
 * @param reference     its external reference
 * @param receiptNumber its receipt's number, empty while pending or failed
 * @param clientId      the paying client
 * @param clientName    the client's name now
 * @param status        where it stands
 * @param method        how it arrived
 * @param gateway       the gateway that took it, empty for manual payments
 * @param receivedOn    the day the money arrived
 * @param amount        the amount received
 * @param allocated     Σ of its allocations to invoices
 * @param toCredit      what became client credit
 * @param refunded      Σ of its refunds
 * @param note          the business's note
 */
public record PaymentExportRow(PaymentId paymentId, String reference, String receiptNumber, ClientId clientId,
                               String clientName, PaymentStatus status, PaymentMethod method, String gateway,
                               LocalDate receivedOn, Money amount, Money allocated, Money toCredit, Money refunded,
                               String note) {
}
