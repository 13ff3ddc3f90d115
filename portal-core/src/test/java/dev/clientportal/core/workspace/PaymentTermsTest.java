package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentTermsTest {

    @Test
    void dueOnReceiptIsDueTheDayOfIssue() {
        assertThat(PaymentTerms.dueOnReceipt().dueDate(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12-31");
        assertThat(PaymentTerms.dueOnReceipt().describe()).isEqualTo("Due on receipt");
    }

    @ParameterizedTest(name = "issued {0}, net {1} → due {2}")
    @CsvSource({"2026-03-02, 30, 2026-04-01", "2026-01-31, 30, 2026-03-02", "2024-02-15, 14, 2024-02-29",
            "2026-12-20, 15, 2027-01-04", "2026-03-02, 0, 2026-03-02"})
    void netTermsCountCalendarDaysFromIssue(LocalDate issued, int days, LocalDate due) {
        assertThat(PaymentTerms.net(days).dueDate(issued)).isEqualTo(due);
    }

    @ParameterizedTest(name = "issued {0}, end of month + {1} → due {2}")
    @CsvSource({
            "2024-02-10, 0, 2024-02-29",
            "2026-02-10, 0, 2026-02-28",
            "2000-02-01, 0, 2000-02-29",
            "2100-02-01, 0, 2100-02-28",
            "2024-01-31, 15, 2024-02-15",
            "2024-02-29, 1, 2024-03-01",
            "2026-02-28, 30, 2026-03-30",
            "2026-12-05, 10, 2027-01-10"})
    void endOfMonthTermsCountFromTheLastDayOfTheMonthOfIssueIncludingLeapYears(LocalDate issued, int days,
                                                                              LocalDate due) {
        assertThat(PaymentTerms.endOfMonthPlus(days).dueDate(issued)).isEqualTo(due);
    }

    @Test
    void termsDescribeThemselvesForDocuments() {
        assertThat(PaymentTerms.net(30).describe()).isEqualTo("Net 30");
        assertThat(PaymentTerms.endOfMonthPlus(0).describe()).isEqualTo("End of month");
        assertThat(PaymentTerms.endOfMonthPlus(15).describe()).isEqualTo("End of month + 15");
    }

    @Test
    void dayCountsOutsideZeroToAYear_areRejected() {
        assertRejected(() -> PaymentTerms.net(-1), ErrorCode.INVALID_PAYMENT_TERMS).hasMessageContaining("-1");
        assertRejected(() -> PaymentTerms.net(366), ErrorCode.INVALID_PAYMENT_TERMS);
        assertRejected(() -> new PaymentTerms(PaymentTerms.Kind.DUE_ON_RECEIPT, 3), ErrorCode.INVALID_PAYMENT_TERMS);
        assertThat(PaymentTerms.net(365).dueDate(LocalDate.of(2026, 1, 1))).isEqualTo("2027-01-01");
    }
}
