package dev.clientportal.examples.springhost;

import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages print amounts, dates and states (exact: amounts are formatted from their decimal value). */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    Formats() {
    }

    /**
     * An amount as people read it: currency code and grouped digits with the currency's minor digits.
     *
     * @param amount the amount
     * @return e.g. {@code USD 1,241.18}
     */
    public String money(Money amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(amount.currency().minorDigits());
        format.setMaximumFractionDigits(amount.currency().minorDigits());
        return amount.currency().code() + " " + format.format(amount.amount());
    }

    /**
     * A date as people read it.
     *
     * @param date the date, may be missing
     * @return e.g. {@code 2 Mar 2026}; empty for none
     */
    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * A moment as staff read it, in UTC.
     *
     * @param moment the moment, may be missing
     * @return e.g. {@code 2 Mar 2026, 14:05 UTC}; empty for none
     */
    public String moment(@Nullable Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    /**
     * An enum constant as words: {@code PARTIALLY_PAID} reads "partially paid".
     *
     * @param constant the constant
     * @return its name in lower case with spaces
     */
    public String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Where a payment stands, as the client reads it: a pending payment never reads as paid.
     *
     * @param state the payment's state
     * @return e.g. "received" or "pending (not paid yet)"
     */
    public String paymentState(PaymentStatus state) {
        return switch (state) {
            case PENDING -> "pending (not paid yet)";
            case SUCCEEDED -> "received";
            case PARTIALLY_REFUNDED -> "received, partly refunded";
            case REFUNDED -> "refunded";
            case FAILED -> "failed";
        };
    }
}
