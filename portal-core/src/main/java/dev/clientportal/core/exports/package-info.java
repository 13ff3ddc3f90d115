/**
 * Exports for the accountant: invoices, credit notes (with their lines and tax rows), payments with their allocations
 * and refunds, clients and the audit trail, streamed page by page as typed rows to a sink the host gives, and the tax
 * report computed from the same rows.
 */
@NullMarked
package dev.clientportal.core.exports;

import org.jspecify.annotations.NullMarked;
