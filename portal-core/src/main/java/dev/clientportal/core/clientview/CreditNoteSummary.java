package dev.clientportal.core.clientview;

import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;

/**
 * A credit note against an invoice, as the client sees it.
 *
 * @param id        the credit note
 * @param number    its number
 * @param issueDate when it was issued
 * @param total     its total
 * @param reason    why it was given
 */
public record CreditNoteSummary(CreditNoteId id, String number, LocalDate issueDate, Money total, String reason) {
}
