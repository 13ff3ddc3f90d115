package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored fact: one amount still owed on an issued invoice and the day it falls due — the whole amount due, or
 * one installment not yet settled — exactly as the invoice stores it in {@code Invoice.openAmounts()}.
 *
 * @param invoiceId  the invoice
 * @param clientId   its client
 * @param clientName the client's name
 * @param status     the invoice's status: open, partially paid or uncollectible
 * @param dueDate    when this amount is due
 * @param amount     how much is open, positive, in the invoice's currency
 */
public record OpenAmount(InvoiceId invoiceId, ClientId clientId, String clientName, InvoiceStatus status,
                         LocalDate dueDate, Money amount) {

    /**
     * Requires every field.
     *
     * @param invoiceId  the invoice
     * @param clientId   its client
     * @param clientName the client's name
     * @param status     the invoice's status: open, partially paid or uncollectible
     * @param dueDate    when this amount is due
     * @param amount     how much is open, positive, in the invoice's currency
     */
    public OpenAmount {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
    }
}
