package dev.clientportal.core.money;

import dev.clientportal.core.kernel.ErrorCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class DecimalInputTest {

    @Test
    void aQuoteKeepsShortNumeralsWholeAndCutsLongOnesWithAnEllipsis() {
        assertThat(DecimalInput.quote("-12.50")).isEqualTo("-12.50");
        assertThat(DecimalInput.quote("1".repeat(32))).isEqualTo("1".repeat(32));
        assertThat(DecimalInput.quote("1".repeat(33))).isEqualTo("1".repeat(32) + "…");
    }

    @Test
    void aQuoteEscapesEverythingOutsidePrintableAsciiAndCountsTheEscapesAgainstItsLength() {
        assertThat(DecimalInput.quote("\u202E12")).isEqualTo("\\u202E12");
        assertThat(DecimalInput.quote("١".repeat(40))).isEqualTo("\\u0661".repeat(6) + "…");
    }

    @Test
    void aDecimalIsQuotedInScientificNotationWhenItsPlainFormWouldBeLong() {
        assertThat(DecimalInput.quote(new BigDecimal("12.5"))).isEqualTo("12.5");
        assertThat(DecimalInput.quote(new BigDecimal("1e-999999999"))).isEqualTo("1E-999999999");
        assertThat(DecimalInput.quote(new BigDecimal(BigInteger.ONE.shiftLeft(4_000))))
                .isEqualTo("a number of about 1205 digits");
    }

    @Test
    void anExponentIsBoundedByTheIntRangeOnEveryJdk_leadingZerosAside() {
        assertThat(DecimalInput.parse("1e2147483647", "amount", ErrorCode.INVALID_VALUE))
                .isEqualByComparingTo(new BigDecimal("1e2147483647"));
        assertThat(DecimalInput.parse("1.5e-0000000000001", "amount", ErrorCode.INVALID_VALUE))
                .isEqualByComparingTo("0.15");
        assertRejected(() -> DecimalInput.parse("1e2147483648", "amount", ErrorCode.INVALID_VALUE),
                ErrorCode.INVALID_VALUE);
        assertRejected(() -> DecimalInput.parse("1E-99999999999999", "amount", ErrorCode.INVALID_VALUE),
                ErrorCode.INVALID_VALUE);
    }

    @Test
    void aNullOrBlankNumeralIsRequiredAndSurroundingWhitespaceIsIgnored() {
        assertRejected(() -> DecimalInput.parse(null, "amount", ErrorCode.INVALID_VALUE), ErrorCode.REQUIRED);
        assertRejected(() -> DecimalInput.parse("  ", "amount", ErrorCode.INVALID_VALUE), ErrorCode.REQUIRED);
        assertThat(DecimalInput.parse(" 1.5e2\t", "amount", ErrorCode.INVALID_VALUE)).isEqualByComparingTo("150");
    }

    @Test
    void aDecimalWithMoreThanTheAllowedDigitsIsTooLong() {
        BigDecimal hundredDigits = new BigDecimal("9".repeat(DecimalInput.MAX_DIGITS));
        assertThat(DecimalInput.requireBounded(hundredDigits, "amount")).isSameAs(hundredDigits);
        assertRejected(() -> DecimalInput.requireBounded(new BigDecimal("9".repeat(DecimalInput.MAX_DIGITS + 1)),
                "amount"), ErrorCode.NUMBER_TOO_LONG).hasMessageContaining("amount = " + "9".repeat(32) + "…");
    }
}
