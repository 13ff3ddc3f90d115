package dev.clientportal.core.money;

import dev.clientportal.core.kernel.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.BHD;
import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.JPY;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MoneyTest {

    @ParameterizedTest(name = "{0} has {1} minor digits")
    @CsvSource({"JPY, 0", "USD, 2", "EUR, 2", "BHD, 3", "jpy, 0", "kwd, 3"})
    void currenciesCarryTheirIsoMinorDigits(String code, int digits) {
        CurrencyUnit currency = CurrencyUnit.of(code);
        assertThat(currency.minorDigits()).isEqualTo(digits);
        assertThat(currency.code()).isEqualTo(code.toUpperCase());
    }

    @Test
    void currenciesWithTheSameCodeAreEqual() {
        assertThat(CurrencyUnit.of("usd")).isEqualTo(USD).hasSameHashCodeAs(USD);
    }

    // Not ISO 4217, malformed, or ISO's "XXX" (no currency, no minor units): none can be invoiced.
    @ParameterizedTest(name = "\"{0}\" is not a currency that can be invoiced")
    @CsvSource({"XYZ", "US", "USDD", "XXX", "12A"})
    void unknownCurrencies_areRejected(String code) {
        assertRejected(() -> CurrencyUnit.of(code), ErrorCode.UNKNOWN_CURRENCY).hasMessageContaining(code);
        assertRejected(() -> Money.of("1", code), ErrorCode.UNKNOWN_CURRENCY);
    }

    @Test
    void aCurrencyWithOtherMinorDigitsThanIso_isRejected() {
        assertRejected(() -> new CurrencyUnit("USD", 3), ErrorCode.UNKNOWN_CURRENCY)
                .hasMessageContaining("USD has 2 minor digits");
    }

    @ParameterizedTest(name = "{0} {1} is {2} minor units")
    @CsvSource({
            "1234.50, USD, 123450",
            "1234.5, USD, 123450",
            "0.01, USD, 1",
            "-19.99, USD, -1999",
            "1234, JPY, 1234",
            "1234.000, JPY, 1234",
            "12.345, BHD, 12345",
            "12.3450, BHD, 12345",
            "' 7.25 ', EUR, 725"})
    void amountsAreParsedExactly(String text, String currency, long minorUnits) {
        Money money = Money.of(text, currency);
        assertThat(money.minorUnits()).isEqualTo(minorUnits);
        assertThat(money.amount().scale()).isEqualTo(money.currency().minorDigits());
    }

    @ParameterizedTest(name = "{0} {1} has too many decimals")
    @CsvSource({"1.234, USD", "0.001, EUR", "1.5, JPY", "12.3456, BHD"})
    void moreDecimalsThanTheCurrencyHas_isAPrecisionError(String text, String currency) {
        assertRejected(() -> Money.of(text, currency), ErrorCode.AMOUNT_PRECISION).hasMessageContaining(text);
    }

    @Test
    void textThatIsNoNumber_isAnInvalidValue() {
        assertRejected(() -> Money.of("12,50", USD), ErrorCode.INVALID_VALUE).hasMessageContaining("12,50");
        assertRejected(() -> Money.of(" ", USD), ErrorCode.REQUIRED);
    }

    @Test
    void amountsPrintWithTheirCurrencyAndAllMinorDigits() {
        assertThat(Money.of("1234.5", USD)).hasToString("USD 1234.50");
        assertThat(Money.of("3", BHD)).hasToString("BHD 3.000");
        assertThat(Money.of("500", JPY)).hasToString("JPY 500");
    }

    @Test
    void mixingCurrencies_isACurrencyMismatch() {
        Money dollars = Money.of("10", USD);
        Money euros = Money.of("10", EUR);
        assertRejected(() -> dollars.plus(euros), ErrorCode.CURRENCY_MISMATCH)
                .hasMessageContaining("USD 10.00").hasMessageContaining("EUR 10.00");
        assertRejected(() -> dollars.minus(euros), ErrorCode.CURRENCY_MISMATCH);
        assertRejected(() -> dollars.compareTo(euros), ErrorCode.CURRENCY_MISMATCH);
        assertRejected(() -> dollars.min(euros), ErrorCode.CURRENCY_MISMATCH);
        assertRejected(() -> dollars.max(euros), ErrorCode.CURRENCY_MISMATCH);
        assertRejected(() -> dollars.requireCurrency(EUR, "price"), ErrorCode.CURRENCY_MISMATCH)
                .hasMessageContaining("price");
    }

    @Test
    void overflowingMinorUnits_isOutOfRange() {
        Money largest = Money.ofMinor(Long.MAX_VALUE, USD);
        Money smallest = Money.ofMinor(Long.MIN_VALUE, USD);
        Money cent = Money.ofMinor(1, USD);
        assertRejected(() -> largest.plus(cent), ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertRejected(() -> smallest.minus(cent), ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertRejected(() -> largest.times(2), ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertRejected(() -> smallest.negate(), ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertRejected(() -> largest.times(new BigDecimal("1.5"), RoundingMode.HALF_UP),
                ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertRejected(() -> Money.of("92233720368547758.08", USD), ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertThat(Money.of("92233720368547758.07", USD)).isEqualTo(largest);
    }

    @ParameterizedTest(name = "0.05 × 0.5 rounded {0} is {1}")
    @CsvSource({"HALF_UP, 0.03", "HALF_EVEN, 0.02", "HALF_DOWN, 0.02", "DOWN, 0.02", "UP, 0.03", "CEILING, 0.03",
            "FLOOR, 0.02"})
    void fractionsRoundWithTheModeTheCallerNames(RoundingMode mode, String expected) {
        assertThat(Money.of("0.05", USD).times(new BigDecimal("0.5"), mode)).isEqualTo(Money.of(expected, USD));
    }

    @Test
    void negativeFractionsRoundByTheNamedModeToo() {
        Money minus = Money.of("-0.05", USD);
        assertThat(minus.times(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.of("-0.03", USD));
        assertThat(minus.times(new BigDecimal("0.5"), RoundingMode.FLOOR)).isEqualTo(Money.of("-0.03", USD));
        assertThat(minus.times(new BigDecimal("0.5"), RoundingMode.CEILING)).isEqualTo(Money.of("-0.02", USD));
    }

    @Test
    void everyPublicOperationThatCanCreateAFraction_takesARoundingMode() {
        List<Method> fractional = Arrays.stream(Money.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> method.getReturnType() == Money.class)
                .filter(method -> Arrays.stream(method.getParameterTypes())
                        .anyMatch(type -> type == BigDecimal.class || type == Percentage.class))
                .toList();
        assertThat(fractional).extracting(Method::getName).contains("times", "percent", "of");
        for (Method method : fractional) {
            boolean exactParse = method.getName().equals("of") && method.getParameterCount() == 2;
            assertThat(exactParse || Arrays.asList(method.getParameterTypes()).contains(RoundingMode.class))
                    .as("%s must take a RoundingMode (or reject fractions, like the exact of(BigDecimal, "
                            + "CurrencyUnit))", method)
                    .isTrue();
        }
        assertThatNullPointerException().isThrownBy(() -> Money.of("1", USD).times(BigDecimal.ONE, null));
    }

    @Test
    void roundingWithModeUnnecessary_rejectsAFractionWithAPrecisionError() {
        assertRejected(() -> Money.of(new BigDecimal("1.005"), USD, RoundingMode.UNNECESSARY),
                ErrorCode.AMOUNT_PRECISION).hasMessageContaining("1.005").hasMessageContaining("UNNECESSARY");
        assertRejected(() -> Money.of("0.05", USD).times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY),
                ErrorCode.AMOUNT_PRECISION);
        assertThat(Money.of("0.06", USD).times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
                .isEqualTo(Money.of("0.03", USD));
    }

    @Test
    void percentOfAnAmount_roundsToMinorUnits() {
        assertThat(Money.of("1000", USD).percent(Percentage.of("19"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("190.00", USD));
        assertThat(Money.of("33.33", USD).percent(Percentage.of("1.5"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("0.50", USD));
        assertThat(Money.of("1005", JPY).percent(Percentage.of("10"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("100", JPY));
        assertThat(Money.of("1.005", BHD).percent(Percentage.of("50"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("0.503", BHD));
    }

    @Test
    void allocatingSplitsIntoPartsThatSumExactly() {
        assertThat(Money.of("100.00", USD).allocate(1, 1, 1))
                .containsExactly(Money.of("33.34", USD), Money.of("33.33", USD), Money.of("33.33", USD));
        assertThat(Money.of("0.05", USD).allocate(3, 7))
                .containsExactly(Money.of("0.02", USD), Money.of("0.03", USD));
        assertThat(Money.of("10", JPY).allocate(1, 0, 2))
                .containsExactly(Money.of("3", JPY), Money.of("0", JPY), Money.of("7", JPY));
    }

    @Test
    void allocatingGivesLeftoverUnitsToTheLargestRemaindersThenTheEarlierPart() {
        // 0.10 by 1:1:1:3 → exact shares 1⅔, 1⅔, 1⅔, 5: three equal remainders for two leftover cents
        assertThat(Money.of("0.10", USD).allocate(1, 1, 1, 3))
                .containsExactly(Money.of("0.02", USD), Money.of("0.02", USD), Money.of("0.01", USD),
                        Money.of("0.05", USD));
        // 1.00 by 10:25:65 → 0.10, 0.25, 0.65 exactly, no leftover
        assertThat(Money.of("1.00", USD).allocate(10, 25, 65))
                .containsExactly(Money.of("0.10", USD), Money.of("0.25", USD), Money.of("0.65", USD));
        // 0.07 by 2:3:5 → 1.4, 2.1, 3.5: the one leftover cent goes to the largest remainder, .5
        assertThat(Money.of("0.07", USD).allocate(2, 3, 5))
                .containsExactly(Money.of("0.01", USD), Money.of("0.02", USD), Money.of("0.04", USD));
    }

    @Test
    void allocatingANegativeAmountMirrorsThePositiveSplit() {
        assertThat(Money.of("-100.00", USD).allocate(1, 1, 1))
                .containsExactly(Money.of("-33.34", USD), Money.of("-33.33", USD), Money.of("-33.33", USD));
    }

    @Test
    void allocatingIsDeterministic() {
        Money amount = Money.of("1234.567", BHD);
        assertThat(amount.allocate(7, 11, 13, 0, 5)).containsExactly(amount.allocate(7, 11, 13, 0, 5));
    }

    @Test
    void allocatingNeedsAtLeastOnePositiveAndNoNegativeWeight() {
        Money amount = Money.of("1", USD);
        assertRejected(amount::allocate, ErrorCode.INVALID_VALUE);
        assertRejected(() -> amount.allocate(0, 0), ErrorCode.INVALID_VALUE).hasMessageContaining("all zero");
        assertRejected(() -> amount.allocate(1, -1), ErrorCode.INVALID_VALUE).hasMessageContaining("-1");
    }

    @Test
    void allocatingTheMostNegativeAmount_isOutOfRangeInsteadOfFlippingTheSign() {
        assertRejected(() -> Money.ofMinor(Long.MIN_VALUE, USD).allocate(1, 1), ErrorCode.AMOUNT_OUT_OF_RANGE);
        Money[] parts = Money.ofMinor(Long.MIN_VALUE + 1, USD).allocate(1, 1);
        assertThat(parts[0].plus(parts[1])).isEqualTo(Money.ofMinor(Long.MIN_VALUE + 1, USD));
        assertThat(parts).allMatch(Money::isNegative);
    }

    @Test
    void comparisonsAndSignsFollowTheMinorUnits() {
        Money ten = Money.of("10", USD);
        Money eleven = Money.of("11", USD);
        assertThat(ten.isLessThan(eleven)).isTrue();
        assertThat(eleven.isGreaterThan(ten)).isTrue();
        assertThat(ten.min(eleven)).isSameAs(ten);
        assertThat(ten.max(eleven)).isSameAs(eleven);
        assertThat(Money.zero(USD).isZero()).isTrue();
        assertThat(ten.negate().isNegative()).isTrue();
        assertThat(ten.isPositive()).isTrue();
    }

    @Test
    void toString_printsTheCodeAndTheExactDecimalAmount_forEveryScaleAndSign() {
        java.util.Random random = new java.util.Random(7);
        for (CurrencyUnit currency : java.util.List.of(CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.BHD)) {
            for (long minor : new long[] {0, 1, -1, 5, -5, 99, 100, -100, 123456, Long.MAX_VALUE, Long.MIN_VALUE,
                    random.nextLong(), random.nextLong()}) {
                assertThat(Money.ofMinor(minor, currency).toString()).as("%d %s", minor, currency)
                        .isEqualTo(currency.code() + " " + java.math.BigDecimal.valueOf(minor, currency.minorDigits())
                                .toPlainString());
            }
        }
    }
}
