package dev.clientportal.core.exports;

/**
 * The kind of value an export column holds, which decides how it is written: every kind has one text form that a
 * spreadsheet reads the same in every locale, and JSON writers use the kind to pick a JSON type.
 */
public enum ColumnType {

    /** Free text: a string, an enum constant's name, or an id's canonical form. */
    TEXT,
    /** A calendar day as ISO 8601, {@code yyyy-MM-dd}. */
    DATE,
    /** An instant as ISO 8601 in UTC, e.g. {@code 2026-03-01T09:30:00Z}. */
    TIMESTAMP,
    /**
     * An amount of money: a plain decimal with exactly the currency's minor digits and {@code '.'} as the decimal
     * point, never an exponent ({@code 1000.00}, {@code -12.50}, {@code 1500} in JPY); the row's currency column names
     * the currency.
     */
    AMOUNT,
    /** An exact decimal that is not money (a quantity, a tax percentage), plain, {@code '.'} as the decimal point. */
    DECIMAL,
    /** A whole number: a position, a sequence number. */
    COUNT,
    /** {@code true} or {@code false}. */
    BOOLEAN
}
