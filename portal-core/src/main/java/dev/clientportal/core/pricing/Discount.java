package dev.clientportal.core.pricing;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;

import org.jspecify.annotations.Nullable;

/** A reduction of a line or of a whole document: none, a percentage, or a fixed amount. */
public sealed interface Discount permits Discount.None, Discount.Percent, Discount.Amount {

    /**
     * No discount.
     *
     * @return the discount that takes nothing off
     */
    static Discount none() {
        return None.INSTANCE;
    }

    /**
     * A percentage off, e.g. {@code Discount.percent("4")}.
     *
     * @param percent the percentage as decimal text, e.g. {@code "4"} or {@code "12.5"}
     * @return a discount of that percentage of what it reduces
     */
    static Discount percent(String percent) {
        return new Percent(Percentage.of(percent));
    }

    /**
     * A fixed amount off; it may not exceed what it reduces.
     *
     * @param amount the amount off; not negative
     * @return a discount of that fixed amount
     */
    static Discount amount(Money amount) {
        return new Amount(amount);
    }

    /**
     * The discount of a document in a currency: none for {@code null}, and a fixed amount only in that currency.
     *
     * @param discount the discount given, or {@code null} for none
     * @param currency the document currency
     * @return the discount, {@link #none()} for {@code null}
     * @throws PortalException {@link ErrorCode#CURRENCY_MISMATCH} for an amount in another currency
     */
    static Discount inCurrency(@Nullable Discount discount, CurrencyUnit currency) {
        if (discount instanceof Amount amount) {
            amount.amount().requireCurrency(currency, "discount");
        }
        return discount == null ? none() : discount;
    }

    /**
     * Whether this discount takes nothing off.
     *
     * @return whether this discount takes nothing off
     */
    boolean isNone();

    /** No discount. */
    enum None implements Discount {
        /** The single instance. */
        INSTANCE;

        @Override
        public boolean isNone() {
            return true;
        }
    }

    /**
     * A percentage off.
     *
     * @param percentage the percentage off
     */
    record Percent(Percentage percentage) implements Discount {
        /**
         * Requires a percentage.
         *
         * @param percentage the percentage off
         */
        public Percent {
            PortalException.requireField(percentage, "discount.percentage");
        }

        @Override
        public boolean isNone() {
            return percentage.isZero();
        }
    }

    /**
     * A fixed amount off.
     *
     * @param amount the amount off, in the document currency; not negative
     */
    record Amount(Money amount) implements Discount {
        /**
         * Requires a non-negative amount.
         *
         * @param amount the amount off, in the document currency; not negative
         */
        public Amount {
            PortalException.requireField(amount, "discount.amount");
            if (amount.isNegative()) {
                throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "discount.amount", amount,
                        "must not be negative");
            }
        }

        @Override
        public boolean isNone() {
            return amount.isZero();
        }
    }
}
