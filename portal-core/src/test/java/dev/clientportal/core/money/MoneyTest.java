package dev.clientportal.core.money;

import dev.clientportal.core.ErrorCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

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
    void allocatingTheMostNegativeAmount_isOutOfRangeInsteadOfFlippingTheSign() {
        assertRejected(() -> Money.ofMinor(Long.MIN_VALUE, USD).allocate(1, 1), ErrorCode.AMOUNT_OUT_OF_RANGE);
        Money[] parts = Money.ofMinor(Long.MIN_VALUE + 1, USD).allocate(1, 1);
        assertThat(parts[0].plus(parts[1])).isEqualTo(Money.ofMinor(Long.MIN_VALUE + 1, USD));
        assertThat(parts).allMatch(Money::isNegative);
    }
}
