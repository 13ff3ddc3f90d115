package dev.clientportal.core.money;

import dev.clientportal.core.kernel.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class PercentageTest {

    @Test
    void aPercentageIsAnExactFractionOfOne() {
        assertThat(Percentage.of("19").fraction()).isEqualByComparingTo("0.19");
        assertThat(Percentage.of("8.875").fraction()).isEqualByComparingTo("0.08875");
        assertThat(Percentage.of("0.000001").fraction()).isEqualByComparingTo("0.00000001");
        assertThat(Percentage.of(100).fraction()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void equalRatesWrittenDifferentlyAreEqual() {
        assertThat(Percentage.of("8.8750")).isEqualTo(Percentage.of("8.875"));
        assertThat(Percentage.of("20.0")).isEqualTo(Percentage.of(20)).hasToString("20%");
        assertThat(Percentage.of("0.00")).isEqualTo(Percentage.ZERO);
        assertThat(Percentage.ZERO.isZero()).isTrue();
    }

    @Test
    void percentagesCompareByValue() {
        assertThat(Percentage.of("5.5")).isLessThan(Percentage.of("19"));
    }

    @ParameterizedTest(name = "{0} % is rejected")
    @ValueSource(strings = {"-0.01", "100.000001", "101", "1.0000001", "ten"})
    void percentagesOutsideZeroToHundredOrFinerThanSixDecimals_areRejected(String text) {
        assertRejected(() -> Percentage.of(text), ErrorCode.INVALID_PERCENTAGE).hasMessageContaining(text);
    }

    @Test
    void aTaxRateNeedsAName() {
        assertRejected(() -> TaxRate.of(" ", "19"), ErrorCode.REQUIRED).hasMessageContaining("taxRate.name");
        assertThat(TaxRate.compound("QST", "9.975")).hasToString("QST 9.975% (compound)");
    }
}
