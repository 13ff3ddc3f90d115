package dev.clientportal.core.automation;

import java.util.Optional;

/**
 * The recurring-invoice parts of automation, present together when the stores keep templates.
 *
 * @param invoices the staff's use cases
 * @param run      the run that issues due periods
 * @param charges  the run that makes due auto-charge attempts; empty without a gateway or an attempt log
 */
record Recurring(RecurringInvoices invoices, RecurringRun run, Optional<ChargeRun> charges) {
}
