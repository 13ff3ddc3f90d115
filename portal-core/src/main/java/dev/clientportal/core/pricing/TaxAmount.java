package dev.clientportal.core.pricing;

import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;

/** One row of a document's tax summary: a rate, the amount it was charged on, and the tax. */
public record TaxAmount(TaxRate rate, Money taxable, Money tax) {
}
