package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.workspace.PaymentTerms;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a late fee changes what an invoice owes: periods, grace, flat and percent, currency, removal. */
class LateFeeArithmeticTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = ISSUED.plusDays(30);

    @Test
    void periodsStartTheDayAfterTheGraceDays_thenEveryPeriod() {
        LateFeePolicy policy = LateFeePolicy.flat(usd("10.00"), 30, 5);
        assertThat(policy.periodStart(DUE, 1)).contains(DUE.plusDays(6));
        assertThat(policy.periodStart(DUE, 2)).contains(DUE.plusDays(36));
        assertThat(policy.periodsStarted(DUE, DUE.plusDays(5))).isZero();
        assertThat(policy.periodsStarted(DUE, DUE.plusDays(6))).isEqualTo(1);
        assertThat(policy.periodsStarted(DUE, DUE.plusDays(35))).isEqualTo(1);
        assertThat(policy.periodsStarted(DUE, DUE.plusDays(36))).isEqualTo(2);
        assertThat(LateFeePolicy.none().periodStart(DUE, 1)).isEmpty();
        assertThat(LateFeePolicy.none().periodsStarted(DUE, DUE.plusDays(400))).isZero();
    }

    @Test
    void withinTheGraceDays_noFeeIsDue_andTheInvoiceSaysWhenTheFirstIs() {
        Invoice invoice = issued("100.00", LateFeePolicy.flat(usd("10.00"), 30, 5));
        assertThat(invoice.nextLateFeeOn()).isEqualTo(DUE.plusDays(6));
        assertThatThrownBy(() -> invoice.withLateFeePeriod(1, DUE.plusDays(5), true))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LATE_FEE_NOT_DUE));
    }

    @Test
    void aFlatFeeRaisesTheAmountDue_owedFromTheDayItsPeriodStarted() {
        Invoice invoice = issued("100.00", LateFeePolicy.flat(usd("10.00"), 30, 5))
                .withLateFeePeriod(1, DUE.plusDays(6), true);
        assertThat(invoice.amountDue()).isEqualTo(usd("110.00"));
        assertThat(invoice.openAmounts()).containsExactly(new DueAmount(DUE, usd("100.00")),
                new DueAmount(DUE.plusDays(6), usd("10.00")));
        assertThat(invoice.nextLateFeeOn()).isEqualTo(DUE.plusDays(36));
        assertThatThrownBy(() -> invoice.withLateFeePeriod(1, DUE.plusDays(40), true))
                .as("a period is decided once").isInstanceOf(PortalException.class);
    }

    @Test
    void aPercentFeeIsOfTheBalanceWithoutEarlierFees_neverCompounding() {
        Invoice invoice = issued("1000.00", LateFeePolicy.percent(Percentage.of("1.5"), 30, 0))
                .withLateFeePeriod(1, DUE.plusDays(1), true)
                .withLateFeePeriod(2, DUE.plusDays(31), true);
        assertThat(invoice.balance().lateFees().inForce()).extracting(LateFeeCharge::amount)
                .containsExactly(usd("15.00"), usd("15.00"));
        Invoice partlyPaid = invoice.withPayment(usd("600.00")).withLateFeePeriod(3, DUE.plusDays(61), true);
        // 1.5 % of the 400.00 still owed on the invoice itself, not of 430.00 with the fees
        assertThat(partlyPaid.balance().lateFees().of(3)).map(LateFeeCharge::amount).contains(usd("6.00"));
        assertThat(partlyPaid.amountDue()).isEqualTo(usd("436.00"));
    }

    @Test
    void settlementsPayTheInvoiceBeforeItsFees_andOnceItIsPaidNoFurtherFeeIsDue() {
        Invoice invoice = issued("100.00", LateFeePolicy.flat(usd("10.00"), 30, 0))
                .withLateFeePeriod(1, DUE.plusDays(1), true)
                .withPayment(usd("100.00"));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.openAmounts()).containsExactly(new DueAmount(DUE.plusDays(1), usd("10.00")));
        assertThat(invoice.nextLateFeeOn()).as("no fee on fees").isNull();
        Invoice paid = invoice.withPayment(usd("10.00"));
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.amountDue()).isEqualTo(usd("0.00"));
    }

    @Test
    void aPeriodPassedOverChargesNothing_butIsDecided() {
        Invoice invoice = issued("100.00", LateFeePolicy.flat(usd("10.00"), 30, 0))
                .withLateFeePeriod(1, DUE.plusDays(1), false);
        assertThat(invoice.amountDue()).isEqualTo(usd("100.00"));
        assertThat(invoice.balance().lateFees().lastPeriod()).isEqualTo(1);
        assertThat(invoice.nextLateFeeOn()).isEqualTo(DUE.plusDays(31));
    }

    @Test
    void removingAnUnpaidFeeLowersTheAmountDue_aPaidOneIsRefused() {
        Invoice invoice = issued("100.00", LateFeePolicy.flat(usd("10.00"), 30, 0))
                .withLateFeePeriod(1, DUE.plusDays(1), true);
        Invoice removed = invoice.withoutLateFee(1);
        assertThat(removed.amountDue()).isEqualTo(usd("100.00"));
        assertThat(removed.balance().lateFees().lastPeriod()).as("never charged again").isEqualTo(1);
        Invoice paid = invoice.withPayment(usd("105.00"));
        assertThatThrownBy(() -> paid.withoutLateFee(1)).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LATE_FEE_SETTLED));
        assertThatThrownBy(() -> removed.withoutLateFee(1)).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LATE_FEE_NOT_FOUND));
        Invoice onlyFeeLeft = invoice.withPayment(usd("100.00")).withoutLateFee(1);
        assertThat(onlyFeeLeft.status()).as("removing the only amount left pays it").isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void feesAreInTheInvoiceCurrency_roundedToItsMinorUnits() {
        Invoice yen = issued(Money.of("3333", CurrencyUnit.JPY),
                LateFeePolicy.percent(Percentage.of("1.5"), 30, 0)).withLateFeePeriod(1, DUE.plusDays(1), true);
        assertThat(yen.amountDue()).isEqualTo(Money.of("3383", CurrencyUnit.JPY));
        assertThatThrownBy(() -> issued("100.00", LateFeePolicy.flat(Money.of("10.00", CurrencyUnit.EUR), 30, 0))
                .withLateFeePeriod(1, DUE.plusDays(1), true)).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
    }

    @Test
    void invoicesNotOpenForCollectionGetNoFee() {
        Invoice invoice = issued("100.00", LateFeePolicy.flat(usd("10.00"), 30, 0));
        assertThat(invoice.markUncollectible(Instant.parse("2026-05-01T00:00:00Z"), java.time.ZoneOffset.UTC)
                .nextLateFeeOn()).isNull();
        assertThat(invoice.voidInvoice(Instant.parse("2026-05-01T00:00:00Z"), java.time.ZoneOffset.UTC)
                .nextLateFeeOn()).isNull();
        assertThat(issued("100.00", LateFeePolicy.none()).nextLateFeeOn()).isNull();
    }

    private static Invoice issued(String amount, LateFeePolicy policy) {
        return issued(usd(amount), policy);
    }

    private static Invoice issued(Money amount, LateFeePolicy policy) {
        InvoiceContent content = new InvoiceContent(amount.currency(),
                List.of(LineItem.of("Consulting", "1", "day", amount)), Discount.none(), "", "",
                PaymentTerms.net(30), policy, PaymentSchedule.NONE, TaxRounding.PER_LINE, false, null);
        return Invoice.draft(new InvoiceId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()),
                new ClientId(UUID.randomUUID()), content, Instant.parse("2026-03-02T09:00:00Z"))
                .issue("INV-1", ISSUED);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}
