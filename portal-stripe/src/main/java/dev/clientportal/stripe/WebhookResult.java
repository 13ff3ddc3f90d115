package dev.clientportal.stripe;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.payment.GatewayEventOutcome;

import java.util.List;
import java.util.Objects;

/** What a webhook delivery came to, and the HTTP status the host answers Stripe with. */
public sealed interface WebhookResult {

    /**
     * The HTTP status to answer: 200 when handled, 400 when refused (Stripe should not send it again as it is), 500
     * when it may pass later (Stripe retries).
     *
     * @return the HTTP status to answer
     */
    int httpStatus();

    /**
     * The event was verified and applied, found applied before, or is of no concern to the portal.
     *
     * @param eventId  Stripe's event ({@code evt_…})
     * @param outcomes what applying it did, one per payment change it reported (empty when of no concern)
     * @param detail   for people and logs
     */
    record Accepted(String eventId, List<GatewayEventOutcome> outcomes, String detail) implements WebhookResult {
        /**
         * Copies the outcomes.
         *
         * @param eventId  Stripe's event ({@code evt_…})
         * @param outcomes what applying it did
         * @param detail   for people and logs
         */
        public Accepted {
            eventId = PortalException.requireText(eventId, "eventId");
            outcomes = List.copyOf(outcomes);
            detail = Objects.requireNonNullElse(detail, "");
        }

        @Override
        public int httpStatus() {
            return 200;
        }
    }

    /**
     * Refused: a bad or stale signature, a timestamp in the future, another API version, content that contradicts
     * what the portal knows.
     *
     * @param reason for logs; never echo it to the sender
     */
    record Rejected(String reason) implements WebhookResult {
        /**
         * Requires a reason.
         *
         * @param reason for logs; never echo it to the sender
         */
        public Rejected {
            reason = PortalException.requireText(reason, "reason");
        }

        @Override
        public int httpStatus() {
            return 400;
        }
    }

    /**
     * Not applied now, but it may be later (the database or Stripe was unavailable, a write lost a race): Stripe
     * delivers it again, and the portal applies it once.
     *
     * @param reason for logs
     */
    record RetryLater(String reason) implements WebhookResult {
        /**
         * Requires a reason.
         *
         * @param reason for logs
         */
        public RetryLater {
            reason = PortalException.requireText(reason, "reason");
        }

        @Override
        public int httpStatus() {
            return 500;
        }
    }
}
