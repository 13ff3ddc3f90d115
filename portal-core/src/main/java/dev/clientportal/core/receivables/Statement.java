package dev.clientportal.core.receivables;

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

    /** Copies the lines. */
    public Statement {
        lines = List.copyOf(lines);
    }
}
