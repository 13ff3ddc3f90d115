package dev.clientportal.core.pricing;

import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;

/**
 * One row of a document's tax summary: a rate, the amount it was charged on (the sum of the rounded taxable line
 * amounts, plus earlier taxes for a compound rate), and the tax: rounded per line and summed, or that base × rate
 * rounded once, as {@link TaxRounding} says.
 *
 * @param rate    the tax rate
 * @param taxable the amount it was charged on
 * @param tax     the tax charged
 */
public record TaxAmount(TaxRate rate, Money taxable, Money tax) {
}
