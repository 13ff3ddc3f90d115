package dev.clientportal.core.money;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of one currency, held as a whole number of minor units (cents, fils, yen).
 *
 * <p>Arithmetic never silently rounds: operations that can create a fraction take a {@link RoundingMode}.
 * Mixing currencies throws {@link ErrorCode#CURRENCY_MISMATCH}; overflowing a {@code long} of minor units throws
 * {@link ErrorCode#AMOUNT_OUT_OF_RANGE}.
 *
 * @param minorUnits the amount in the currency's minor units (cents for USD); may be negative
 * @param currency   the currency
 */
public record Money(long minorUnits, CurrencyUnit currency) implements Comparable<Money> {

    /** Digits of {@code Long.MAX_VALUE}: an amount with more digits of minor units cannot be held. */
    private static final int MAX_LONG_DIGITS = 19;

    /**
     * Requires a currency.
     *
     * @param minorUnits the amount in the currency's minor units (cents for USD); may be negative
     * @param currency   the currency
     */
    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Zero in the given currency.
     *
     * @param currency the currency
     * @return zero in {@code currency}
     */
    public static Money zero(CurrencyUnit currency) {
        return new Money(0, currency);
    }

    /**
     * An amount given in minor units, e.g. {@code ofMinor(1999, USD)} is USD 19.99.
     *
     * @param minorUnits the amount in minor units; may be negative
     * @param currency   the currency
     * @return the amount, e.g. {@code ofMinor(1999, USD)} is USD 19.99
     */
    public static Money ofMinor(long minorUnits, CurrencyUnit currency) {
        return new Money(minorUnits, currency);
    }

    /**
     * Parses an exact decimal amount such as {@code "1234.50"}.
     *
     * @param amount   the amount as decimal text, e.g. {@code "1234.50"}
     * @param currency the currency
     * @return the exact amount
     * @throws PortalException {@link ErrorCode#AMOUNT_PRECISION} when it has more decimals than the currency
     */
    public static Money of(String amount, CurrencyUnit currency) {
        return of(DecimalInput.parse(amount, "amount", ErrorCode.INVALID_VALUE), currency);
    }

    /**
     * Parses an exact amount with an ISO currency code, e.g. {@code of("19.99", "EUR")}.
     *
     * @param amount       the amount as decimal text, e.g. {@code "19.99"}
     * @param currencyCode the ISO 4217 code, e.g. {@code "EUR"}
     * @return the exact amount
     */
    public static Money of(String amount, String currencyCode) {
        return of(amount, CurrencyUnit.of(currencyCode));
    }

    /**
     * An exact decimal amount.
     *
     * @param amount   the amount; at most as many decimals as the currency has
     * @param currency the currency
     * @return the exact amount
     * @throws PortalException {@link ErrorCode#AMOUNT_PRECISION} when it has more decimals than the currency,
     *         {@link ErrorCode#AMOUNT_OUT_OF_RANGE} when it exceeds a {@code long} of minor units,
     *         {@link ErrorCode#NUMBER_TOO_LONG} above {@link DecimalInput#MAX_DIGITS} significant digits
     */
    public static Money of(BigDecimal amount, CurrencyUnit currency) {
        DecimalInput.requireBounded(amount, "amount");
        PortalException.requireField(currency, "currency");
        if (amount.signum() == 0) {
            // zero is exact in every currency, whatever exponent it was written with
            return zero(currency);
        }
        int digits = currency.minorDigits();
        // both checks read precision and scale only, so 1e-99999999 and 1e99999999 never reach setScale
        if (DecimalInput.hasMoreDecimalsThan(amount, digits)) {
            throw PortalException.invalid(ErrorCode.AMOUNT_PRECISION, "amount", DecimalInput.quote(amount),
                    currency.code() + " has " + digits + " decimal places");
        }
        requireMinorDigitsFitLong(amount, digits);
        BigDecimal minor = amount.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY);
        return new Money(exactLong(minor, amount), currency);
    }

    /**
     * A decimal amount rounded to the currency's minor units with the given mode.
     *
     * @param amount   the amount, any number of decimals
     * @param currency the currency
     * @param rounding how to round to minor units
     * @return the amount rounded to the currency's minor units
     * @throws PortalException {@link ErrorCode#AMOUNT_PRECISION} when the mode is {@code UNNECESSARY} and the amount
     *         has more decimals than the currency, {@link ErrorCode#AMOUNT_OUT_OF_RANGE} when it exceeds a {@code long}
     *         of minor units, {@link ErrorCode#NUMBER_TOO_LONG} above {@link DecimalInput#MAX_DIGITS} significant digits
     */
    public static Money of(BigDecimal amount, CurrencyUnit currency, RoundingMode rounding) {
        DecimalInput.requireBounded(amount, "amount");
        PortalException.requireField(currency, "currency");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(roundToMinor(amount, currency.minorDigits(), rounding), currency);
    }

    /** Rounds a decimal amount to whole minor units of a currency with {@code digits} decimals. */
    static long roundToMinor(BigDecimal amount, int digits, RoundingMode rounding) {
        if (amount.signum() == 0) {
            return 0;
        }
        requireMinorDigitsFitLong(amount, digits);
        BigDecimal rounded = amount;
        if ((long) amount.scale() - amount.precision() > digits) {
            // |amount| < 0.1 minor units: every such amount of one sign rounds alike in every mode, so a stand-in
            // replaces a scale that could be 999999999 (setScale would divide by 10^999999999)
            rounded = BigDecimal.valueOf(amount.signum(), digits + 1);
        }
        BigDecimal whole;
        try {
            whole = rounded.movePointRight(digits).setScale(0, rounding);
        } catch (ArithmeticException e) {
            // only RoundingMode.UNNECESSARY fails here: the caller declared the amount exact, and it is not
            throw PortalException.invalid(ErrorCode.AMOUNT_PRECISION, "amount", DecimalInput.quote(amount),
                    "has more than " + digits + " decimal places and the rounding mode is " + rounding);
        }
        return exactLong(whole, amount);
    }

    /** Rejects, from precision and scale alone, an amount whose minor units have more digits than a long. */
    private static void requireMinorDigitsFitLong(BigDecimal amount, int digits) {
        if (DecimalInput.hasIntegerDigits(amount, MAX_LONG_DIGITS + 1 - digits)) {
            throw PortalException.invalid(ErrorCode.AMOUNT_OUT_OF_RANGE, "amount", DecimalInput.quote(amount),
                    "exceeds the largest amount the SDK can hold");
        }
    }

    private static long exactLong(BigDecimal wholeMinorUnits, BigDecimal original) {
        try {
            return wholeMinorUnits.longValueExact();
        } catch (ArithmeticException e) {
            throw PortalException.invalid(ErrorCode.AMOUNT_OUT_OF_RANGE, "amount", DecimalInput.quote(original),
                    "exceeds the largest amount the SDK can hold");
        }
    }

    /**
     * The amount as a decimal with exactly the currency's number of decimals.
     *
     * @return the amount as a decimal with exactly the currency's number of decimals
     */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.minorDigits());
    }

    /**
     * This plus another amount of the same currency.
     *
     * @param other an amount of the same currency
     * @return the sum
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
        } catch (ArithmeticException e) {
            throw outOfRange("plus");
        }
    }

    /**
     * This minus another amount of the same currency.
     *
     * @param other an amount of the same currency
     * @return the difference
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        try {
            return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
        } catch (ArithmeticException e) {
            throw outOfRange("minus");
        }
    }

    /**
     * This amount times a whole number.
     *
     * @param factor the whole number to multiply by
     * @return the product
     */
    public Money times(long factor) {
        try {
            return new Money(Math.multiplyExact(minorUnits, factor), currency);
        } catch (ArithmeticException e) {
            throw outOfRange("times");
        }
    }

    /**
     * This amount times a decimal factor, rounded to minor units with the given mode.
     *
     * @param factor   the decimal to multiply by
     * @param rounding how to round the product to minor units
     * @return the product, rounded to minor units
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        DecimalInput.requireBounded(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        int digits = currency.minorDigits();
        BigDecimal product;
        if ((long) factor.scale() - factor.precision() > MAX_LONG_DIGITS + digits + 1) {
            // |factor| < 10^-(20 + digits): the product is below 0.1 minor units, so its sign is all the rounding
            // needs, and multiplying could overflow the scale
            product = BigDecimal.valueOf((long) Long.signum(minorUnits) * factor.signum(), digits + 1);
        } else {
            // at most 19 + MAX_DIGITS digits: roundToMinor stays cheap for it, whatever its scale
            product = amount().multiply(factor);
        }
        return new Money(roundToMinor(product, digits, rounding), currency);
    }

    /**
     * The given percentage of this amount, rounded to minor units with the given mode.
     *
     * @param percentage the percentage to take
     * @param rounding   how to round to minor units
     * @return that percentage of this amount, rounded to minor units
     */
    public Money percent(Percentage percentage, RoundingMode rounding) {
        return times(percentage.fraction(), rounding);
    }

    /**
     * The same amount with the opposite sign.
     *
     * @return the same amount with the opposite sign
     */
    public Money negate() {
        if (minorUnits == Long.MIN_VALUE) {
            throw outOfRange("negate");
        }
        return new Money(-minorUnits, currency);
    }

    /**
     * The smaller of this and another amount of the same currency.
     *
     * @param other an amount of the same currency
     * @return the smaller of the two
     */
    public Money min(Money other) {
        requireSameCurrency(other);
        return minorUnits <= other.minorUnits ? this : other;
    }

    /**
     * The larger of this and another amount of the same currency.
     *
     * @param other an amount of the same currency
     * @return the larger of the two
     */
    public Money max(Money other) {
        requireSameCurrency(other);
        return minorUnits >= other.minorUnits ? this : other;
    }

    /**
     * Whether the amount is exactly zero.
     *
     * @return whether the amount is exactly zero
     */
    public boolean isZero() {
        return minorUnits == 0;
    }

    /**
     * Whether the amount is greater than zero.
     *
     * @return whether the amount is greater than zero
     */
    public boolean isPositive() {
        return minorUnits > 0;
    }

    /**
     * Whether the amount is less than zero.
     *
     * @return whether the amount is less than zero
     */
    public boolean isNegative() {
        return minorUnits < 0;
    }

    /**
     * Whether this amount is greater than another of the same currency.
     *
     * @param other an amount of the same currency
     * @return whether this amount is greater than {@code other}
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this amount is less than another of the same currency.
     *
     * @param other an amount of the same currency
     * @return whether this amount is less than {@code other}
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Splits this amount into parts proportional to the given weights; the parts sum exactly to this amount.
     *
     * <p>Minor units left over after flooring each share go one by one to the parts with the largest remainders
     * (ties to the earlier part), so the split is deterministic and never off by a cent.
     *
     * @param weights one non-negative weight per part, at least one, not all zero
     * @return one amount per weight, in the weights' order, summing to this amount
     */
    public Money[] allocate(long... weights) {
        long[] shares = allocateMinorUnits(weights);
        Money[] parts = new Money[weights.length];
        for (int i = 0; i < weights.length; i++) {
            parts[i] = new Money(shares[i], currency);
        }
        return parts;
    }

    /**
     * The same split as {@link #allocate}, as minor units, for callers that split thousands of parts.
     *
     * @param weights one non-negative weight per part, at least one, not all zero
     * @return one share in minor units per weight, in the weights' order, summing to this amount
     */
    public long[] allocateMinorUnits(long... weights) {
        if (weights.length == 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "weights", "[]", "at least one weight is needed");
        }
        BigInteger total = BigInteger.ZERO;
        for (long weight : weights) {
            if (weight < 0) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "weight", weight, "must not be negative");
            }
            total = total.add(BigInteger.valueOf(weight));
        }
        if (total.signum() == 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "weights", "all zero", "at least one must be positive");
        }
        if (minorUnits == Long.MIN_VALUE) {
            // its absolute value does not fit in a long, so the parts below would come out with the wrong sign
            throw outOfRange("allocate");
        }
        if (total.bitLength() > 63) {
            throw PortalException.invalid(ErrorCode.AMOUNT_OUT_OF_RANGE, "weights", total, "sum exceeds a long");
        }
        long totalWeight = total.longValue();
        long whole = Math.abs(minorUnits);
        long[] shares = new long[weights.length];
        long[] remainders = new long[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            // whole × weight ÷ total: the quotient never exceeds whole and the remainder is below total, so both
            // fit a long even when the product does not.
            long low = whole * weights[i];
            if (Math.multiplyHigh(whole, weights[i]) == 0 && low >= 0) {
                shares[i] = low / totalWeight;
                remainders[i] = low % totalWeight;
            } else {
                BigInteger[] division = BigInteger.valueOf(whole).multiply(BigInteger.valueOf(weights[i]))
                        .divideAndRemainder(total);
                shares[i] = division[0].longValueExact();
                remainders[i] = division[1].longValue();
            }
            assigned += shares[i];
        }
        long leftover = whole - assigned;
        if (leftover > 0) {
            giveLeftoverToLargestRemainders(shares, remainders, leftover);
        }
        if (minorUnits < 0) {
            for (int i = 0; i < shares.length; i++) {
                shares[i] = -shares[i];
            }
        }
        return shares;
    }

    /**
     * Adds one minor unit to each of the {@code leftover} parts with the largest remainders, ties going to the
     * earlier part. Finds the cut-off remainder with a primitive sort instead of sorting boxed indices.
     */
    private static void giveLeftoverToLargestRemainders(long[] shares, long[] remainders, long leftover) {
        long[] sorted = remainders.clone();
        java.util.Arrays.sort(sorted);
        long cutOff = sorted[(int) (sorted.length - leftover)];
        long above = 0;
        for (long remainder : remainders) {
            if (remainder > cutOff) {
                above++;
            }
        }
        long atCutOff = leftover - above;
        for (int i = 0; i < shares.length; i++) {
            if (remainders[i] > cutOff) {
                shares[i]++;
            } else if (remainders[i] == cutOff && atCutOff > 0) {
                shares[i]++;
                atCutOff--;
            }
        }
    }

    /** Compares amounts of the same currency; mixing currencies throws. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /**
     * Throws {@link ErrorCode#CURRENCY_MISMATCH} unless the other amount has this currency.
     *
     * @param other the amount to compare with
     */
    public void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new PortalException(ErrorCode.CURRENCY_MISMATCH,
                    "cannot combine " + this + " with " + other + ": amounts must share a currency");
        }
    }

    /**
     * Throws {@link ErrorCode#CURRENCY_MISMATCH} unless this amount is in the given currency.
     *
     * @param expected the currency the amount must be in
     * @param field    the field it came in, named in the exception
     * @return this amount
     */
    public Money requireCurrency(CurrencyUnit expected, String field) {
        if (!currency.equals(expected)) {
            throw PortalException.invalid(ErrorCode.CURRENCY_MISMATCH, field, this, "must be in " + expected);
        }
        return this;
    }

    private PortalException outOfRange(String operation) {
        return new PortalException(ErrorCode.AMOUNT_OUT_OF_RANGE,
                operation + " on " + this + " exceeds the largest amount the SDK can hold");
    }

    /** The code and plain decimal amount, e.g. {@code USD 1234.50}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(24).append(currency.code()).append(' ');
        if (minorUnits < 0) {
            out.append('-');
        }
        String digits = minorUnits == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(minorUnits));
        int scale = currency.minorDigits();
        if (scale == 0) {
            return out.append(digits).toString();
        }
        if (digits.length() <= scale) {
            out.append("0.");
            for (int i = digits.length(); i < scale; i++) {
                out.append('0');
            }
            return out.append(digits).toString();
        }
        int point = digits.length() - scale;
        return out.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
    }
}
