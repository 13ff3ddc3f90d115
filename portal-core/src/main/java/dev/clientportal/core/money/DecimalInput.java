package dev.clientportal.core.money;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.math.BigDecimal;

/**
 * The gate every decimal number passes before a value object scales it: numerals are bounded in length and
 * alphabet, decimals in digits, so no input can make {@code setScale}, {@code movePointRight} or
 * {@code toPlainString} build a number with millions of digits. Messages quote inputs truncated.
 *
 * <p>A {@link BigDecimal}'s exponent is not bounded here (it costs nothing to hold); each value object checks
 * scale and magnitude against its own rule, cheaply, from {@code precision()} and {@code scale()}.
 */
public final class DecimalInput {

    /** The longest numeral text accepted, surrounding whitespace included. */
    public static final int MAX_TEXT_LENGTH = 100;
    /** The most significant digits a decimal may carry into a value object. */
    public static final int MAX_DIGITS = 100;

    /** How much of a rejected input a message quotes. */
    private static final int QUOTED_CHARACTERS = 32;
    /** Above this many bits the digit count is not even computed: {@code precision()} would cost a power of ten. */
    private static final int MAX_UNSCALED_BITS = 400;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private DecimalInput() {
    }

    /**
     * Parses a numeral made of ASCII digits, one optional sign, a decimal point and an optional exponent
     * ({@code "1234.50"}, {@code "-3"}, {@code "1.5e3"}); surrounding whitespace is ignored.
     *
     * @param text       the numeral as the caller gave it
     * @param field      the field it came in, named in any exception
     * @param notANumber the code for a text that is not such a numeral (the field's own code)
     * @return the exact value, with the numeral's scale ({@code "1234.50"} has scale 2)
     * @throws PortalException {@link ErrorCode#REQUIRED} for {@code null} or blank, {@link ErrorCode#NUMBER_TOO_LONG}
     *         above {@link #MAX_TEXT_LENGTH} characters, {@code notANumber} for anything else that is not a numeral
     *         (unicode digits, inner whitespace, {@code NaN}, an exponent beyond the {@code int} range)
     */
    public static BigDecimal parse(String text, String field, ErrorCode notANumber) {
        if (text == null) {
            throw PortalException.required(field);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw PortalException.invalid(ErrorCode.NUMBER_TOO_LONG, field, quote(text),
                    "a number has at most " + MAX_TEXT_LENGTH + " characters (" + text.length() + " given)");
        }
        String numeral = PortalException.requireText(text, field);
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            // BigDecimal would also take any Unicode digit (Arabic-Indic, fullwidth, ...); a mixed-script amount
            // reads differently to a person than to the parser, so only ASCII is a number here
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                throw PortalException.invalid(notANumber, field, quote(numeral),
                        "is not a decimal number (ASCII digits, a sign, a point and an exponent only)");
            }
        }
        if (!exponentInIntRange(numeral)) {
            throw PortalException.invalid(notANumber, field, quote(numeral),
                    "is not a decimal number, or its exponent is out of range");
        }
        try {
            return new BigDecimal(numeral);
        } catch (NumberFormatException e) {
            throw PortalException.invalid(notANumber, field, quote(numeral),
                    "is not a decimal number, or its exponent is out of range");
        }
    }

    /**
     * Whether the exponent written (if any) lies within ±{@link Integer#MAX_VALUE}. Checked here rather than left to
     * {@link BigDecimal}, whose limits differ between JDKs ({@code 1e2147483648} fails on 17 and parses on 25).
     */
    private static boolean exponentInIntRange(String numeral) {
        int e = Math.max(numeral.indexOf('e'), numeral.indexOf('E'));
        if (e < 0) {
            return true;
        }
        String exponent = numeral.substring(e + 1);
        String signed = exponent.startsWith("+") || exponent.startsWith("-") ? exponent.substring(1) : exponent;
        if (signed.isEmpty()) {
            return true;
        }
        String digits = signed.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 12) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                // not a well-formed exponent: BigDecimal rejects it as not a number
                return true;
            }
        }
        return Long.parseLong(digits) <= Integer.MAX_VALUE;
    }

    /**
     * Requires a decimal of at most {@link #MAX_DIGITS} significant digits, checked without computing a power of ten.
     *
     * @param value the decimal to check
     * @param field the field it came in, named in any exception
     * @return {@code value} itself
     * @throws PortalException {@link ErrorCode#REQUIRED} for {@code null}, {@link ErrorCode#NUMBER_TOO_LONG} for
     *         more digits
     */
    public static BigDecimal requireBounded(BigDecimal value, String field) {
        PortalException.requireField(value, field);
        if (value.unscaledValue().bitLength() > MAX_UNSCALED_BITS || value.precision() > MAX_DIGITS) {
            throw PortalException.invalid(ErrorCode.NUMBER_TOO_LONG, field, quote(value),
                    "a number has at most " + MAX_DIGITS + " significant digits");
        }
        return value;
    }

    /**
     * Whether a non-zero decimal has at least {@code digits} digits before its decimal point, read from its precision
     * and scale (so {@code 1e2147483647} answers at once).
     *
     * @param value  a non-zero decimal
     * @param digits how many integer digits to look for
     * @return whether {@code value} has at least {@code digits} digits before its decimal point
     */
    public static boolean hasIntegerDigits(BigDecimal value, int digits) {
        return value.signum() != 0 && (long) value.precision() - value.scale() >= digits;
    }

    /**
     * Whether a decimal has more than {@code maxDecimals} decimals once trailing zeros are ignored ({@code 1.50} has
     * one); cheap for any scale once the digits are bounded by {@link #requireBounded}.
     *
     * @param value       a decimal already bounded by {@link #requireBounded}
     * @param maxDecimals the most decimals allowed
     * @return whether {@code value} has more than {@code maxDecimals} decimals, trailing zeros ignored
     */
    public static boolean hasMoreDecimalsThan(BigDecimal value, int maxDecimals) {
        // stripping only lowers a positive scale, by at most the digit count, so it never overflows here
        return value.scale() > maxDecimals && value.signum() != 0 && value.stripTrailingZeros().scale() > maxDecimals;
    }

    /**
     * An input text (a numeral, a currency code) as a message may quote it: about {@value #QUOTED_CHARACTERS} characters then {@code …}, characters
     * outside printable ASCII escaped as {@code \\uXXXX}.
     *
     * @param text the input text
     * @return the text shortened and escaped for a message
     */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(QUOTED_CHARACTERS + 8);
        int i = 0;
        // the budget counts what is written, so escapes shorten the quote instead of lengthening the message
        for (; i < text.length() && out.length() < QUOTED_CHARACTERS; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return i < text.length() ? out.append('…').toString() : out.toString();
    }

    /**
     * A decimal as a message may quote it, never its full plain expansion: {@code 1E-99999999} stays in scientific
     * notation, and a decimal of thousands of digits is described by its size.
     *
     * @param value the decimal
     * @return the decimal as short text for a message
     */
    public static String quote(BigDecimal value) {
        if (value == null) {
            return "null";
        }
        int bits = value.unscaledValue().bitLength();
        if (bits > MAX_UNSCALED_BITS) {
            // decimal digits ≈ bits × log10(2); printing them would cost more than the rejection is worth
            return "a number of about " + (long) Math.ceil(bits * 0.30103) + " digits";
        }
        boolean plainIsShort = Math.abs((long) value.scale()) <= MAX_DIGITS;
        return quote(plainIsShort ? value.toPlainString() : value.toString());
    }
}
