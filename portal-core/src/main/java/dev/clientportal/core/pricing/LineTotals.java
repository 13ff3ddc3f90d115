package dev.clientportal.core.pricing;

import dev.clientportal.core.money.Money;

import java.util.List;

/**
 * The rounded figures of one line.
 *
 * @param gross             quantity × unit price, rounded once
 * @param lineDiscount      what the line's own discount takes off ({@code gross − net})
 * @param net               the line amount after its own discount
 * @param documentDiscount  this line's share of the document-level discount
 * @param taxable           {@code net − documentDiscount}, the amount taxes are charged on
 * @param taxes             the tax per rate of the line, in the line's order; empty when taxes are rounded per
 *                          document (they exist only in the document's tax summary then) or the client is exempt
 */
public record LineTotals(Money gross, Money lineDiscount, Money net, Money documentDiscount, Money taxable,
                         List<Money> taxes) {

    /** Copies the tax list. */
    public LineTotals {
        taxes = List.copyOf(taxes);
    }
}
