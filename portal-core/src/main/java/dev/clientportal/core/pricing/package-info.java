/**
 * Pricing shared by invoices, quotes and credit notes: line items, discounts, tax rounding and the exact
 * document totals computed from them.
 */
@NullMarked
package dev.clientportal.core.pricing;

import org.jspecify.annotations.NullMarked;
