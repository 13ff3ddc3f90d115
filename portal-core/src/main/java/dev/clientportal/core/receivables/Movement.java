package dev.clientportal.core.receivables;

import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored fact: one document or transfer that moved a client's receivable, with its amount as written on it
 * (never signed). Core gives it its sign and, for a void, what it reverses ({@link Ledger#signed(Movement)}).
 *
 * @param kind           what it was
 * @param date           its day: issue date of an invoice or credit note, the day a payment was received or a
 *                       refund made, the day (in the workspace's zone) an invoice was voided
 * @param reference      the document number or payment/refund reference
 * @param amount         the invoice total (also for a void), the credit note total, the payment or refund amount
 * @param creditedBefore for a void, the part of the invoice its credit notes had already reduced
 *                       ({@code InvoiceBalance.creditNotesApplied}); zero for every other kind
 */
public record Movement(StatementLine.Kind kind, LocalDate date, String reference, Money amount, Money creditedBefore) {

    /**
     * Requires every field in one currency, and {@code creditedBefore} zero unless a void.
     *
     * @param kind           what it was
     * @param date           its day: issue date of an invoice or credit note, the day a payment was received or a
     *                       refund made, the day (in the workspace's zone) an invoice was voided
     * @param reference      the document number or payment/refund reference
     * @param amount         the invoice total (also for a void), the credit note total, the payment or refund amount
     * @param creditedBefore for a void, the part of the invoice its credit notes had already reduced ({@code
     *                       InvoiceBalance.creditNotesApplied}); zero for every other kind
     */
    public Movement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reference, "reference");
        amount.requireSameCurrency(creditedBefore);
        if (kind != StatementLine.Kind.VOID && !creditedBefore.isZero()) {
            throw new IllegalArgumentException("only a void carries what was credited before: " + kind);
        }
    }

    /**
     * A movement of any kind but a void.
     *
     * @param kind      what it was; not a void
     * @param date      its day
     * @param reference the document number or payment or refund reference
     * @param amount    the document total, or the payment or refund amount
     * @return the movement, with nothing credited before
     */
    public static Movement of(StatementLine.Kind kind, LocalDate date, String reference, Money amount) {
        return new Movement(kind, date, reference, amount, Money.zero(amount.currency()));
    }
}
