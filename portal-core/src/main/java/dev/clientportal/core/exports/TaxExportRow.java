package dev.clientportal.core.exports;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * One row of a document's printed tax summary: a rate, what it was charged on and the tax. The tax rows of a document
 * sum exactly to its tax, whichever way it rounds taxes (per document each row is its base × rate rounded once).
 *
 * @param document       {@link DocumentType#INVOICE} or {@link DocumentType#CREDIT_NOTE}
 * @param documentNumber the document's number
 * @param clientId       the client
 * @param currency       the document's currency
 * @param issueDate      the day the document was issued
 * @param invoiceStatus  the invoice's status now (for a credit note, the credited invoice's)
 * @param voidedOn       the day the invoice (for a credit note, the credited invoice) was voided, else {@code null}:
 *                       a void reverses the invoice, and with it what its credit notes took off
 * @param rate           the tax rate
 * @param taxable        what it was charged on
 * @param tax            the tax
 */
public record TaxExportRow(DocumentType document, String documentNumber, ClientId clientId, CurrencyUnit currency,
                           LocalDate issueDate, InvoiceStatus invoiceStatus, @Nullable LocalDate voidedOn,
                           TaxRate rate, Money taxable, Money tax) {
}
