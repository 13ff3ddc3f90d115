package dev.clientportal.core.receivables;

import dev.clientportal.core.money.Money;

import java.time.LocalDate;

/**
 * One movement on a client statement.
 *
 * @param date      when it happened
 * @param kind      what it was
 * @param reference the document number or payment reference
 * @param amount    signed: positive increases what the client owes (invoice, refund), negative decreases it
 *                  (payment, credit note, void)
 * @param balance   the running balance after this line
 */
public record StatementLine(LocalDate date, Kind kind, String reference, Money amount, Money balance) {

    /** What a statement line records, in the order lines of the same day are listed. */
    public enum Kind {
        /** An invoice was issued. */
        INVOICE,
        /** A credit note was issued. */
        CREDIT_NOTE,
        /** A payment was received. */
        PAYMENT,
        /** A payment was (partly) refunded. */
        REFUND,
        /** An invoice was voided; what it still claimed is reversed. */
        VOID,
        /** A late fee was charged on an invoice (dated to the day its period started), while it is in force. */
        LATE_FEE
    }
}
