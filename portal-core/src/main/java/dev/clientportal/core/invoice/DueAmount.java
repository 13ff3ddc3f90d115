package dev.clientportal.core.invoice;

import dev.clientportal.core.money.Money;

import java.time.LocalDate;

/**
 * An amount still owed and the date it falls due: the open balance of an invoice, or of one installment.
 *
 * @param dueDate when it is due
 * @param amount  how much is still owed, positive
 */
public record DueAmount(LocalDate dueDate, Money amount) {
}
