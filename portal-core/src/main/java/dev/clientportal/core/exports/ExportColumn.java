package dev.clientportal.core.exports;

import dev.clientportal.core.kernel.TypedId;
import dev.clientportal.core.money.Money;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One column of an export: its header, the kind of value it holds and how to take that value from a row. Writers of
 * any format (CSV, JSON Lines) ask it for the {@linkplain #text(Object) text} of a row's cell, so every host writes
 * the same figures the same way.
 *
 * @param header a stable snake_case name, e.g. {@code amount_due}
 * @param type   the kind of value
 * @param value  takes the value from a row: for {@link ColumnType#TEXT} a {@code String}, an enum constant, a
 *               {@link TypedId} or a {@link UUID}; {@link ColumnType#DATE} a {@link LocalDate};
 *               {@link ColumnType#TIMESTAMP} an {@link Instant}; {@link ColumnType#AMOUNT} a {@link Money};
 *               {@link ColumnType#DECIMAL} a {@link BigDecimal}; {@link ColumnType#COUNT} an {@code Integer} or
 *               {@code Long}; {@link ColumnType#BOOLEAN} a {@code Boolean}; {@code null} for an empty cell
 * @param <R>    the row type
 */
public record ExportColumn<R>(String header, ColumnType type, Function<R, @Nullable Object> value) {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /**
     * Requires a snake_case header, a type and a value function.
     *
     * @param header a stable snake_case name
     * @param type   the kind of value
     * @param value  takes the value from a row
     * @throws IllegalArgumentException for a header that is not snake_case
     */
    public ExportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (!SNAKE_CASE.matcher(header).matches()) {
            throw new IllegalArgumentException("an export column's header is snake_case, like amount_due: " + header);
        }
    }

    /**
     * The cell of a row as text: ISO dates and instants, amounts as plain decimals with the currency's minor digits,
     * decimals plain, enum constants by name.
     *
     * @param row the row
     * @return the cell's text, or {@code null} when the row has no value in this column
     * @throws IllegalStateException when the value is not of the column's type (a column defined wrongly)
     */
    public @Nullable String text(R row) {
        Object cell = value.apply(row);
        if (cell == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> textOf(cell);
            case DATE -> as(LocalDate.class, cell).toString();
            case TIMESTAMP -> as(Instant.class, cell).toString();
            case AMOUNT -> as(Money.class, cell).amount().toPlainString();
            case DECIMAL -> as(BigDecimal.class, cell).toPlainString();
            case COUNT -> cell instanceof Integer || cell instanceof Long ? cell.toString() : mismatch(cell);
            case BOOLEAN -> as(Boolean.class, cell).toString();
        };
    }

    /**
     * The cell of a row as a CSV file carries it: empty for no value, and a text cell that a spreadsheet would take
     * for a formula (it starts with {@code = + - @}, a tab or a carriage return) prefixed with {@code '} so that it
     * shows as text (OWASP's advice against CSV injection). Amounts, dates and other typed cells are never changed: a
     * negative amount stays a number.
     *
     * @param row the row
     * @return the cell as it goes into the CSV file, never {@code null}
     * @throws IllegalStateException as {@link #text(Object)}
     */
    public String csvText(R row) {
        String text = text(row);
        if (text == null) {
            return "";
        }
        return type == ColumnType.TEXT && startsLikeAFormula(text) ? "'" + text : text;
    }

    private static boolean startsLikeAFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private String textOf(Object cell) {
        if (cell instanceof String text) {
            return text;
        }
        if (cell instanceof Enum<?> constant) {
            return constant.name();
        }
        if (cell instanceof TypedId id) {
            return id.value().toString();
        }
        if (cell instanceof UUID id) {
            return id.toString();
        }
        return mismatch(cell);
    }

    private <T> T as(Class<T> expected, Object cell) {
        if (!expected.isInstance(cell)) {
            mismatch(cell);
        }
        return expected.cast(cell);
    }

    private String mismatch(Object cell) {
        throw new IllegalStateException("export column " + header + " is " + type + " but its value is a "
                + cell.getClass().getName());
    }
}
