/**
 * Invoices and credit notes: drafts, issuing with gapless numbers, payment terms and schedules, late-fee policies,
 * voiding, writing off and crediting.
 */
package dev.clientportal.core.invoice;
