package dev.clientportal.core.automation;

/**
 * The recurring-invoice parts of automation, present together when the stores keep templates.
 *
 * @param invoices the staff's use cases
 * @param run      the run that issues due periods
 */
record Recurring(RecurringInvoices invoices, RecurringRun run) {
}
