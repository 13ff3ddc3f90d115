package dev.clientportal.core.pricing;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.DecimalInput;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One priced line of an invoice, quote or credit note: quantity × unit price, less an optional line discount,
 * taxed at zero or more rates.
 *
 * <p>Quantities are positive, below 10^19, and may have up to six decimals (1.5 hours); the line is rounded to minor units once, when the
 * document's totals are computed.
 *
 * @param description what is sold, as printed on the document; at most {@value #MAX_DESCRIPTION_LENGTH} characters
 * @param quantity    how many units; positive, below 10^19, at most six decimals
 * @param unit        the unit of the quantity, e.g. {@code h} or {@code pcs}
 * @param unitPrice   the price of one unit, in the document currency
 * @param discount    the line's own discount, {@link Discount#none()} for none
 * @param taxes       the tax rates charged on the line, possibly none
 */
public record LineItem(String description, BigDecimal quantity, String unit, Money unitPrice, Discount discount,
                       List<TaxRate> taxes) {

    private static final int MAX_QUANTITY_SCALE = 6;
    private static final int MAX_QUANTITY_INTEGER_DIGITS = 19;
    /** The longest description a line may have. */
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    /**
     * Validates every field; a bad line is rejected before it reaches any document.
     *
     * @param description what is sold, as printed on the document; at most {@value #MAX_DESCRIPTION_LENGTH} characters
     * @param quantity    how many units; positive, below 10^19, at most six decimals
     * @param unit        the unit of the quantity, e.g. {@code h} or {@code pcs}
     * @param unitPrice   the price of one unit, in the document currency
     * @param discount    the line's own discount, {@link Discount#none()} for none
     * @param taxes       the tax rates charged on the line, possibly none
     */
    public LineItem {
        description = PortalException.requireText(description, "line.description", MAX_DESCRIPTION_LENGTH);
        quantity = requireQuantity(quantity);
        unit = PortalException.optionalLine(unit, "line.unit", InputLimits.REFERENCE);
        PortalException.requireField(unitPrice, "line.unitPrice");
        if (unitPrice.isNegative()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "line.unitPrice", unitPrice,
                    "must not be negative; use a discount or a credit note instead");
        }
        discount = discount == null ? Discount.none() : discount;
        if (discount instanceof Discount.Amount amount) {
            amount.amount().requireCurrency(unitPrice.currency(), "line.discount");
            if (amount.amount().amount().compareTo(quantity.multiply(unitPrice.amount())) > 0) {
                throw PortalException.invalid(ErrorCode.DISCOUNT_EXCEEDS_AMOUNT, "line.discount", amount.amount(),
                        "must not exceed the line amount " + unitPrice.currency() + " "
                                + quantity.multiply(unitPrice.amount()).toPlainString());
            }
        }
        taxes = PortalException.requireElements(taxes, "line.taxes", 20);
        Set<String> names = new HashSet<>();
        for (TaxRate tax : taxes) {
            if (!names.add(tax.name())) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "line.taxes", tax.name(),
                        "a tax may be charged only once per line");
            }
        }
    }

    /**
     * A line without discount, e.g. {@code LineItem.of("Logo design", "12", "h", Money.of("95", USD), vat)}.
     *
     * @param description what is sold, as printed on the document
     * @param quantity    how many units as decimal text, e.g. {@code "1.5"}; positive, at most six decimals
     * @param unit        the unit of the quantity, e.g. {@code h}
     * @param unitPrice   the price of one unit, in the document currency
     * @param taxes       the tax rates charged on the line, possibly none
     * @return the line, without discount
     */
    public static LineItem of(String description, String quantity, String unit, Money unitPrice, TaxRate... taxes) {
        return new LineItem(description, parseQuantity(quantity), unit, unitPrice, Discount.none(),
                Arrays.asList(PortalException.requireField(taxes, "line.taxes")));
    }

    /**
     * The lines of one priced document (an invoice, a quote), copied: at most {@code maxLines}, every unit price in
     * the document's currency.
     *
     * @param lines    the document's lines
     * @param currency the document currency
     * @param maxLines the most lines such a document may have
     * @param document what the document is, for the message, e.g. {@code "quote"}
     * @return an unmodifiable copy of the lines
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for too many lines, {@link ErrorCode#CURRENCY_MISMATCH}
     *         naming the first line priced in another currency
     */
    public static List<LineItem> documentLines(List<LineItem> lines, CurrencyUnit currency, int maxLines,
                                               String document) {
        if (PortalException.requireField(lines, "lines").size() > maxLines) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "lines", lines.size() + " lines",
                    "a " + document + " has at most " + maxLines + " lines");
        }
        List<LineItem> copy = PortalException.requireElements(lines, "lines", maxLines);
        for (int i = 0; i < copy.size(); i++) {
            if (!copy.get(i).unitPrice().currency().equals(currency)) {
                copy.get(i).unitPrice().requireCurrency(currency, "lines[" + i + "].unitPrice");
            }
        }
        return copy;
    }

    /**
     * This line with a discount.
     *
     * @param newDiscount the line's discount, {@link Discount#none()} to remove it
     * @return a copy of this line with that discount
     */
    public LineItem withDiscount(Discount newDiscount) {
        return new LineItem(description, quantity, unit, unitPrice, newDiscount, taxes);
    }

    /**
     * This line with one more tax rate.
     *
     * @param tax the rate to add
     * @return a copy of this line with the rate added after its others
     */
    public LineItem withTax(TaxRate tax) {
        List<TaxRate> more = new ArrayList<>(taxes);
        more.add(tax);
        return new LineItem(description, quantity, unit, unitPrice, discount, more);
    }

    static BigDecimal parseQuantity(String quantity) {
        return DecimalInput.parse(quantity, "line.quantity", ErrorCode.INVALID_QUANTITY);
    }

    /**
     * A positive quantity below 10^19 with at most six decimals, without trailing zeros. Every check reads precision
     * and scale before anything is scaled, so {@code 1e9999999} is refused at once instead of expanded.
     */
    private static BigDecimal requireQuantity(BigDecimal quantity) {
        DecimalInput.requireBounded(quantity, "line.quantity");
        if (quantity.signum() <= 0) {
            throw PortalException.invalid(ErrorCode.INVALID_QUANTITY, "line.quantity", DecimalInput.quote(quantity),
                    "must be greater than zero");
        }
        if (DecimalInput.hasIntegerDigits(quantity, MAX_QUANTITY_INTEGER_DIGITS + 1)) {
            // even at one minor unit each, such a line would exceed the largest amount a Money holds
            throw PortalException.invalid(ErrorCode.INVALID_QUANTITY, "line.quantity", DecimalInput.quote(quantity),
                    "must have at most " + MAX_QUANTITY_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (DecimalInput.hasMoreDecimalsThan(quantity, MAX_QUANTITY_SCALE)) {
            throw PortalException.invalid(ErrorCode.INVALID_QUANTITY, "line.quantity", DecimalInput.quote(quantity),
                    "must have at most " + MAX_QUANTITY_SCALE + " decimal places");
        }
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
