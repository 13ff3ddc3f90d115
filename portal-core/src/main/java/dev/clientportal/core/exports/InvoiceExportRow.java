package dev.clientportal.core.exports;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One issued invoice, as the accountant's invoice register lists it. {@code subtotal − discount + tax = total} and
 * {@code amountDue = total + late fees − credited − client credit applied − paid} (late fees and client credit are on
 * the invoice, not in the register).
 *
 * @param invoiceId  the invoice's id
 * @param number     its number
 * @param clientId   the billed client
 * @param clientName the client's name now
 * @param status     its status now
 * @param currency   its currency, the currency of every amount
 * @param issueDate  the day it was issued
 * @param dueDate    the day it is due
 * @param subtotal   Σ line nets (after line discounts)
 * @param discount   the invoice-level discount
 * @param tax        Σ of its tax rows
 * @param total      what it is for
 * @param credited   Σ totals of the credit notes issued against it
 * @param paid       Σ payment allocations − Σ refunds from it
 * @param amountDue  what is still owed
 * @param closedOn   the day it was voided or written off, else {@code null}
 */
public record InvoiceExportRow(InvoiceId invoiceId, String number, ClientId clientId, String clientName,
                               InvoiceStatus status, CurrencyUnit currency, LocalDate issueDate, LocalDate dueDate,
                               Money subtotal, Money discount, Money tax, Money total, Money credited, Money paid,
                               Money amountDue, @Nullable LocalDate closedOn) {
}
