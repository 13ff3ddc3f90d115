package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an invoice falls due, counted from its issue date: on receipt, net N days, or N days after the end of the
 * month of issue.
 *
 * @param kind which rule applies
 * @param days the N of the rule (0 for due on receipt), between 0 and 365
 */
public record PaymentTerms(Kind kind, int days) {

    private static final int MAX_DAYS = 365;

    /** The rules payment terms can follow. */
    public enum Kind {
        /** Due the day it is issued. */
        DUE_ON_RECEIPT,
        /** Due N days after issue. */
        NET,
        /** Due N days after the last day of the month of issue. */
        END_OF_MONTH
    }

    /**
     * Validates the day count.
     *
     * @param kind which rule applies
     * @param days the N of the rule (0 for due on receipt), between 0 and 365
     */
    public PaymentTerms {
        Objects.requireNonNull(kind, "kind");
        if (days < 0 || days > MAX_DAYS) {
            throw PortalException.invalid(ErrorCode.INVALID_PAYMENT_TERMS, "paymentTerms.days", days,
                    "must be between 0 and " + MAX_DAYS);
        }
        if (kind == Kind.DUE_ON_RECEIPT && days != 0) {
            throw PortalException.invalid(ErrorCode.INVALID_PAYMENT_TERMS, "paymentTerms.days", days,
                    "must be 0 for due on receipt");
        }
    }

    /**
     * Due the day the invoice is issued.
     *
     * @return terms with the due date on the issue date
     */
    public static PaymentTerms dueOnReceipt() {
        return new PaymentTerms(Kind.DUE_ON_RECEIPT, 0);
    }

    /**
     * Due {@code days} after issue ("net 30").
     *
     * @param days days after issue, 0 to 365
     * @return terms due {@code days} after issue
     */
    public static PaymentTerms net(int days) {
        return new PaymentTerms(Kind.NET, days);
    }

    /**
     * Due {@code days} after the end of the month of issue ("EOM + 15").
     *
     * @param days days after the end of the month of issue, 0 to 365
     * @return terms due {@code days} after the end of the month of issue
     */
    public static PaymentTerms endOfMonthPlus(int days) {
        return new PaymentTerms(Kind.END_OF_MONTH, days);
    }

    /**
     * The due date of an invoice issued on the given date.
     *
     * @param issueDate the issue date
     * @return the due date
     */
    public LocalDate dueDate(LocalDate issueDate) {
        return switch (kind) {
            case DUE_ON_RECEIPT -> issueDate;
            case NET -> issueDate.plusDays(days);
            case END_OF_MONTH -> issueDate.withDayOfMonth(issueDate.lengthOfMonth()).plusDays(days);
        };
    }

    /**
     * A short English description for logs and messages, e.g. "Net 30". Documents print the terms from
     * {@link #kind()} and {@link #days()} in their own language.
     *
     * @return the description, e.g. {@code Net 30}
     */
    public String describe() {
        return switch (kind) {
            case DUE_ON_RECEIPT -> "Due on receipt";
            case NET -> "Net " + days;
            case END_OF_MONTH -> days == 0 ? "End of month" : "End of month + " + days;
        };
    }
}
