package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentScheduleTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

    @Test
    void aDepositThenEqualInstallments_giveLeftoverCentsToTheEarliestInstallments() {
        PaymentSchedule schedule = PaymentSchedule.depositThenInstallments(usd("1000.00"), Percentage.of(30),
                MARCH_2, 3, APRIL_1, Period.ofMonths(1));

        assertThat(schedule.installments()).containsExactly(
                new Installment("Deposit", MARCH_2, usd("300.00")),
                new Installment("Installment 1 of 3", APRIL_1, usd("233.34")),
                new Installment("Installment 2 of 3", LocalDate.of(2026, 5, 1), usd("233.33")),
                new Installment("Installment 3 of 3", LocalDate.of(2026, 6, 1), usd("233.33")));
        schedule.requireSumsTo(usd("1000.00"));
        assertThat(schedule.finalDueDate(MARCH_2)).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @ParameterizedTest(name = "{0} {1}, {2} % deposit, {3} installments")
    @CsvSource({
            "USD, 1000.00, 30, 3",
            "USD, 0.07, 0, 7",
            "USD, 99.99, 33.333333, 4",
            "USD, 123456.78, 12.5, 12",
            "JPY, 100001, 10, 3",
            "JPY, 7, 50, 2",
            "BHD, 10.001, 25, 6",
            "BHD, 1234.567, 0.1, 120"})
    void installmentsAlwaysSumExactlyToTheTotal(String currency, String total, String deposit, int count) {
        Money amount = Money.of(total, currency);
        PaymentSchedule schedule = PaymentSchedule.depositThenInstallments(amount, Percentage.of(deposit), MARCH_2,
                count, APRIL_1, Period.ofDays(14));

        Money sum = Money.zero(CurrencyUnit.of(currency));
        for (Installment installment : schedule.installments()) {
            sum = sum.plus(installment.amount());
            assertThat(installment.amount().isPositive()).isTrue();
        }
        assertThat(sum).isEqualTo(amount);
        assertThat(schedule.installments()).hasSize(Percentage.of(deposit).isZero() ? count : count + 1);
        schedule.requireSumsTo(amount);
    }

    @Test
    void aScheduleNotSummingToTheTotal_namesBothSums() {
        PaymentSchedule schedule = PaymentSchedule.of(new Installment("All", APRIL_1, usd("99.99")));
        assertRejected(() -> schedule.requireSumsTo(usd("100.00")), ErrorCode.SCHEDULE_TOTAL_MISMATCH)
                .hasMessageContaining("USD 99.99").hasMessageContaining("USD 100.00");
        PaymentSchedule.NONE.requireSumsTo(usd("100.00"));
    }

    @Test
    void installmentsMustBePositiveInOrderAndInOneCurrency() {
        assertRejected(() -> new Installment("Nothing", APRIL_1, usd("0.00")), ErrorCode.INVALID_SCHEDULE);
        assertRejected(() -> PaymentSchedule.of(new Installment("Late", APRIL_1, usd("1")),
                new Installment("Early", MARCH_2, usd("1"))), ErrorCode.INVALID_SCHEDULE)
                .hasMessageContaining("installments[1].dueDate");
        assertRejected(() -> PaymentSchedule.of(new Installment("A", MARCH_2, usd("1")),
                new Installment("B", APRIL_1, Money.of("1", CurrencyUnit.EUR))), ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void betweenOneAndHundredTwentyInstallmentsCanBeScheduled() {
        assertRejected(() -> PaymentSchedule.depositThenInstallments(usd("100"), Percentage.ZERO, MARCH_2, 0,
                APRIL_1, Period.ofMonths(1)), ErrorCode.INVALID_SCHEDULE);
        assertRejected(() -> PaymentSchedule.depositThenInstallments(usd("100"), Percentage.ZERO, MARCH_2, 121,
                APRIL_1, Period.ofMonths(1)), ErrorCode.INVALID_SCHEDULE);
    }

    @Test
    void moreInstallmentsThanMinorUnits_isRejectedRatherThanSchedulingZeroes() {
        assertRejected(() -> PaymentSchedule.depositThenInstallments(usd("0.02"), Percentage.ZERO, MARCH_2, 3,
                APRIL_1, Period.ofMonths(1)), ErrorCode.INVALID_SCHEDULE);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
