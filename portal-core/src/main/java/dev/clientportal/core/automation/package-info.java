/**
 * Scheduled work shared by many host instances: reminders, dunning, late fees and recurring invoices. Work is
 * claimed by a natural key in the database ({@link dev.clientportal.core.automation.WorkClaims}) so two instances
 * never do the same piece of work twice.
 */
@NullMarked
package dev.clientportal.core.automation;

import org.jspecify.annotations.NullMarked;
