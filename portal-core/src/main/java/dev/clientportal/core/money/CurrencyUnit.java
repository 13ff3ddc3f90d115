package dev.clientportal.core.money;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.util.Currency;
import java.util.Locale;

/**
 * An ISO 4217 currency with the number of minor-unit digits it is settled in (JPY 0, USD 2, BHD 3).
 *
 * <p>Only currencies the JDK knows and that have minor units are accepted; the digits always match ISO 4217,
 * so two instances with the same code are equal.
 *
 * @param code        the ISO 4217 code, upper case, e.g. {@code EUR}
 * @param minorDigits how many decimals the currency has, as ISO 4217 gives them (2 for EUR, 0 for JPY)
 */
public record CurrencyUnit(String code, int minorDigits) {

    /** The longest code text looked at, surrounding whitespace included; a code has three letters. */
    private static final int MAX_CODE_TEXT = 16;

    /** United States dollar (2 digits). */
    public static final CurrencyUnit USD = of("USD");
    /** Euro (2 digits). */
    public static final CurrencyUnit EUR = of("EUR");
    /** Pound sterling (2 digits). */
    public static final CurrencyUnit GBP = of("GBP");
    /** Swiss franc (2 digits). */
    public static final CurrencyUnit CHF = of("CHF");
    /** Japanese yen (0 digits). */
    public static final CurrencyUnit JPY = of("JPY");
    /** Bahraini dinar (3 digits). */
    public static final CurrencyUnit BHD = of("BHD");

    /**
     * Validates that the code is a known ISO 4217 currency with these minor digits.
     *
     * @param code        the ISO 4217 code, upper case, e.g. {@code EUR}
     * @param minorDigits how many decimals the currency has, as ISO 4217 gives them (2 for EUR, 0 for JPY)
     */
    public CurrencyUnit {
        int expected = isoDigits(code);
        if (minorDigits != expected) {
            throw PortalException.invalid(ErrorCode.UNKNOWN_CURRENCY, "currency.minorDigits", minorDigits,
                    code + " has " + expected + " minor digits in ISO 4217");
        }
    }

    /**
     * Looks up a currency by its ISO 4217 code (case-insensitive).
     *
     * @param code the ISO 4217 code in any case, e.g. {@code "eur"}
     * @return the currency with its ISO 4217 minor digits
     * @throws PortalException {@link ErrorCode#UNKNOWN_CURRENCY} for an unknown code or one without minor units
     */
    public static CurrencyUnit of(String code) {
        if (code != null && code.length() > MAX_CODE_TEXT) {
            // refused before strip and upper-casing copy it, and quoted truncated
            throw PortalException.invalid(ErrorCode.UNKNOWN_CURRENCY, "currency", DecimalInput.quote(code),
                    "must be a three-letter ISO 4217 code");
        }
        String normalized = PortalException.requireText(code, "currency").toUpperCase(Locale.ROOT);
        return new CurrencyUnit(normalized, isoDigits(normalized));
    }

    /**
     * The JDK's view of this currency, for formatting.
     *
     * @return the {@link java.util.Currency} of the same code
     */
    public Currency toJavaCurrency() {
        return Currency.getInstance(code);
    }

    private static int isoDigits(String code) {
        if (code == null || code.length() != 3) {
            throw PortalException.invalid(ErrorCode.UNKNOWN_CURRENCY, "currency", DecimalInput.quote(code),
                    "must be a three-letter ISO 4217 code");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw PortalException.invalid(ErrorCode.UNKNOWN_CURRENCY, "currency", code,
                    "is not an ISO 4217 currency");
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw PortalException.invalid(ErrorCode.UNKNOWN_CURRENCY, "currency", code,
                    "has no minor units and cannot be invoiced");
        }
        return digits;
    }

    @Override
    public String toString() {
        return code;
    }
}
