/**
 * Payments received from clients: idempotent recording by external reference, allocation across invoices, client
 * credit from overpayments, credit applications, and refunds that reopen invoices; online payments through the
 * {@link dev.clientportal.core.payment.PaymentGateway} port, pending payments (bank debits), and gateway events
 * applied exactly once through the {@link dev.clientportal.core.payment.GatewayEventInbox}.
 */
@NullMarked
package dev.clientportal.core.payment;

import org.jspecify.annotations.NullMarked;
