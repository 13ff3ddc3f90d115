package dev.clientportal.core.exports;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentStatus;

import java.time.LocalDate;

/**
 * What one payment settled on one invoice: {@code net = amount − refunded}.
 *
 * @param paymentId        the payment
 * @param paymentReference its external reference
 * @param status           the payment's status (only a received payment settles anything)
 * @param receivedOn       the day its money arrived
 * @param clientId         the paying client
 * @param invoiceId        the invoice settled
 * @param invoiceNumber    its number
 * @param amount           what the payment allocated to it
 * @param refunded         what was refunded from that allocation since
 * @param net              {@code amount − refunded}
 */
public record AllocationExportRow(PaymentId paymentId, String paymentReference, PaymentStatus status,
                                  LocalDate receivedOn, ClientId clientId, InvoiceId invoiceId, String invoiceNumber,
                                  Money amount, Money refunded, Money net) {
}
