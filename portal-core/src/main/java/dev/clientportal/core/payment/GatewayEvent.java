package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Something a payment gateway reported (a verified webhook), translated by its adapter into core terms. Applied
 * through {@link Payments#applyGatewayEvent} exactly once per (gateway, event id), in any order and however often
 * it is delivered.
 */
public sealed interface GatewayEvent {

    /**
     * The gateway's name, as {@link PaymentGateway#name()}.
     *
     * @return the gateway's name, as {@link PaymentGateway#name()}
     */
    String gateway();

    /**
     * The gateway's id of this event (Stripe {@code evt_…}): with the gateway, what makes it unique.
     *
     * @return the gateway's id of this event (Stripe {@code evt_…}): with the gateway, what makes it unique
     */
    String eventId();

    /**
     * The business the payment belongs to.
     *
     * @return the business the payment belongs to
     */
    WorkspaceId workspaceId();

    /**
     * The invoice the payment was for; {@code null} when the gateway's event does not say (refunds, disputes).
     *
     * @return the invoice the payment was for; {@code null} when the gateway's event does not say (refunds, disputes)
     */
    @Nullable InvoiceId invoiceId();

    /**
     * The amount the event is about: paid, pending, failed, refunded or disputed.
     *
     * @return the amount the event is about: paid, pending, failed, refunded or disputed
     */
    Money amount();

    /**
     * The gateway's payment (Stripe {@code pi_…}): the payment's reference in the portal.
     *
     * @return the gateway's payment (Stripe {@code pi_…}): the payment's reference in the portal
     */
    String paymentReference();

    /**
     * When it happened at the gateway.
     *
     * @return when it happened at the gateway
     */
    Instant occurredAt();

    /**
     * The money of a payment is on its way but has not arrived (a bank debit clearing).
     *
     * @param gateway          the gateway
     * @param eventId          the event
     * @param workspaceId      the business
     * @param invoiceId        the invoice being paid
     * @param amount           what is being collected
     * @param paymentReference the gateway's payment
     * @param method           how it is being paid
     * @param occurredAt       when
     */
    record Pending(String gateway, String eventId, WorkspaceId workspaceId, InvoiceId invoiceId, Money amount,
                   String paymentReference, PaymentMethod method, Instant occurredAt) implements GatewayEvent {
        /**
         * Validates every field.
         *
         * @param gateway          the gateway
         * @param eventId          the event
         * @param workspaceId      the business
         * @param invoiceId        the invoice being paid
         * @param amount           what is being collected
         * @param paymentReference the gateway's payment
         * @param method           how it is being paid
         * @param occurredAt       when
         */
        public Pending {
            GatewayEventChecks.common(gateway, eventId, workspaceId, amount, paymentReference, occurredAt);
            PortalException.requireField(invoiceId, "invoiceId");
            PortalException.requireField(method, "method");
        }
    }

    /**
     * A payment's money arrived.
     *
     * @param gateway          the gateway
     * @param eventId          the event
     * @param workspaceId      the business
     * @param invoiceId        the invoice paid
     * @param amount           what was collected
     * @param paymentReference the gateway's payment
     * @param method           how it was paid
     * @param occurredAt       when
     */
    record Succeeded(String gateway, String eventId, WorkspaceId workspaceId, InvoiceId invoiceId, Money amount,
                     String paymentReference, PaymentMethod method, Instant occurredAt) implements GatewayEvent {
        /**
         * Validates every field.
         *
         * @param gateway          the gateway
         * @param eventId          the event
         * @param workspaceId      the business
         * @param invoiceId        the invoice paid
         * @param amount           what was collected
         * @param paymentReference the gateway's payment
         * @param method           how it was paid
         * @param occurredAt       when
         */
        public Succeeded {
            GatewayEventChecks.common(gateway, eventId, workspaceId, amount, paymentReference, occurredAt);
            PortalException.requireField(invoiceId, "invoiceId");
            PortalException.requireField(method, "method");
        }
    }

    /**
     * A payment could not be collected (a bank debit bounced, a card was declined after all).
     *
     * @param gateway          the gateway
     * @param eventId          the event
     * @param workspaceId      the business
     * @param invoiceId        the invoice, or {@code null}
     * @param amount           what was attempted
     * @param paymentReference the gateway's payment
     * @param reason           the gateway's reason code or message
     * @param occurredAt       when
     */
    record Failed(String gateway, String eventId, WorkspaceId workspaceId, @Nullable InvoiceId invoiceId, Money amount,
                  String paymentReference, String reason, Instant occurredAt) implements GatewayEvent {
        /**
         * Validates every field; the reason may be empty.
         *
         * @param gateway          the gateway
         * @param eventId          the event
         * @param workspaceId      the business
         * @param invoiceId        the invoice, or {@code null}
         * @param amount           what was attempted
         * @param paymentReference the gateway's payment
         * @param reason           the gateway's reason code or message
         * @param occurredAt       when
         */
        public Failed {
            GatewayEventChecks.common(gateway, eventId, workspaceId, amount, paymentReference, occurredAt);
            reason = PortalException.optionalText(reason, "reason", InputLimits.REASON);
        }
    }

    /**
     * Part or all of a payment was refunded at the gateway.
     *
     * @param gateway          the gateway
     * @param eventId          the event
     * @param workspaceId      the business
     * @param invoiceId        the invoice, or {@code null}
     * @param amount           what was refunded by this refund
     * @param paymentReference the gateway's payment
     * @param refundReference  the gateway's refund (Stripe {@code re_…}): a refund is applied once per reference
     * @param reason           why, may be empty
     * @param occurredAt       when
     */
    record Refunded(String gateway, String eventId, WorkspaceId workspaceId, @Nullable InvoiceId invoiceId,
                    Money amount, String paymentReference, String refundReference, String reason, Instant occurredAt)
            implements GatewayEvent {
        /**
         * Validates every field; the reason may be empty.
         *
         * @param gateway          the gateway
         * @param eventId          the event
         * @param workspaceId      the business
         * @param invoiceId        the invoice, or {@code null}
         * @param amount           what was refunded by this refund
         * @param paymentReference the gateway's payment
         * @param refundReference  the gateway's refund (Stripe {@code re_…}): a refund is applied once per reference
         * @param reason           why, may be empty
         * @param occurredAt       when
         */
        public Refunded {
            GatewayEventChecks.common(gateway, eventId, workspaceId, amount, paymentReference, occurredAt);
            refundReference = PortalException.requireLine(refundReference, "refundReference", InputLimits.REFERENCE);
            reason = PortalException.optionalText(reason, "reason", InputLimits.REASON);
        }
    }

    /**
     * The client disputed a payment with its bank (a chargeback). Recorded and announced; the payment stands until
     * the business refunds or the gateway reports the money withdrawn as a refund.
     *
     * @param gateway          the gateway
     * @param eventId          the event
     * @param workspaceId      the business
     * @param invoiceId        the invoice, or {@code null}
     * @param amount           what is disputed
     * @param paymentReference the gateway's payment
     * @param disputeReference the gateway's dispute (Stripe {@code dp_…})
     * @param reason           the bank's reason, may be empty
     * @param occurredAt       when
     */
    record Disputed(String gateway, String eventId, WorkspaceId workspaceId, @Nullable InvoiceId invoiceId,
                    Money amount, String paymentReference, String disputeReference, String reason, Instant occurredAt)
            implements GatewayEvent {
        /**
         * Validates every field; the reason may be empty.
         *
         * @param gateway          the gateway
         * @param eventId          the event
         * @param workspaceId      the business
         * @param invoiceId        the invoice, or {@code null}
         * @param amount           what is disputed
         * @param paymentReference the gateway's payment
         * @param disputeReference the gateway's dispute (Stripe {@code dp_…})
         * @param reason           the bank's reason, may be empty
         * @param occurredAt       when
         */
        public Disputed {
            GatewayEventChecks.common(gateway, eventId, workspaceId, amount, paymentReference, occurredAt);
            disputeReference = PortalException.requireLine(disputeReference, "disputeReference",
                    InputLimits.REFERENCE);
            reason = PortalException.optionalText(reason, "reason", InputLimits.REASON);
        }
    }
}
