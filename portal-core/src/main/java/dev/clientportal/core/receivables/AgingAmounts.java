package dev.clientportal.core.receivables;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.util.Objects;

/**
 * Open amounts of one currency split by age.
 *
 * @param currency  the currency
 * @param current   not yet due
 * @param days1To30 1–30 days past due
 * @param days31To60 31–60 days past due
 * @param days61To90 61–90 days past due
 * @param over90    more than 90 days past due
 */
public record AgingAmounts(CurrencyUnit currency, Money current, Money days1To30, Money days31To60, Money days61To90,
                           Money over90) {

    /**
     * Requires every amount in the currency.
     *
     * @param currency   the currency
     * @param current    not yet due
     * @param days1To30  1–30 days past due
     * @param days31To60 31–60 days past due
     * @param days61To90 61–90 days past due
     * @param over90     more than 90 days past due
     */
    public AgingAmounts {
        Objects.requireNonNull(currency, "currency");
        current.requireCurrency(currency, "current");
        days1To30.requireCurrency(currency, "days1To30");
        days31To60.requireCurrency(currency, "days31To60");
        days61To90.requireCurrency(currency, "days61To90");
        over90.requireCurrency(currency, "over90");
    }

    /**
     * All buckets zero.
     *
     * @param currency the currency
     * @return amounts with zero in every bucket
     */
    public static AgingAmounts zero(CurrencyUnit currency) {
        Money zero = Money.zero(currency);
        return new AgingAmounts(currency, zero, zero, zero, zero, zero);
    }

    /**
     * The amount in one bucket.
     *
     * @param bucket the bucket
     * @return the amount open in that bucket
     */
    public Money in(AgingBucket bucket) {
        return switch (bucket) {
            case CURRENT -> current;
            case DAYS_1_30 -> days1To30;
            case DAYS_31_60 -> days31To60;
            case DAYS_61_90 -> days61To90;
            case OVER_90 -> over90;
        };
    }

    /**
     * These amounts with more in one bucket.
     *
     * @param bucket the bucket to add to
     * @param amount the amount to add, in the same currency
     * @return a copy with {@code amount} added to that bucket
     */
    public AgingAmounts plus(AgingBucket bucket, Money amount) {
        return switch (bucket) {
            case CURRENT -> new AgingAmounts(currency, current.plus(amount), days1To30, days31To60, days61To90, over90);
            case DAYS_1_30 -> new AgingAmounts(currency, current, days1To30.plus(amount), days31To60, days61To90, over90);
            case DAYS_31_60 -> new AgingAmounts(currency, current, days1To30, days31To60.plus(amount), days61To90, over90);
            case DAYS_61_90 -> new AgingAmounts(currency, current, days1To30, days31To60, days61To90.plus(amount), over90);
            case OVER_90 -> new AgingAmounts(currency, current, days1To30, days31To60, days61To90, over90.plus(amount));
        };
    }

    /**
     * These amounts plus others of the same currency, bucket by bucket.
     *
     * @param other amounts of the same currency
     * @return the bucket-by-bucket sums
     */
    public AgingAmounts plus(AgingAmounts other) {
        return new AgingAmounts(currency, current.plus(other.current), days1To30.plus(other.days1To30),
                days31To60.plus(other.days31To60), days61To90.plus(other.days61To90), over90.plus(other.over90));
    }

    /**
     * Everything open.
     *
     * @return the sum of every bucket
     */
    public Money total() {
        return current.plus(days1To30).plus(days31To60).plus(days61To90).plus(over90);
    }

    /**
     * Everything past due.
     *
     * @return the sum of every bucket but the current one
     */
    public Money overdue() {
        return total().minus(current);
    }
}
