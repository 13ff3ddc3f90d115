package dev.clientportal.core.exports;

import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an invoice or credit note with its rounded figures: {@code net − documentDiscount = taxable}, and
 * {@code taxable + tax} is what the line adds to the total when taxes are rounded per line.
 *
 * @param documentNumber   the invoice's or credit note's number
 * @param ordinal          the line's position on the document, from 1
 * @param description      what was sold
 * @param quantity         how much, exactly as entered
 * @param unit             the unit, possibly empty
 * @param unitPrice        the price of one unit
 * @param net              quantity × unit price less the line's own discount, rounded
 * @param documentDiscount the line's share of the document-level discount
 * @param taxable          what taxes are charged on
 * @param rates            the tax rates of the line, in order
 * @param tax              Σ of the line's own taxes when they are rounded per line; {@code null} when the line carries
 *                         no tax of its own (rounded per document: the document's tax rows hold it; or tax exempt)
 */
public record LineExportRow(String documentNumber, int ordinal, String description, BigDecimal quantity, String unit,
                            Money unitPrice, Money net, Money documentDiscount, Money taxable, List<TaxRate> rates,
                            @Nullable Money tax) {

    /**
     * Copies the rates.
     *
     * @param documentNumber   the invoice's or credit note's number
     * @param ordinal          the line's position on the document, from 1
     * @param description      what was sold
     * @param quantity         how much
     * @param unit             the unit
     * @param unitPrice        the price of one unit
     * @param net              the line after its own discount
     * @param documentDiscount the line's share of the document discount
     * @param taxable          what taxes are charged on
     * @param rates            the line's tax rates
     * @param tax              the line's own tax, or {@code null}
     */
    public LineExportRow {
        rates = List.copyOf(rates);
    }
}
