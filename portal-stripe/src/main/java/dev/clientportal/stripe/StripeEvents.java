package dev.clientportal.stripe;

import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.GatewayEvent;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stripe events in the portal's terms: each handled type becomes the {@link GatewayEvent}s it reports (a refund
 * event one per refund); an event about a payment the portal did not start (no portal metadata) becomes none.
 */
final class StripeEvents {

    /** What the translation reads from Stripe: a PaymentIntent as it is now, the refunds of a charge. */
    interface Lookup {
        PaymentIntent paymentIntent(String id, @Nullable String account) throws StripeException;

        List<Refund> refunds(String chargeId, @Nullable String account) throws StripeException;
    }

    private StripeEvents() {
    }

    static List<GatewayEvent> translate(Event event, StripeObject object, Lookup lookup) throws StripeException {
        Instant at = Instant.ofEpochSecond(Objects.requireNonNullElse(event.getCreated(), 0L));
        String id = event.getId();
        List<GatewayEvent> translated;
        switch (event.getType()) {
            case "checkout.session.completed":
            case "checkout.session.async_payment_succeeded":
            case "checkout.session.async_payment_failed":
                translated = session(event.getType(), id, (Session) object, at);
                break;
            case "payment_intent.succeeded":
            case "payment_intent.processing":
            case "payment_intent.payment_failed":
                translated = intent(event.getType(), id, (PaymentIntent) object, at);
                break;
            case "charge.refunded":
                return refunded(event, (Charge) object, lookup, at);
            case "charge.dispute.created":
            case "charge.dispute.closed":
                return dispute(event, (Dispute) object, lookup, at);
            default:
                return List.of();
        }
        if (translated.size() == 1 && translated.get(0) instanceof GatewayEvent.Pending pending
                && failedSince(pending, event.getAccount(), lookup)) {
            return List.of();
        }
        return translated;
    }

    /**
     * Whether the payment of a "money on its way" event has failed since, as Stripe says now. Such an event arriving
     * after the failure is stale: applied, it would read as the client trying again and make the failed payment
     * pending once more. The portal cannot tell from the events alone, so Stripe is asked.
     */
    private static boolean failedSince(GatewayEvent.Pending pending, @Nullable String account, Lookup lookup)
            throws StripeException {
        String status = lookup.paymentIntent(pending.paymentReference(), account).getStatus();
        return "requires_payment_method".equals(status) || "canceled".equals(status);
    }

    private static List<GatewayEvent> session(String type, String id, Session session, Instant at) {
        Owner owner = Owner.of(session.getMetadata());
        String reference = session.getPaymentIntent();
        if (owner == null || owner.invoiceId() == null || reference == null || session.getAmountTotal() == null) {
            return List.of();
        }
        WorkspaceId workspace = owner.workspaceId();
        InvoiceId invoice = owner.invoiceId();
        Money amount = StripeAmounts.fromStripe(session.getAmountTotal(), session.getCurrency());
        List<String> types = session.getPaymentMethodTypes();
        switch (type) {
            case "checkout.session.completed":
                if ("paid".equals(session.getPaymentStatus())) {
                    return List.of(new GatewayEvent.Succeeded(StripePaymentGateway.NAME, id, workspace, invoice,
                            amount, reference, StripeMethods.of(types, false), at));
                }
                if ("unpaid".equals(session.getPaymentStatus())) {
                    // an asynchronous method (a bank debit): the money is on its way, never paid yet
                    return List.of(new GatewayEvent.Pending(StripePaymentGateway.NAME, id, workspace, invoice,
                            amount, reference, StripeMethods.of(types, true), at));
                }
                return List.of();
            case "checkout.session.async_payment_succeeded":
                return List.of(new GatewayEvent.Succeeded(StripePaymentGateway.NAME, id, workspace, invoice, amount,
                        reference, StripeMethods.of(types, true), at));
            default:
                return List.of(new GatewayEvent.Failed(StripePaymentGateway.NAME, id, workspace, invoice, amount,
                        reference, "async_payment_failed", at));
        }
    }

    private static List<GatewayEvent> intent(String type, String id, PaymentIntent intent, Instant at) {
        Owner owner = Owner.of(intent.getMetadata());
        if (owner == null || owner.invoiceId() == null) {
            return List.of();
        }
        WorkspaceId workspace = owner.workspaceId();
        InvoiceId invoice = owner.invoiceId();
        Money amount = StripeAmounts.fromStripe(intent.getAmount(), intent.getCurrency());
        List<String> types = intent.getPaymentMethodTypes();
        switch (type) {
            case "payment_intent.succeeded":
                long received = intent.getAmountReceived() != null && intent.getAmountReceived() > 0
                        ? intent.getAmountReceived() : intent.getAmount();
                return List.of(new GatewayEvent.Succeeded(StripePaymentGateway.NAME, id, workspace, invoice,
                        StripeAmounts.fromStripe(received, intent.getCurrency()), intent.getId(),
                        StripeMethods.of(types, false), at));
            case "payment_intent.processing":
                return List.of(new GatewayEvent.Pending(StripePaymentGateway.NAME, id, workspace, invoice, amount,
                        intent.getId(), StripeMethods.of(types, true), at));
            default:
                StripeError error = intent.getLastPaymentError();
                String reason = error == null ? "payment_failed"
                        : Objects.requireNonNullElse(error.getDeclineCode(),
                                Objects.requireNonNullElse(error.getCode(), "payment_failed"));
                return List.of(new GatewayEvent.Failed(StripePaymentGateway.NAME, id, workspace, invoice, amount,
                        intent.getId(), reason, at));
        }
    }

    /** One event per succeeded refund of the charge; the portal applies each refund reference once. */
    private static List<GatewayEvent> refunded(Event event, Charge charge, Lookup lookup, Instant at)
            throws StripeException {
        String reference = charge.getPaymentIntent();
        if (reference == null) {
            return List.of();
        }
        Owner owner = ownerOf(charge.getMetadata(), reference, event.getAccount(), lookup);
        if (owner == null) {
            return List.of();
        }
        WorkspaceId workspace = owner.workspaceId();
        InvoiceId invoice = owner.invoiceId();
        List<Refund> refunds = charge.getRefunds() != null && charge.getRefunds().getData() != null
                && !Boolean.TRUE.equals(charge.getRefunds().getHasMore())
                ? charge.getRefunds().getData() : lookup.refunds(charge.getId(), event.getAccount());
        List<GatewayEvent> events = new ArrayList<>();
        for (Refund refund : refunds) {
            if (!"succeeded".equals(refund.getStatus())) {
                continue;
            }
            Map<String, String> refundMetadata = refund.getMetadata();
            String reason = refundMetadata != null && refundMetadata.containsKey(StripeMetadata.REASON)
                    ? refundMetadata.get(StripeMetadata.REASON) : Objects.requireNonNullElse(refund.getReason(), "");
            events.add(new GatewayEvent.Refunded(StripePaymentGateway.NAME, event.getId() + "/" + refund.getId(),
                    workspace, invoice, StripeAmounts.fromStripe(refund.getAmount(), refund.getCurrency()), reference,
                    refund.getId(), reason, at));
        }
        return events;
    }

    /** A dispute opened is recorded; a dispute lost took the money back, which the portal applies as a refund. */
    private static List<GatewayEvent> dispute(Event event, Dispute dispute, Lookup lookup, Instant at)
            throws StripeException {
        String reference = dispute.getPaymentIntent();
        if (reference == null) {
            return List.of();
        }
        Owner owner = ownerOf(null, reference, event.getAccount(), lookup);
        if (owner == null) {
            return List.of();
        }
        WorkspaceId workspace = owner.workspaceId();
        InvoiceId invoice = owner.invoiceId();
        Money amount = StripeAmounts.fromStripe(dispute.getAmount(), dispute.getCurrency());
        String reason = Objects.requireNonNullElse(dispute.getReason(), "");
        if (event.getType().equals("charge.dispute.created")) {
            return List.of(new GatewayEvent.Disputed(StripePaymentGateway.NAME, event.getId(), workspace, invoice,
                    amount, reference, dispute.getId(), reason, at));
        }
        if ("lost".equals(dispute.getStatus())) {
            return List.of(new GatewayEvent.Refunded(StripePaymentGateway.NAME, event.getId(), workspace, invoice,
                    amount, reference, dispute.getId(), "dispute lost: " + reason, at));
        }
        return List.of();
    }

    /** The owner named by the object's own portal metadata, or else by its PaymentIntent's, read from Stripe. */
    private static @Nullable Owner ownerOf(@Nullable Map<String, String> own, String intent, @Nullable String account,
                                           Lookup lookup) throws StripeException {
        Owner owner = Owner.of(own);
        return owner != null ? owner : Owner.of(lookup.paymentIntent(intent, account).getMetadata());
    }

    /**
     * The workspace and invoice a Stripe object's portal metadata names.
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice, or {@code null} when the object names none
     */
    record Owner(WorkspaceId workspaceId, @Nullable InvoiceId invoiceId) {

        /** The owner the metadata names; {@code null} for an object the portal did not create. */
        static @Nullable Owner of(@Nullable Map<String, String> metadata) {
            String workspace = metadata == null ? null : metadata.get(StripeMetadata.WORKSPACE);
            if (metadata == null || workspace == null) {
                return null;
            }
            String invoice = metadata.get(StripeMetadata.INVOICE);
            return new Owner(WorkspaceId.of(workspace), invoice == null ? null : InvoiceId.of(invoice));
        }
    }
}
