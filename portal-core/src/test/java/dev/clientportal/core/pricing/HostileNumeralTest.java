package dev.clientportal.core.pricing;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.DecimalInput;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.quote.Deposit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The number-parsing cases of issue 9, item 1: each ran for seconds to minutes, ran out of memory or was accepted.
 * Every call runs under a preemptive timeout, so a regression fails here instead of hanging the build.
 */
class HostileNumeralTest {

    private static final CurrencyUnit USD = CurrencyUnit.USD;
    /** Far above the microseconds a bounded rejection takes, far below the seconds the old code needed. */
    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final Money PRICE = Money.of("95.00", USD);

    @Test
    void aTinyExponentInAnAmountIsRejectedAtOnceWithAShortMessage() {
        rejectedQuickly(() -> Money.of("1e-99999999", USD), ErrorCode.AMOUNT_PRECISION);
        rejectedQuickly(() -> Money.of("1e-999999999", USD), ErrorCode.AMOUNT_PRECISION);
        rejectedQuickly(() -> Money.of(new BigDecimal("1e-999999999"), USD), ErrorCode.AMOUNT_PRECISION);
        rejectedQuickly(() -> Money.of(new BigDecimal("1e-999999999"), USD, RoundingMode.UNNECESSARY),
                ErrorCode.AMOUNT_PRECISION);
    }

    @Test
    void aHugeExponentInAnAmountIsRejectedAtOnce() {
        rejectedQuickly(() -> Money.of("1e99999999", USD), ErrorCode.AMOUNT_OUT_OF_RANGE);
        rejectedQuickly(() -> Money.of("1e2147483647", USD), ErrorCode.AMOUNT_OUT_OF_RANGE);
        rejectedQuickly(() -> Money.of("-1e2147483647", "EUR"), ErrorCode.AMOUNT_OUT_OF_RANGE);
        rejectedQuickly(() -> Money.of(new BigDecimal("1e2147483647"), USD, RoundingMode.HALF_EVEN),
                ErrorCode.AMOUNT_OUT_OF_RANGE);
    }

    @Test
    void anExponentBeyondTheIntRangeIsNotANumber() {
        rejectedQuickly(() -> Money.of("1e2147483648", USD), ErrorCode.INVALID_VALUE);
        rejectedQuickly(() -> Money.of("1e-2147483649", USD), ErrorCode.INVALID_VALUE);
    }

    @Test
    void aTinyExponentAsPercentageTaxRateDiscountDepositOrLateFeeIsRejectedAtOnce() {
        rejectedQuickly(() -> Percentage.of("1e-999999999"), ErrorCode.INVALID_PERCENTAGE);
        rejectedQuickly(() -> new Percentage(new BigDecimal("1e-999999999")), ErrorCode.INVALID_PERCENTAGE);
        rejectedQuickly(() -> TaxRate.of("VAT", "1e-999999999"), ErrorCode.INVALID_PERCENTAGE);
        rejectedQuickly(() -> Discount.percent("1e-999999999"), ErrorCode.INVALID_PERCENTAGE);
        rejectedQuickly(() -> Deposit.percent("1e-999999999"), ErrorCode.INVALID_PERCENTAGE);
        rejectedQuickly(() -> LateFeePolicy.percent(Percentage.of("1e-999999999"), 30, 0),
                ErrorCode.INVALID_PERCENTAGE);
        rejectedQuickly(() -> Percentage.of("1e999999999"), ErrorCode.INVALID_PERCENTAGE);
    }

    @Test
    void aHostileQuantityIsRejectedAtOnce() {
        rejectedQuickly(() -> LineItem.of("Hours", "1e99999999", "h", PRICE), ErrorCode.INVALID_QUANTITY);
        rejectedQuickly(() -> LineItem.of("Hours", "1e-999999999", "h", PRICE), ErrorCode.INVALID_QUANTITY);
        rejectedQuickly(() -> new LineItem("Hours", new BigDecimal("1e-999999999"), "h", PRICE, Discount.none(),
                List.of()), ErrorCode.INVALID_QUANTITY);
    }

    @Test
    void aQuantityOfOneFollowedByTenMillionZerosIsNoLongerAccepted() {
        rejectedQuickly(() -> LineItem.of("Hours", "1e9999999", "h", PRICE), ErrorCode.INVALID_QUANTITY)
                .hasMessageContaining("at most 19 digits before the decimal point");
    }

    @Test
    void aDiscountOfAHostileAmountIsRejectedAtOnce() {
        rejectedQuickly(() -> Discount.amount(Money.of("1e-999999999", USD)), ErrorCode.AMOUNT_PRECISION);
        rejectedQuickly(() -> Discount.amount(Money.of("1e999999999", USD)), ErrorCode.AMOUNT_OUT_OF_RANGE);
    }

    @Test
    void aDecimalOfMillionsOfDigitsIsRejectedBeforeItsDigitsAreCounted() {
        BigDecimal huge = new BigDecimal(BigInteger.ONE.shiftLeft(10_000_000));
        rejectedQuickly(() -> Money.of(huge, USD), ErrorCode.NUMBER_TOO_LONG)
                .hasMessageContaining("a number of about 30103");
        rejectedQuickly(() -> Money.of(huge, USD, RoundingMode.HALF_UP), ErrorCode.NUMBER_TOO_LONG);
        rejectedQuickly(() -> PRICE.times(huge, RoundingMode.HALF_UP), ErrorCode.NUMBER_TOO_LONG);
        rejectedQuickly(() -> new Percentage(huge), ErrorCode.NUMBER_TOO_LONG);
        rejectedQuickly(() -> new LineItem("Hours", huge, "h", PRICE, Discount.none(), List.of()),
                ErrorCode.NUMBER_TOO_LONG);
    }

    @Test
    void aNumeralLongerThanTheLimitIsRejectedAndQuotedTruncated() {
        String longNumeral = "9".repeat(5_000_000);
        rejectedQuickly(() -> Money.of(longNumeral, USD), ErrorCode.NUMBER_TOO_LONG)
                .hasMessageContaining("9".repeat(32) + "…").hasMessageNotContaining("9".repeat(33));
        rejectedQuickly(() -> Percentage.of(longNumeral), ErrorCode.NUMBER_TOO_LONG);
        rejectedQuickly(() -> LineItem.of("Hours", longNumeral, "h", PRICE), ErrorCode.NUMBER_TOO_LONG);
        rejectedQuickly(() -> Money.of("1" + "0".repeat(DecimalInput.MAX_TEXT_LENGTH), USD),
                ErrorCode.NUMBER_TOO_LONG);
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"١٢", "１２", "१२", "1 000", "1,50", "NaN", "Infinity", "-Infinity", "0x10", "1_000",
            "1e", "--1", "1.2.3", "\u202E12"})
    void numeralsThatAreNotPlainAsciiDecimalsAreRejectedForEveryField(String text) {
        rejectedQuickly(() -> Money.of(text, USD), ErrorCode.INVALID_VALUE)
                .hasMessageNotContaining("\u202E").hasMessageNotContaining("١");
        rejectedQuickly(() -> Percentage.of(text), ErrorCode.INVALID_PERCENTAGE);
        rejectedQuickly(() -> LineItem.of("Hours", text, "h", PRICE), ErrorCode.INVALID_QUANTITY);
    }

    @Test
    void aHugeCurrencyCodeIsRejectedAtOnceAndQuotedTruncated() {
        String code = "X".repeat(5_000_000);
        rejectedQuickly(() -> Money.of("12.50", code), ErrorCode.UNKNOWN_CURRENCY)
                .hasMessageContaining("X".repeat(32) + "…").hasMessageNotContaining("X".repeat(33));
        rejectedQuickly(() -> CurrencyUnit.of(" usdx "), ErrorCode.UNKNOWN_CURRENCY);
        assertThat(CurrencyUnit.of(" usd ")).isEqualTo(USD);
    }

    @Test
    void tinyAmountsStillRoundByTheirSignInEveryModeWithoutExpandingTheScale() {
        assertTimeoutPreemptively(BOUND, () -> {
            BigDecimal tiny = new BigDecimal("1e-999999999");
            assertThat(Money.of(tiny, USD, RoundingMode.UP)).isEqualTo(Money.of("0.01", USD));
            assertThat(Money.of(tiny, USD, RoundingMode.HALF_UP)).isEqualTo(Money.zero(USD));
            assertThat(Money.of(tiny.negate(), USD, RoundingMode.FLOOR)).isEqualTo(Money.of("-0.01", USD));
            assertThat(Money.of(tiny.negate(), USD, RoundingMode.CEILING)).isEqualTo(Money.zero(USD));
            assertThat(PRICE.times(tiny, RoundingMode.UP)).isEqualTo(Money.of("0.01", USD));
            assertThat(PRICE.negate().times(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE), RoundingMode.UP))
                    .isEqualTo(Money.of("-0.01", USD));
            assertThat(PRICE.times(tiny, RoundingMode.DOWN)).isEqualTo(Money.zero(USD));
            assertThat(Money.zero(USD).times(new BigDecimal("1e999999999"), RoundingMode.UP))
                    .isEqualTo(Money.zero(USD));
        });
        rejectedQuickly(() -> PRICE.times(new BigDecimal("1e999999999"), RoundingMode.UP),
                ErrorCode.AMOUNT_OUT_OF_RANGE);
        rejectedQuickly(() -> PRICE.times(new BigDecimal("1e-999999999"), RoundingMode.UNNECESSARY),
                ErrorCode.AMOUNT_PRECISION);
    }

    @Test
    void zeroWithAnyExponentIsStillZero() {
        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(Money.of("0e-99999999", USD)).isEqualTo(Money.zero(USD));
            assertThat(Money.of("-0e2147483647", USD)).isEqualTo(Money.zero(USD));
            assertThat(Money.of(new BigDecimal("0e-2147483647"), USD, RoundingMode.UNNECESSARY))
                    .isEqualTo(Money.zero(USD));
            assertThat(Percentage.of("0e999999999")).isEqualTo(Percentage.ZERO);
        });
    }

    @Test
    void validNumeralsAtTheEdgesOfEachRuleAreStillAccepted() {
        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(Money.of("92233720368547758.07", USD).minorUnits()).isEqualTo(Long.MAX_VALUE);
            assertThat(Money.of("-92233720368547758.08", USD).minorUnits()).isEqualTo(Long.MIN_VALUE);
            assertThat(Money.of("9223372036854775807", "JPY").minorUnits()).isEqualTo(Long.MAX_VALUE);
            assertThat(Money.of("1.5e3", USD)).isEqualTo(Money.of("1500.00", USD));
            assertThat(Money.of("  12.50  ", USD)).isEqualTo(Money.of("12.5", USD));
            assertThat(Money.of("1" + "0".repeat(20) + "e-20", USD)).isEqualTo(Money.of("1", USD));
            assertThat(Money.of("1." + "0".repeat(97), USD)).isEqualTo(Money.of("1", USD));
            assertThat(Percentage.of("100.000000000")).isEqualTo(Percentage.of(100));
            assertThat(Percentage.of("8875e-3")).isEqualTo(Percentage.of("8.875"));
            assertThat(LineItem.of("Units", "9999999999999999999.999999", "", PRICE).quantity())
                    .isEqualByComparingTo("9999999999999999999.999999");
            assertThat(LineItem.of("Hours", "15e-1", "h", PRICE).quantity()).isEqualByComparingTo("1.5");
            assertThat(LineItem.of("Hours", "1.5e2", "h", PRICE).quantity()).isEqualTo(new BigDecimal("150"));
        });
        rejectedQuickly(() -> Money.of("92233720368547758.08", USD), ErrorCode.AMOUNT_OUT_OF_RANGE);
        rejectedQuickly(() -> LineItem.of("Units", "1e19", "", PRICE), ErrorCode.INVALID_QUANTITY);
        rejectedQuickly(() -> LineItem.of("Units", "1.0000001", "", PRICE), ErrorCode.INVALID_QUANTITY);
    }

    @Test
    void messagesQuoteATruncatedInputNeverItsPlainExpansion() {
        rejectedQuickly(() -> Money.of(new BigDecimal(BigInteger.valueOf(123_456_789), 4_000), USD),
                ErrorCode.AMOUNT_PRECISION).hasMessageContaining("1.23456789E-3992");
        rejectedQuickly(() -> Money.of("0." + "0".repeat(90) + "1", USD), ErrorCode.AMOUNT_PRECISION)
                .hasMessageContaining("0." + "0".repeat(30) + "…");
    }

    /** Runs a call under the preemptive bound, expects the code, and checks the message stays short. */
    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> rejectedQuickly(
            ThrowingCallable call, ErrorCode code) {
        Throwable thrown = assertTimeoutPreemptively(BOUND, () -> catchThrowable(call));
        assertThat(thrown).as("expected a PortalException with %s", code).isInstanceOf(PortalException.class);
        assertThat(((PortalException) thrown).errorCode()).as("error code of: %s", thrown.getMessage())
                .isEqualTo(code);
        assertThat(thrown.getMessage()).as("message length").hasSizeLessThan(300);
        return assertThat(thrown);
    }
}
