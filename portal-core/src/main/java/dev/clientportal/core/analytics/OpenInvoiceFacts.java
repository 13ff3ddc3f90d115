package dev.clientportal.core.analytics;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What follow-up suggestions need to know about one open or partially paid invoice, gathered by the store in one
 * query.
 *
 * @param invoiceId      the invoice
 * @param clientId       its client
 * @param clientName     the client's name
 * @param number         its number
 * @param status         open or partially paid
 * @param issueDate      when it was issued
 * @param nextDueDate    the earliest due date of what is still open
 * @param amountDue      what is still owed
 * @param lastSentAt     when it was last sent, if recorded
 * @param engagement     human views, if any
 * @param lastPaymentOn  the last payment allocated to it, if any
 */
public record OpenInvoiceFacts(InvoiceId invoiceId, ClientId clientId, String clientName, String number,
                               InvoiceStatus status, LocalDate issueDate, LocalDate nextDueDate, Money amountDue,
                               Optional<Instant> lastSentAt, Optional<DocumentEngagement> engagement,
                               Optional<LocalDate> lastPaymentOn) {
}
