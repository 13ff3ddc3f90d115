/**
 * Invoices and credit notes: drafts, issuing with gapless numbers, payment terms and schedules, late-fee policies,
 * voiding, writing off and crediting.
 */
@NullMarked
package dev.clientportal.core.invoice;

import org.jspecify.annotations.NullMarked;
