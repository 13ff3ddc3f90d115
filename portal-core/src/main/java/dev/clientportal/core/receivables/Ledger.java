package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The rules that turn a client's stored {@link Movement}s into what it owes: the sign of each movement, what a
 * void reverses, and the balance on a day. Statements and the client dashboard both take their balance from
 * {@link #balance}, so they cannot disagree.
 */
public final class Ledger {

    /** Lines of a day come as invoice, credit note, payment, refund, void, then by reference (binary order). */
    static final Comparator<Movement> STATEMENT_ORDER = Comparator.comparing(Movement::date)
            .thenComparing(Movement::kind).thenComparing(Movement::reference);

    private Ledger() {
    }

    /**
     * What a movement adds to what the client owes: an invoice and a refund add, a credit note and a payment
     * subtract, and a void subtracts only what the invoice still claimed — its total less what its credit notes
     * had already reduced (client credit applied to it is given back to the client and moves nothing).
     *
     * @param movement the movement
     * @return the signed amount: positive when it raises what the client owes, negative when it lowers it
     */
    public static Money signed(Movement movement) {
        return switch (movement.kind()) {
            case INVOICE, REFUND, LATE_FEE -> movement.amount();
            case CREDIT_NOTE, PAYMENT -> movement.amount().negate();
            case VOID -> movement.amount().minus(movement.creditedBefore()).negate();
        };
    }

    /**
     * What the client owes in {@code currency} at the end of {@code through}: the signed sum of its movements dated
     * on or before it. Negative is credit the client holds.
     *
     * @param currency  the currency of the balance
     * @param movements the client's movements, in any order
     * @param through   the last day counted
     * @return what the client owes at the end of that day; negative when it holds credit
     */
    public static Money balance(CurrencyUnit currency, Collection<Movement> movements, LocalDate through) {
        Money balance = Money.zero(currency);
        for (Movement movement : movements) {
            if (!movement.date().isAfter(through)) {
                balance = balance.plus(signed(movement));
            }
        }
        return balance;
    }

    /**
     * A statement for the days {@code from} to {@code to} from every movement of the client up to {@code to}:
     * opening and closing balances by {@link #balance}, the period's lines in statement order with running balances.
     *
     * @param clientId  the client
     * @param currency  the statement currency
     * @param from      the first day of the period
     * @param to        the last day of the period
     * @param movements every movement of the client in that currency up to {@code to}, in any order
     * @return the statement with its opening and closing balances and the period's lines
     */
    public static Statement statement(ClientId clientId, CurrencyUnit currency, LocalDate from, LocalDate to,
                               Collection<Movement> movements) {
        Money opening = balance(currency, movements, from.minusDays(1));
        List<Movement> inPeriod = new ArrayList<>();
        for (Movement movement : movements) {
            if (!movement.date().isBefore(from) && !movement.date().isAfter(to)) {
                inPeriod.add(movement);
            }
        }
        inPeriod.sort(STATEMENT_ORDER);
        Money running = opening;
        List<StatementLine> lines = new ArrayList<>();
        for (Movement movement : inPeriod) {
            running = running.plus(signed(movement));
            lines.add(new StatementLine(movement.date(), movement.kind(), movement.reference(), signed(movement),
                    running));
        }
        return new Statement(clientId, currency, from, to, opening, lines, balance(currency, movements, to));
    }
}
