package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.pricing.DocumentTotals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What an overdue invoice costs extra: nothing, a flat amount, or a percentage of the overdue balance, charged
 * once per started period after a grace period. Automation applies it; the invoice only carries it.
 */
public sealed interface LateFeePolicy permits LateFeePolicy.None, LateFeePolicy.Flat, LateFeePolicy.Percent {

    /**
     * No late fees.
     *
     * @return a policy that charges nothing
     */
    static LateFeePolicy none() {
        return None.INSTANCE;
    }

    /**
     * A flat fee per started period of {@code everyDays} after {@code graceDays}.
     *
     * @param amount    the fee per period, in the invoice's currency
     * @param everyDays the length of a period in days, at least 1
     * @param graceDays days after the due date before the first period starts, 0 or more
     * @return the policy
     */
    static LateFeePolicy flat(Money amount, int everyDays, int graceDays) {
        return new Flat(amount, everyDays, graceDays);
    }

    /**
     * A percentage of the overdue balance per started period of {@code everyDays} after {@code graceDays}.
     *
     * @param rate      the share of the overdue balance charged per period
     * @param everyDays the length of a period in days, at least 1
     * @param graceDays days after the due date before the first period starts, 0 or more
     * @return the policy
     */
    static LateFeePolicy percent(Percentage rate, int everyDays, int graceDays) {
        return new Percent(rate, everyDays, graceDays);
    }

    /**
     * The total fee accrued for a balance that has been overdue for {@code daysOverdue} days (not compounding).
     *
     * @param overdueBalance what is overdue, in the invoice currency
     * @param daysOverdue    days since the due date
     * @return the fee accrued, in the invoice currency; zero within the grace days
     */
    Money accruedFee(Money overdueBalance, long daysOverdue);

    /**
     * The fee of one period on a balance overdue by {@code overdueBalance} (late fees already charged left out, so
     * fees never compound).
     *
     * @param overdueBalance what is overdue without late fees, in the invoice currency
     * @return the fee of one period, rounded to the currency's minor units; zero for {@link None}
     */
    default Money feePerPeriod(Money overdueBalance) {
        return accruedFee(overdueBalance, graceDays() + 1L);
    }

    /**
     * The day period {@code period} starts for an invoice due on {@code dueDate}: the first period starts the day
     * after the grace days ended, each next one {@code everyDays} later.
     *
     * @param dueDate the invoice's due date
     * @param period  the period, from 1
     * @return the day it starts; empty for {@link None}, which has no periods
     */
    default Optional<LocalDate> periodStart(LocalDate dueDate, int period) {
        if (period < 1) {
            throw new IllegalArgumentException("late-fee periods count from 1: " + period);
        }
        if (everyDays() < 1) {
            return Optional.empty();
        }
        return Optional.of(dueDate.plusDays(graceDays() + 1L + (long) (period - 1) * everyDays()));
    }

    /**
     * How many periods have started by {@code today} for an invoice due on {@code dueDate}.
     *
     * @param dueDate the invoice's due date
     * @param today   today, in the workspace's zone
     * @return the number of periods started; 0 within the grace days and for {@link None}
     */
    default int periodsStarted(LocalDate dueDate, LocalDate today) {
        if (everyDays() < 1) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, periods(ChronoUnit.DAYS.between(dueDate, today), everyDays(),
                graceDays()));
    }

    /**
     * The length of a period in days.
     *
     * @return the length of a period in days; 0 for {@link None}
     */
    int everyDays();

    /**
     * The days after the due date before the first period starts.
     *
     * @return the grace days; 0 for {@link None}
     */
    int graceDays();

    /** No late fees. */
    enum None implements LateFeePolicy {
        /** The single instance. */
        INSTANCE;

        @Override
        public Money accruedFee(Money overdueBalance, long daysOverdue) {
            return Money.zero(overdueBalance.currency());
        }

        @Override
        public int everyDays() {
            return 0;
        }

        @Override
        public int graceDays() {
            return 0;
        }
    }

    /**
     * A flat fee per period.
     *
     * @param amount    the fee per period, in the invoice's currency
     * @param everyDays the length of a period in days, at least 1
     * @param graceDays days after the due date before the first period starts, 0 or more
     */
    record Flat(Money amount, int everyDays, int graceDays) implements LateFeePolicy {
        /**
         * Validates the amount and periods.
         *
         * @param amount    the fee per period, in the invoice's currency
         * @param everyDays the length of a period in days, at least 1
         * @param graceDays days after the due date before the first period starts, 0 or more
         */
        public Flat {
            PortalException.requireField(amount, "lateFee.amount");
            if (!amount.isPositive()) {
                throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "lateFee.amount", amount, "must be positive");
            }
            checkPeriods(everyDays, graceDays);
        }

        @Override
        public Money accruedFee(Money overdueBalance, long daysOverdue) {
            return amount.requireCurrency(overdueBalance.currency(), "lateFee.amount")
                    .times(periods(daysOverdue, everyDays, graceDays));
        }
    }

    /**
     * A percentage of the overdue balance per period.
     *
     * @param rate      the share of the overdue balance charged per period
     * @param everyDays the length of a period in days, at least 1
     * @param graceDays days after the due date before the first period starts, 0 or more
     */
    record Percent(Percentage rate, int everyDays, int graceDays) implements LateFeePolicy {
        /**
         * Validates the rate and periods.
         *
         * @param rate      the share of the overdue balance charged per period
         * @param everyDays the length of a period in days, at least 1
         * @param graceDays days after the due date before the first period starts, 0 or more
         */
        public Percent {
            PortalException.requireField(rate, "lateFee.rate");
            checkPeriods(everyDays, graceDays);
        }

        @Override
        public Money accruedFee(Money overdueBalance, long daysOverdue) {
            return overdueBalance.percent(rate, DocumentTotals.ROUNDING).times(periods(daysOverdue, everyDays, graceDays));
        }
    }

    private static void checkPeriods(int everyDays, int graceDays) {
        if (everyDays < 1 || everyDays > 366) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "lateFee.everyDays", everyDays,
                    "must be between 1 and 366");
        }
        if (graceDays < 0 || graceDays > 366) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "lateFee.graceDays", graceDays,
                    "must be between 0 and 366");
        }
    }

    private static long periods(long daysOverdue, int everyDays, int graceDays) {
        long charged = daysOverdue - graceDays;
        return charged <= 0 ? 0 : 1 + (charged - 1) / everyDays;
    }
}
