/**
 * Receivables read models: AR aging, client statements, DSO, the payment dashboard and the cash-flow forecast,
 * computed in core from the facts the {@link dev.clientportal.core.receivables.ReceivablesQueries} port returns
 * (open amounts, movements, receipts, sales); {@link dev.clientportal.core.receivables.Ledger} holds the balance
 * rule statements and the client dashboard share.
 */
@NullMarked
package dev.clientportal.core.receivables;

import org.jspecify.annotations.NullMarked;
