/**
 * Online payments through Stripe: {@link dev.clientportal.stripe.StripePaymentGateway} implements core's
 * {@link dev.clientportal.core.payment.PaymentGateway} on the official SDK (hosted checkouts, off-session charges,
 * refunds, connected accounts), and {@link dev.clientportal.stripe.StripeWebhooks} verifies Stripe's webhooks and
 * hands them to {@link dev.clientportal.core.payment.Payments#applyGatewayEvent}, which applies each exactly once.
 * No Stripe exception leaves this package.
 */
@NullMarked
package dev.clientportal.stripe;

import org.jspecify.annotations.NullMarked;
