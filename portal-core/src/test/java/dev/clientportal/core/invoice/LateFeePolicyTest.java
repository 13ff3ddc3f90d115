package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class LateFeePolicyTest {

    private final LateFeePolicy flat = LateFeePolicy.flat(usd("25.00"), 30, 5);
    private final LateFeePolicy percent = LateFeePolicy.percent(Percentage.of("1.5"), 30, 0);

    @ParameterizedTest(name = "{0} days overdue cost {1}")
    @CsvSource({"-3, 0.00", "0, 0.00", "5, 0.00", "6, 25.00", "35, 25.00", "36, 50.00", "66, 75.00"})
    void aFlatFeeIsChargedOncePerStartedPeriodAfterTheGraceDays(long daysOverdue, String fee) {
        assertThat(flat.accruedFee(usd("1000.00"), daysOverdue)).isEqualTo(usd(fee));
    }

    @Test
    void aPercentageFeeIsRoundedOncePerPeriodAndDoesNotCompound() {
        // 1.5 % of 33.33 = 0.49995 → 0.50 per period
        assertThat(percent.accruedFee(usd("33.33"), 1)).isEqualTo(usd("0.50"));
        assertThat(percent.accruedFee(usd("33.33"), 61)).isEqualTo(usd("1.50"));
        assertThat(percent.accruedFee(usd("1000.00"), 90)).isEqualTo(usd("45.00"));
        assertThat(percent.accruedFee(Money.of("3333", CurrencyUnit.JPY), 1)).isEqualTo(Money.of("50", CurrencyUnit.JPY));
    }

    @Test
    void noPolicyCostsNothing() {
        assertThat(LateFeePolicy.none().accruedFee(usd("1000.00"), 400)).isEqualTo(usd("0.00"));
    }

    @Test
    void aFlatFeeInAnotherCurrencyThanTheBalance_isRejected() {
        assertRejected(() -> flat.accruedFee(Money.of("100", CurrencyUnit.EUR), 40), ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void feesAndPeriodsAreValidated() {
        assertRejected(() -> LateFeePolicy.flat(usd("0.00"), 30, 0), ErrorCode.NEGATIVE_AMOUNT);
        assertRejected(() -> LateFeePolicy.flat(usd("5"), 0, 0), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("lateFee.everyDays");
        assertRejected(() -> LateFeePolicy.percent(Percentage.of(2), 30, -1), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("lateFee.graceDays");
        assertRejected(() -> LateFeePolicy.percent(Percentage.of(2), 367, 0), ErrorCode.INVALID_VALUE);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
