package dev.clientportal.core.money;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.math.BigDecimal;

/**
 * A percentage between 0 and 100 inclusive, exact to six decimal places ({@code 8.875} means 8.875 %).
 *
 * @param value the percentage, 0 to 100, at most six decimals (19 for 19 %)
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_SCALE = 6;

    /** Zero percent. */
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

    /**
     * Validates the range and precision and strips trailing zeros so equal rates are equal records.
     *
     * @param value the percentage, 0 to 100, at most six decimals (19 for 19 %)
     * @throws PortalException {@link ErrorCode#INVALID_PERCENTAGE} outside 0..100 or with more than six decimals,
     *         {@link ErrorCode#NUMBER_TOO_LONG} above {@link DecimalInput#MAX_DIGITS} significant digits
     */
    public Percentage {
        DecimalInput.requireBounded(value, "percentage");
        // compareTo and signum read the exponent first, so 1e999999999 and 1e-999999999 are judged at once
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw PortalException.invalid(ErrorCode.INVALID_PERCENTAGE, "percentage", DecimalInput.quote(value),
                    "must be between 0 and 100");
        }
        if (DecimalInput.hasMoreDecimalsThan(value, MAX_SCALE)) {
            throw PortalException.invalid(ErrorCode.INVALID_PERCENTAGE, "percentage", DecimalInput.quote(value),
                    "must have at most " + MAX_SCALE + " decimal places");
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    /**
     * Parses a percentage such as {@code "19"} or {@code "8.875"}.
     *
     * @param value the percentage as decimal text, e.g. {@code "19"}
     * @return the percentage
     * @throws PortalException {@link ErrorCode#INVALID_PERCENTAGE} for a text that is not a percentage,
     *         {@link ErrorCode#NUMBER_TOO_LONG} above {@link DecimalInput#MAX_TEXT_LENGTH} characters
     */
    public static Percentage of(String value) {
        return new Percentage(DecimalInput.parse(value, "percentage", ErrorCode.INVALID_PERCENTAGE));
    }

    /**
     * A whole-number percentage.
     *
     * @param value the percentage, 0 to 100
     * @return the percentage
     */
    public static Percentage of(long value) {
        return new Percentage(BigDecimal.valueOf(value));
    }

    /**
     * The percentage as a fraction of one: 19 % is {@code 0.19}. Exact.
     *
     * @return the percentage divided by 100, exactly: 19 % is {@code 0.19}
     */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    /**
     * Whether this is zero percent.
     *
     * @return whether this is zero percent
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    /** The plain value with a percent sign, e.g. {@code 8.875%}. */
    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
