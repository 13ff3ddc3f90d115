package dev.clientportal.core.payment;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * What applying a {@link GatewayEvent} did. A repeated event answers the outcome stored for it, never applies twice.
 *
 * @param status    applied, parked until its payment arrives, or ignored
 * @param paymentId the payment it changed or found, or {@code null} while parked
 * @param detail    why, for people: "pending payment recorded", "refund re_123 applied", "stale: already received"
 */
public record GatewayEventOutcome(Status status, @Nullable PaymentId paymentId, String detail) {

    /**
     * Requires a status; a parked event names no payment.
     *
     * @param status    applied, parked until its payment arrives, or ignored
     * @param paymentId the payment it changed or found, or {@code null} while parked
     * @param detail    why, for people: "pending payment recorded", "refund re_123 applied", "stale: already received"
     */
    public GatewayEventOutcome {
        Objects.requireNonNull(status, "status");
        detail = Objects.requireNonNullElse(detail, "");
        if (status == Status.PARKED && paymentId != null) {
            throw new IllegalArgumentException("a parked event has no payment yet");
        }
    }

    /**
     * The payment it changed or found; empty while parked.
     *
     * @return the payment it changed or found; empty while parked
     */
    static GatewayEventOutcome applied(Payment payment, String detail) {
        return new GatewayEventOutcome(Status.APPLIED, payment.id(), detail);
    }

    static GatewayEventOutcome ignored(Payment payment, String detail) {
        return new GatewayEventOutcome(Status.IGNORED, payment.id(), detail);
    }

    static GatewayEventOutcome parked(String detail) {
        return new GatewayEventOutcome(Status.PARKED, null, detail);
    }

    /** Where an event stands. */
    public enum Status {
        /** It changed its payment. */
        APPLIED,
        /** Its payment is not there yet (or cannot take it yet): kept, and applied when the payment arrives. */
        PARKED,
        /** It arrived after what it reports was overtaken (a failure after the payment succeeded): no change. */
        IGNORED
    }
}
