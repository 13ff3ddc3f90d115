package dev.clientportal.core.exports;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;

/**
 * One credit note, as the register lists it: {@code subtotal − discount + tax = total = appliedToInvoice +
 * toClientCredit}. Amounts are positive: a credit note reduces what was invoiced.
 *
 * @param creditNoteId     the credit note's id
 * @param number           its number
 * @param invoiceNumber    the number of the invoice it credits
 * @param clientId         the client credited
 * @param clientName       the client's name now
 * @param currency         its currency
 * @param issueDate        the day it was issued
 * @param subtotal         Σ credited line nets
 * @param discount         the share of the invoice discount the credited lines carried
 * @param tax              Σ of its tax rows
 * @param total            what it credits
 * @param appliedToInvoice the part that reduced the invoice's amount due
 * @param toClientCredit   the part that became client credit
 * @param reason           why the credit was given
 */
public record CreditNoteExportRow(CreditNoteId creditNoteId, String number, String invoiceNumber, ClientId clientId,
                                  String clientName, CurrencyUnit currency, LocalDate issueDate, Money subtotal,
                                  Money discount, Money tax, Money total, Money appliedToInvoice,
                                  Money toClientCredit, String reason) {
}
