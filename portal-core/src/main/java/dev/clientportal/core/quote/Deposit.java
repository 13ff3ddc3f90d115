package dev.clientportal.core.quote;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.pricing.DocumentTotals;

/**
 * What the client pays up front when it accepts a quote: nothing, a percentage of the quote total, or a fixed
 * amount. The deposit is an advance on a total that already includes tax, so it is invoiced without tax.
 */
public sealed interface Deposit permits Deposit.None, Deposit.Percent, Deposit.Amount {

    /**
     * No deposit: acceptance issues one invoice for the whole quote.
     *
     * @return the deposit that asks for nothing at acceptance
     */
    static Deposit none() {
        return None.INSTANCE;
    }

    /**
     * A percentage of the quote total, e.g. {@code Deposit.percent("30")}.
     *
     * @param percent the percentage of the total as decimal text, above zero, e.g. {@code "30"}
     * @return a deposit of that share of the quote total
     */
    static Deposit percent(String percent) {
        return new Percent(Percentage.of(percent));
    }

    /**
     * A fixed amount, at most the quote total.
     *
     * @param amount the deposit amount in the quote currency; positive
     * @return a deposit of that fixed amount
     */
    static Deposit amount(Money amount) {
        return new Amount(amount);
    }

    /**
     * Whether there is no deposit.
     *
     * @return whether there is no deposit
     */
    boolean isNone();

    /**
     * The deposit on a quote of this total: a percentage is rounded with {@link DocumentTotals#ROUNDING}.
     *
     * @param total the quote total
     * @return the deposit amount in the total's currency; zero without a deposit
     */
    Money of(Money total);

    /**
     * A stable description for content hashes and audit entries, e.g. {@code 30%} or {@code USD 500.00}.
     *
     * @return the description, e.g. {@code 30%} or {@code USD 500.00}; {@code none} without a deposit
     */
    String describe();

    /** No deposit. */
    enum None implements Deposit {
        /** The single instance. */
        INSTANCE;

        @Override
        public boolean isNone() {
            return true;
        }

        @Override
        public Money of(Money total) {
            return Money.zero(total.currency());
        }

        @Override
        public String describe() {
            return "none";
        }
    }

    /**
     * A percentage of the quote total, above zero.
     *
     * @param percentage the share of the quote total; above zero
     */
    record Percent(Percentage percentage) implements Deposit {
        /**
         * Requires a percentage above zero.
         *
         * @param percentage the share of the quote total; above zero
         */
        public Percent {
            PortalException.requireField(percentage, "deposit.percentage");
            if (percentage.isZero()) {
                throw PortalException.invalid(ErrorCode.INVALID_PERCENTAGE, "deposit.percentage", percentage,
                        "must be above zero; use Deposit.none() for no deposit");
            }
        }

        @Override
        public boolean isNone() {
            return false;
        }

        @Override
        public Money of(Money total) {
            return total.percent(percentage, DocumentTotals.ROUNDING);
        }

        @Override
        public String describe() {
            return percentage.toString();
        }
    }

    /**
     * A fixed amount, above zero.
     *
     * @param amount the deposit amount in the quote currency; positive
     */
    record Amount(Money amount) implements Deposit {
        /**
         * Requires a positive amount.
         *
         * @param amount the deposit amount in the quote currency; positive
         */
        public Amount {
            PortalException.requireField(amount, "deposit.amount");
            if (!amount.isPositive()) {
                throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "deposit.amount", amount,
                        "must be positive; use Deposit.none() for no deposit");
            }
        }

        @Override
        public boolean isNone() {
            return false;
        }

        @Override
        public Money of(Money total) {
            return amount;
        }

        @Override
        public String describe() {
            return amount.toString();
        }
    }
}
