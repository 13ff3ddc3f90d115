package dev.clientportal.core.receivables;

import java.time.LocalDate;
import java.util.List;

/** How far past its due date an open amount is. */
public enum AgingBucket {
    /** Not yet due, or due today. */
    CURRENT,
    /** 1 to 30 days past due. */
    DAYS_1_30,
    /** 31 to 60 days past due. */
    DAYS_31_60,
    /** 61 to 90 days past due. */
    DAYS_61_90,
    /** More than 90 days past due. */
    OVER_90;

    /**
     * The bucket for an amount {@code daysPastDue} days past its due date (zero or negative: not yet due).
     *
     * @param daysPastDue days since the due date; zero or negative when not yet due
     * @return the bucket the amount falls in
     */
    public static AgingBucket of(long daysPastDue) {
        if (daysPastDue <= 0) {
            return CURRENT;
        }
        if (daysPastDue <= 30) {
            return DAYS_1_30;
        }
        if (daysPastDue <= 60) {
            return DAYS_31_60;
        }
        return daysPastDue <= 90 ? DAYS_61_90 : OVER_90;
    }

    /**
     * Where the buckets start on {@code asOf}, as due-date periods for {@link ReceivablesQueries#openAmountSums}:
     * period {@code i} is the bucket of ordinal {@code i}, the last one (over 90 days) open to the past.
     */
    static List<LocalDate> periodStarts(LocalDate asOf) {
        return List.of(asOf, asOf.minusDays(30), asOf.minusDays(60), asOf.minusDays(90));
    }
}
