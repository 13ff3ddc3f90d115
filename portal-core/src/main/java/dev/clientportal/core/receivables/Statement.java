package dev.clientportal.core.receivables;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * A client statement for a period in one currency: {@code closing = opening + Σ line amounts}. A negative balance
 * is credit the client holds.
 *
 * @param clientId       the client
 * @param currency       the currency
 * @param from           first day of the period
 * @param to             last day of the period
 * @param openingBalance what the client owed before {@code from}
 * @param lines          movements in the period, by date then kind then reference
 * @param closingBalance what the client owed at the end of {@code to}
 */
public record Statement(ClientId clientId, CurrencyUnit currency, LocalDate from, LocalDate to, Money openingBalance,
                        List<StatementLine> lines, Money closingBalance) {

    /** The longest period a statement may cover, in days. */
    public static final long MAX_DAYS = 3653;

    /**
     * Copies the lines.
     *
     * @param clientId       the client
     * @param currency       the currency
     * @param from           first day of the period
     * @param to             last day of the period
     * @param openingBalance what the client owed before {@code from}
     * @param lines          movements in the period, by date then kind then reference
     * @param closingBalance what the client owed at the end of {@code to}
     */
    public Statement {
        lines = List.copyOf(lines);
    }

    /**
     * Checks a statement period.
     *
     * @param from the first day of the period
     * @param to   the last day of the period
     * @throws PortalException {@link ErrorCode#INVALID_PERIOD} when {@code to} is before {@code from} or the period
     *         spans more than {@link #MAX_DAYS} days; {@link ErrorCode#INVALID_VALUE} for a date outside
     *         {@link InputLimits#EARLIEST_DATE}..{@link InputLimits#LATEST_DATE}
     */
    public static void requireValidPeriod(LocalDate from, LocalDate to) {
        InputLimits.requireDate(PortalException.requireField(from, "from"), "from");
        InputLimits.requireDate(PortalException.requireField(to, "to"), "to");
        if (to.isBefore(from)) {
            throw PortalException.invalid(ErrorCode.INVALID_PERIOD, "to", to, "must not be before from = " + from);
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw PortalException.invalid(ErrorCode.INVALID_PERIOD, "period", from + ".." + to,
                    "must span at most " + MAX_DAYS + " days");
        }
    }
}
