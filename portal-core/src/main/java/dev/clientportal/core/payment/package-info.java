/**
 * Payments received from clients: idempotent recording by external reference, allocation across invoices, client
 * credit from overpayments, credit applications, and refunds that reopen invoices.
 */
package dev.clientportal.core.payment;
