/**
 * Receivables read models: AR aging, client statements, DSO, the payment dashboard and the cash-flow forecast,
 * answered through the {@link dev.clientportal.core.receivables.ReceivablesQueries} port.
 */
package dev.clientportal.core.receivables;
